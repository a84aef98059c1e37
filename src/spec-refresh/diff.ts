/**
 * What changed between two OpenAPI documents, in facts only: operations added, removed and changed (keyed by
 * `METHOD path`), where "changed" means parameters (name/in/required/schema), request body, response statuses
 * and success schemas, public/secured, tags or operationId differ. Prose (`summary`, `description`) is ignored
 * everywhere: ours is our own. Error responses (4xx/5xx) are compared by status only, since their bodies are
 * documented by us (components.responses). Pure; used by `npm run spec:pull` (scripts/spec-pull.ts).
 */
import { isSecured } from '../openapi/operations';
import { isPlainObject, type JsonObject } from '../openapi/json';
import { HTTP_METHODS } from '../openapi/methods';
import { resolveLocalRefs } from '../openapi/refs';
import { arrayOr, at, objectOr, objectsIn } from './json-read';

export interface OperationRef {
  /** `METHOD path`, e.g. `POST /workspace/{workspaceId}/website/add`. */
  key: string;
  method: string;
  path: string;
  operationId?: string;
}

export interface OperationChange extends OperationRef {
  /** Short words, e.g. `parameter query:limit now required`, `response 404 added`, `response 200 schema changed`. */
  changes: string[];
}

export interface SpecDiff {
  added: OperationRef[];
  removed: OperationRef[];
  changed: OperationChange[];
  unchanged: number;
  /** Tag names used or declared by one document and not the other. */
  tags: { added: string[]; removed: string[] };
}

export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

export interface OperationEntry extends OperationRef {
  operation: JsonObject;
  /** Parameters declared on the path item. */
  pathParameters: JsonObject[];
}

/** Every operation of a document in document order, keyed by `METHOD path`. */
export function operationEntries(document: unknown): Map<string, OperationEntry> {
  const out = new Map<string, OperationEntry>();
  for (const [path, item] of Object.entries(objectOr(at(document, 'paths')))) {
    if (!isPlainObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isPlainObject(operation)) continue;
      const key = operationKey(method, path);
      out.set(key, {
        key,
        method: method.toUpperCase(),
        path,
        operationId: typeof operation.operationId === 'string' ? operation.operationId : undefined,
        operation,
        pathParameters: objectsIn(item.parameters),
      });
    }
  }
  return out;
}

const refOf = ({ key, method, path, operationId }: OperationRef): OperationRef => ({ key, method, path, operationId });

const PROSE = new Set(['summary', 'description']);

/** `example`/`examples`/`links` are annotations (data for readers), not facts; a schema property so named is a fact. */
const isAnnotation = (key: string, parentKey: string | undefined) =>
  ['example', 'examples', 'links'].includes(key) && parentKey !== 'properties';

/**
 * A stable text for comparing facts: keys sorted, prose and examples (annotations) left out. Only
 * string-valued `summary` and `description` are prose, so a schema property *named* `description` (an object)
 * still counts, as does one named `example`.
 */
