/**
 * What must hold before the playground sends: required parameters filled in, no `.` or `..` path value, a
 * body that is JSON, and a target it can reach; then, unless the reader sends anyway, warnings: parameter values
 * that break their schemas (found by ./param-check.ts), an operation the reader's instance does not have, a
 * secured operation with no key for that instance, ids still holding the spec's example on a real instance; last, a request that deletes data on a real instance waits
 * for a second, deliberate confirmation. Pure: the caller passes where the page is, and turns the problems into
 * sentences in the reader's language.
 */
import type { OperationData } from '../openapi/types';
import { mockBaseUrl, parseInstanceUrl, type BaseUrlCheck, type BaseUrlProblem } from '../request/destination';
import { dotSegmentParams, missingRequired, type PlaygroundValues } from './initial-values';
// Only the type: param-check brings Ajv, which loads apart from the page.
import type { ParamIssue } from './param-check';
import type { PlaygroundSettings } from './settings';

export type PreflightProblem =
  | { kind: 'missing-required'; names: string[] }
  | { kind: 'dot-segment'; names: string[] }
  | { kind: 'invalid-json' }
  | { kind: 'base-url'; problem: BaseUrlProblem }
  /** Warnings: the reader can send anyway. */
  | { kind: 'param-schema'; names: string[] }
  | { kind: 'no-key'; origin: string }
  | { kind: 'example-values'; names: string[] }
  /** The reader's instance does not have this operation (its version is named when it states one). */
  | { kind: 'not-on-instance'; version?: string }
  /** Deletes data on a real instance: sent only once the reader confirms. */
  | { kind: 'destructive'; method: string; url: string; origin: string };

const WARNINGS: ReadonlySet<string> = new Set<PreflightProblem['kind']>([
  'param-schema',
  'no-key',
  'example-values',
  'not-on-instance',
]);

/** Whether the reader may send despite this problem ("Send anyway"). */
export function isWarning(problem: { kind: string }): boolean {
  return WARNINGS.has(problem.kind);
}

/** Either where to send, or every problem in the order the reader meets them (never an empty list). */
export type PreflightResult = { ok: true; baseUrl: string } | { ok: false; problems: PreflightProblem[] };

/** Where the page is: its origin, the site's base URL and the spec's API prefix (e.g. `/open`). */
export interface SiteLocation {
  origin: string;
  baseUrl: string;
  apiPrefix: string;
}

export interface PreflightInput {
  operation: Pick<OperationData, 'id' | 'method' | 'path' | 'secured' | 'parameters' | 'requestBody'>;
  values: PlaygroundValues;
  settings: Pick<PlaygroundSettings, 'target' | 'instanceUrl'>;
  site: SiteLocation;
  /** What ./param-check.ts found in the values (none when it has not run). */
  paramIssues?: ParamIssue[];
  /** Whether a key is set for the instance (or mock) the request goes to. */
  hasKey: boolean;
  /** The reader chose to send despite the warnings. */
  anyway?: boolean;
  /** The reader confirmed a request that deletes data on an instance. */
  confirmed?: boolean;
  /** The instance was checked and does not have this operation (src/instance/compare.ts). */
  notOnInstance?: { version?: string };
}

/**
 * Operations that delete: the DELETE method, or an operation id with a part that starts with delete, clear,
 * remove or purge as a word (`monitor-clearEvents`, `page-deletePage`, `auditLog-clear`), since Tianji deletes with POST too.
 */
export function isDestructive(operation: Pick<OperationData, 'id' | 'method'>): boolean {
  return (
    operation.method === 'DELETE' ||
    operation.id.split('-').some((part) => /^(delete|clear|remove|purge)($|[A-Z])/.test(part))
  );
}

/** Id parameters (`…Id`) whose value is still the spec's example: on a real instance, most likely not the reader's. */
export function exampleValueParams(op: Pick<OperationData, 'parameters'>, values: PlaygroundValues): string[] {
  return op.parameters
    .filter((p) => /Id$/.test(p.name) && p.in !== 'header')
    .filter((p) => {
      const example = (p.schema as { example?: unknown }).example;
      const value = (values[p.in][p.name] ?? '').trim();
      return typeof example === 'string' && example !== '' && value === example;
    })
    .map((p) => p.name);
}

/** The path as it will be sent, for the reader to see what a request will delete. */
function filledPath(path: string, values: PlaygroundValues): string {
  return path.replace(/\{([^}]+)\}/g, (whole, name: string) => values.path[name] || whole);
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
  const { operation, values, settings, site, paramIssues = [], anyway = false, confirmed = false } = input;
  const problems: PreflightProblem[] = [];
  const missing = missingRequired(operation, values);
  if (missing.length > 0) problems.push({ kind: 'missing-required', names: missing });
  const dotted = dotSegmentParams(operation, values);
  if (dotted.length > 0) problems.push({ kind: 'dot-segment', names: dotted });
  if (operation.requestBody && parseBody(values.body).kind === 'invalid') problems.push({ kind: 'invalid-json' });
  const target = targetBaseUrl(settings, site);
  if (!target.ok) problems.push({ kind: 'base-url', problem: target.problem });
  // Warnings next: what cannot be sent at all comes first.
  const mismatched = schemaIssueNames(paramIssues);
  if (mismatched.length > 0 && !anyway) problems.push({ kind: 'param-schema', names: mismatched });
  const instance = settings.target === 'instance' && target.ok ? new URL(target.baseUrl).origin : undefined;
  if (instance && !anyway) {
    if (input.notOnInstance) problems.push({ kind: 'not-on-instance', version: input.notOnInstance.version });
    if (operation.secured && !input.hasKey) problems.push({ kind: 'no-key', origin: instance });
    const examples = exampleValueParams(operation, values);
    if (examples.length > 0) problems.push({ kind: 'example-values', names: examples });
  }
  // Last, the confirmation: once everything else holds, the reader sees exactly what will be deleted, and where.
  if (instance && target.ok && isDestructive(operation) && !confirmed) {
    const url = target.baseUrl + filledPath(operation.path, values);
    problems.push({ kind: 'destructive', method: operation.method, url, origin: instance });
  }
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
