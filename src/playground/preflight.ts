/**
 * What must hold before the playground sends: required parameters filled in, no `.` or `..` path value, a
 * body that is JSON, and a target it can reach. Pure: the caller passes where the page is, and turns the
 * problems into sentences in the reader's language.
 */
import type { OperationData } from '../openapi/types';
import { mockBaseUrl, parseInstanceUrl, type BaseUrlCheck, type BaseUrlProblem } from '../request/target';
import { dotSegmentParams, missingRequired, type PlaygroundValues } from './initial-values';
import type { PlaygroundSettings } from './settings';

export type PreflightProblem =
  | { kind: 'missing-required'; names: string[] }
  | { kind: 'dot-segment'; names: string[] }
  | { kind: 'invalid-json' }
  | { kind: 'base-url'; problem: BaseUrlProblem };

/** Either where to send, or every problem in the order the reader meets them (never an empty list). */
export type PreflightResult = { ok: true; baseUrl: string } | { ok: false; problems: PreflightProblem[] };

/** Where the page is: its origin, the site's base URL and the spec's API prefix (e.g. `/open`). */
export interface SiteLocation {
  origin: string;
  baseUrl: string;
  apiPrefix: string;
}

export interface PreflightInput {
  operation: Pick<OperationData, 'parameters' | 'requestBody'>;
  values: PlaygroundValues;
  settings: Pick<PlaygroundSettings, 'target' | 'instanceUrl'>;
  site: SiteLocation;
}

export type ParsedBody = { kind: 'empty' } | { kind: 'json'; value: unknown } | { kind: 'invalid'; error: string };

/** The body as typed: nothing (blank), JSON, or not JSON with the parser's complaint. */
export function parseBody(text: string): ParsedBody {
  if (text.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch (error) {
    return { kind: 'invalid', error: error instanceof Error ? error.message : String(error) };
  }
}

/** The base URL requests go to: the mock's, on the site itself, or the instance the reader typed. */
export function targetBaseUrl(settings: PreflightInput['settings'], site: SiteLocation): BaseUrlCheck {
  return settings.target === 'instance'
    ? parseInstanceUrl(settings.instanceUrl, site.apiPrefix)
    : { ok: true, baseUrl: mockBaseUrl(site.origin, site.baseUrl, site.apiPrefix) };
}

export function preflight({ operation, values, settings, site }: PreflightInput): PreflightResult {
  const problems: PreflightProblem[] = [];
  const missing = missingRequired(operation, values);
  if (missing.length > 0) problems.push({ kind: 'missing-required', names: missing });
  const dotted = dotSegmentParams(operation, values);
  if (dotted.length > 0) problems.push({ kind: 'dot-segment', names: dotted });
  if (operation.requestBody && parseBody(values.body).kind === 'invalid') problems.push({ kind: 'invalid-json' });
  const target = targetBaseUrl(settings, site);
  if (!target.ok) return { ok: false, problems: [...problems, { kind: 'base-url', problem: target.problem }] };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, baseUrl: target.baseUrl };
}
