/**
 * What an instance has that the site documents, and what not: operations it lacks, operations it has that the docs
 * do not, and per operation the parameters and body fields that differ (missing, extra, another type, another
 * required-ness) or a changed method/path. Facts (src/history/facts.ts) on both sides, so prose never counts.
 * The server document's known mistakes (public operations it marks as secured, src/openapi/known-public.ts) are
 * named apart, as explained, never as drift. Pure.
 */
import type { Fact, OperationFacts, VersionFacts } from '../history/facts';
import type { VersionRecord } from '../history/record';
import { isPlainObject, type JsonObject } from '../openapi/json';
import { HTTP_METHODS } from '../openapi/methods';
import { KNOWN_PUBLIC } from '../openapi/known-public';

export type FactSection = 'parameters' | 'request' | 'response';

/**
 * How a difference names its fact to the reader: a parameter as `query:name`, a field by where it sits
 * (`body.name`, `response.list[].id`), so the same path in the request and in the answer reads apart.
 */
export function factLabel({ section, key }: Pick<FactDifference, 'section' | 'key'>): string {
  if (section === 'parameters') return key;
  return `${section === 'request' ? 'body' : 'response'}${key.slice(1)}`;
}

export interface FactDifference {
  section: FactSection;
  /** `query:workspaceId` for a parameter, a JSON path (`$.name`) for a field. */
  key: string;
  kind: 'missing' | 'extra' | 'type' | 'required';
  /** The fact as the docs state it, and as the instance does (absent on the side that lacks it). */
  site?: Fact;
  instance?: Fact;
}

export interface OperationDifference {
  /** The method and path on the instance when they are not the documented ones. */
  moved?: { method: string; path: string };
  facts: FactDifference[];
}

export interface InstanceComparison {
  /** The version the instance states (`v1.22.0`), if any. */
  version?: string;
  /** Where the instance's facts come from: its own document, or the recorded history of its version. */
  source: 'document' | 'history';
  /** With `history`: the recorded version used (the instance's own, or the newest recorded one before it). */
  historyVersion?: string;
  /** Documented operations the instance does not have (sorted ids). */
  missing: string[];
  /** Operations the instance has that the docs do not. */
  extra: { id: string; method: string; path: string }[];
  /** Documented operations the instance has, differently. */
  differences: Record<string, OperationDifference>;
  /** Operations the instance's document marks as secured although they are public (Tianji's known mistake). */
  knownPublic: string[];
}

function compareSection(section: FactSection, site: Record<string, Fact>, inst: Record<string, Fact>) {
  const out: FactDifference[] = [];
  for (const [key, fact] of Object.entries(site)) {
    const other = inst[key];
    if (!other) out.push({ section, key, kind: 'missing', site: fact });
    else if (other.type !== fact.type) out.push({ section, key, kind: 'type', site: fact, instance: other });
    else if (other.required !== fact.required)
      out.push({ section, key, kind: 'required', site: fact, instance: other });
  }
  for (const [key, fact] of Object.entries(inst)) {
    if (!(key in site)) out.push({ section, key, kind: 'extra', instance: fact });
  }
  return out;
}

export function compareOperation(site: OperationFacts, inst: OperationFacts): OperationDifference | undefined {
  const facts = [
    ...compareSection('parameters', site.parameters, inst.parameters),
    ...compareSection('request', site.request, inst.request),
    ...compareSection('response', site.response, inst.response),
  ];
  const moved = site.method !== inst.method || site.path !== inst.path;
  if (!moved && facts.length === 0) return undefined;
  return moved ? { moved: { method: inst.method, path: inst.path }, facts } : { facts };
}

export function compareFacts(
  site: VersionFacts,
  inst: VersionFacts,
  about: Pick<InstanceComparison, 'version' | 'source' | 'historyVersion' | 'knownPublic'>,
): InstanceComparison {
  const missing: string[] = [];
  const differences: Record<string, OperationDifference> = {};
  for (const [id, facts] of Object.entries(site)) {
    const other = inst[id];
    if (!other) {
      missing.push(id);
      continue;
    }
    const difference = compareOperation(facts, other);
    if (difference) differences[id] = difference;
  }
  const extra = Object.entries(inst)
    .filter(([id]) => !(id in site))
    .map(([id, f]) => ({ id, method: f.method, path: f.path }));
  return { ...about, missing: missing.sort(), extra, differences };
}

/** The operation ids of the document's known-public operations that it marks as secured. */
export function knownPublicMarkedSecured(document: JsonObject): string[] {
  const paths = isPlainObject(document.paths) ? document.paths : {};
  const globalSecured = Array.isArray(document.security) && document.security.length > 0;
  const out: string[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isPlainObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isPlainObject(op) || typeof op.operationId !== 'string') continue;
      if (!KNOWN_PUBLIC.includes(`${method.toUpperCase()} ${path}`)) continue;
      const secured = Array.isArray(op.security) ? op.security.length > 0 : globalSecured;
      if (secured) out.push(op.operationId);
    }
  }
  return out.sort();
}

/** `v1.22.0` → [1, 22, 0]. */
function versionParts(version: string): number[] {
  return version.replace(/^v/, '').split('.').map(Number);
}

export function compareVersions(a: string, b: string): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/**
 * The recorded version that tells what `version` had: itself, else the newest recorded one before it (a release
 * between two recorded ones has at least the older one's operations); none when it is older than every record.
 */
export function recordFor(version: string, records: VersionRecord[]): VersionRecord | undefined {
  let best: VersionRecord | undefined;
  for (const record of records) if (compareVersions(record.version, version) <= 0) best = record;
  return best;
}

/**
 * The doc id of an operation's page (`aiGateway-modelPricing` → `api/ai-gateway-model-pricing`): the plugin names
 * each page by its operationId in kebab case (lodash's, which the test checks this against for every recorded id).
 */
export function operationDocId(operationId: string): string {
  const words = operationId.match(/[A-Z]{2,}(?=[A-Z][a-z]|[^A-Za-z]|$)|[A-Z]?[a-z]+|[A-Z]+|\d+/g) ?? [];
  return `api/${words.map((w) => w.toLowerCase()).join('-')}`;
}