export function factsKey(value: unknown, parentKey?: string): string {
  if (Array.isArray(value)) return `[${value.map((v) => factsKey(v)).join(',')}]`;
  if (isPlainObject(value)) {
    const entries = Object.entries(value)
      .filter(([k, v]) => !(PROSE.has(k) && typeof v === 'string') && !isAnnotation(k, parentKey))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${factsKey(v, k)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

interface ParameterFacts {
  required: boolean;
  schema: string;
}

interface OperationFacts {
  operationId?: string;
  tags: string[];
  secured: boolean;
  parameters: Map<string, ParameterFacts>;
  requestBody?: { required: boolean; media: Map<string, string> };
  responses: Map<string, { error: boolean; media: Map<string, string> }>;
}

/** 4xx, 5xx and `default`: the responses whose bodies we document ourselves. */
export const isErrorStatus = (status: string) => status === 'default' || /^[45]/.test(status);

function mediaFacts(content: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const [type, media] of Object.entries(objectOr(content))) out.set(type, factsKey(at(media, 'schema') ?? {}));
  return out;
}

function factsOf(entry: OperationEntry, document: JsonObject): OperationFacts {
  const op = objectOr(resolveLocalRefs(entry.operation, document));
  const parameters = new Map<string, ParameterFacts>();
  for (const p of [...objectsIn(resolveLocalRefs(entry.pathParameters, document)), ...objectsIn(op.parameters)]) {
    if (typeof p.name !== 'string') continue;
    parameters.set(`${p.in}:${p.name}`, {
      required: p.in === 'path' || p.required === true,
      schema: factsKey(p.schema ?? {}),
    });
  }
  const responses = new Map<string, { error: boolean; media: Map<string, string> }>();
  for (const [status, response] of Object.entries(objectOr(op.responses))) {
    responses.set(status, { error: isErrorStatus(status), media: mediaFacts(at(response, 'content')) });
  }
  const body = op.requestBody;
  return {
    operationId: entry.operationId,
    tags: arrayOr(op.tags).map(String),
    secured: isSecured(op, document.security),
    parameters,
    requestBody: isPlainObject(body)
      ? { required: body.required === true, media: mediaFacts(body.content) }
      : undefined,
    responses,
  };
}

const list = (values: string[]) => (values.length > 0 ? values.join(', ') : '(none)');

function mediaChanges(what: string, before: Map<string, string>, after: Map<string, string>): string[] {
  const beforeTypes = [...before.keys()];
  const afterTypes = [...after.keys()];
  if (
    beforeTypes.join('|') !== afterTypes.join('|') &&
    [...beforeTypes].sort().join('|') !== [...afterTypes].sort().join('|')
  ) {
    return [`${what} media types ${list(beforeTypes)} → ${list(afterTypes)}`];
  }
  return beforeTypes.some((type) => before.get(type) !== after.get(type)) ? [`${what} schema changed`] : [];
}

/** What differs between two versions of one operation, in short words (empty when only prose differs). */
function operationChanges(before: OperationFacts, after: OperationFacts): string[] {
  const changes: string[] = [];
  if (before.operationId !== after.operationId)
    changes.push(`operationId ${before.operationId ?? '(none)'} → ${after.operationId ?? '(none)'}`);
  if (before.tags.join('|') !== after.tags.join('|')) changes.push(`tags ${list(before.tags)} → ${list(after.tags)}`);
  if (before.secured !== after.secured)
    changes.push(after.secured ? 'security: public → secured' : 'security: secured → public');

  for (const [key, p] of before.parameters) {
    const next = after.parameters.get(key);
    if (!next) changes.push(`parameter ${key} removed`);
    else {
      if (p.required !== next.required) changes.push(`parameter ${key} now ${next.required ? 'required' : 'optional'}`);
      if (p.schema !== next.schema) changes.push(`parameter ${key} schema changed`);
    }
  }
  for (const key of after.parameters.keys()) if (!before.parameters.has(key)) changes.push(`parameter ${key} added`);

  if (before.requestBody && !after.requestBody) changes.push('request body removed');
  else if (!before.requestBody && after.requestBody) changes.push('request body added');
  else if (before.requestBody && after.requestBody) {
    if (before.requestBody.required !== after.requestBody.required)
      changes.push(`request body now ${after.requestBody.required ? 'required' : 'optional'}`);
    changes.push(...mediaChanges('request body', before.requestBody.media, after.requestBody.media));
  }

  for (const [status, r] of before.responses) {
    const next = after.responses.get(status);
    if (!next) changes.push(`response ${status} removed`);
    else if (!r.error) changes.push(...mediaChanges(`response ${status}`, r.media, next.media));
  }
  for (const status of after.responses.keys())
    if (!before.responses.has(status)) changes.push(`response ${status} added`);
  return changes;
}

/** Tag names declared at the top level or used by an operation. */
export function tagNames(document: JsonObject): string[] {
  const names = new Set<string>();
  for (const tag of objectsIn(document.tags)) if (typeof tag.name === 'string') names.add(tag.name);
  for (const { operation } of operationEntries(document).values()) {
    for (const tag of arrayOr(operation.tags)) names.add(String(tag));
  }
  return [...names];
}

/** `current` → `next`: what a refresh from `next` would bring in (facts only). */
export function diffSpecs(current: JsonObject, next: JsonObject): SpecDiff {
  const before = operationEntries(current);
  const after = operationEntries(next);
  const diff: SpecDiff = { added: [], removed: [], changed: [], unchanged: 0, tags: { added: [], removed: [] } };
  for (const [key, entry] of before) {
    const other = after.get(key);
    if (!other) {
      diff.removed.push(refOf(entry));
      continue;
    }
    const changes = operationChanges(factsOf(entry, current), factsOf(other, next));
    if (changes.length > 0) diff.changed.push({ ...refOf(other), changes });
    else diff.unchanged++;
  }
  for (const [key, entry] of after) if (!before.has(key)) diff.added.push(refOf(entry));
  const tagsBefore = tagNames(current);
  const tagsAfter = tagNames(next);
  diff.tags.added = tagsAfter.filter((t) => !tagsBefore.includes(t));
  diff.tags.removed = tagsBefore.filter((t) => !tagsAfter.includes(t));
  return diff;
}

export function isEmptyDiff(diff: SpecDiff): boolean {
  return (
    diff.added.length +
      diff.removed.length +
      diff.changed.length +
      diff.tags.added.length +
      diff.tags.removed.length ===
    0
  );
}

const label = (op: OperationRef) => `${op.key}${op.operationId ? `  (${op.operationId})` : ''}`;

/** The diff as printable lines: counts first, then one line per operation. */
export function formatDiff(diff: SpecDiff): string[] {
  const lines = [
    `  added:     ${diff.added.length}`,
    `  removed:   ${diff.removed.length}`,
    `  changed:   ${diff.changed.length}`,
    `  unchanged: ${diff.unchanged}`,
  ];
  if (diff.added.length > 0) lines.push('', 'Added:', ...diff.added.map((op) => `  + ${label(op)}`));
  if (diff.removed.length > 0) lines.push('', 'Removed:', ...diff.removed.map((op) => `  - ${label(op)}`));
  if (diff.changed.length > 0)
    lines.push('', 'Changed:', ...diff.changed.map((op) => `  ~ ${label(op)}: ${op.changes.join('; ')}`));
  if (diff.tags.added.length > 0 || diff.tags.removed.length > 0) {
    lines.push('', 'Tags:');
    if (diff.tags.added.length > 0) lines.push(`  + ${diff.tags.added.join(', ')}`);
    if (diff.tags.removed.length > 0) lines.push(`  - ${diff.tags.removed.join(', ')}`);
  }
  return lines;
}
