/**
 * What must hold before the playground sends: required parameters filled in, no `.` or `..` path value, a
 * body that is JSON, and a target it can reach; and, unless the reader sends anyway, parameter values that
 * match their schemas (found by ./param-check.ts). Pure: the caller passes where the page is, and turns the
 * problems into sentences in the reader's language.
 */
import type { OperationData } from '../openapi/types';
import { mockBaseUrl, parseInstanceUrl, type BaseUrlCheck, type BaseUrlProblem } from '../request/target';
import { dotSegmentParams, missingRequired, type PlaygroundValues } from './initial-values';
// Only the type: param-check brings Ajv, which loads apart from the page.
import type { ParamIssue } from './param-check';
import type { PlaygroundSettings } from './settings';

export type PreflightProblem =
  | { kind: 'missing-required'; names: string[] }
  | { kind: 'dot-segment'; names: string[] }
  | { kind: 'invalid-json' }
  | { kind: 'base-url'; problem: BaseUrlProblem }
  /** A warning: the reader can send anyway. */
  | { kind: 'param-schema'; names: string[] };

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
  /** What ./param-check.ts found in the values (none when it has not run). */
  paramIssues?: ParamIssue[];
  /** The reader chose to send despite the warnings. */
  anyway?: boolean;
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

/** Names of the parameters whose values break their schema (the empty required ones have their own problem). */
export function schemaIssueNames(issues: ParamIssue[]): string[] {
  return [...new Set(issues.filter((i) => i.keyword !== 'required').map((i) => i.name))];
}

export function preflight(input: PreflightInput): PreflightResult {
  const { operation, values, settings, site, paramIssues = [], anyway = false } = input;
  const problems: PreflightProblem[] = [];
  const missing = missingRequired(operation, values);
  if (missing.length > 0) problems.push({ kind: 'missing-required', names: missing });
  const dotted = dotSegmentParams(operation, values);
  if (dotted.length > 0) problems.push({ kind: 'dot-segment', names: dotted });
  if (operation.requestBody && parseBody(values.body).kind === 'invalid') problems.push({ kind: 'invalid-json' });
  const target = targetBaseUrl(settings, site);
  if (!target.ok) problems.push({ kind: 'base-url', problem: target.problem });
  // Warnings last: what cannot be sent at all comes first.
  const mismatched = schemaIssueNames(paramIssues);
  if (mismatched.length > 0 && !anyway) problems.push({ kind: 'param-schema', names: mismatched });
  return problems.length > 0 || !target.ok ? { ok: false, problems } : { ok: true, baseUrl: target.baseUrl };
}

/**
 * A problem that stopped a send, as it stands now: the same kind of problem in the current values (its names
 * brought up to date), or undefined once the reader fixed it, so that its message goes with it.
 */
export function problemNow(problem: PreflightProblem, input: PreflightInput): PreflightProblem | undefined {
  const now = preflight(input);
  return now.ok ? undefined : now.problems.find((p) => p.kind === problem.kind);
}
