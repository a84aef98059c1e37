/**
 * The facts of one published OpenAPI document, and nothing else: for every operation (by operationId) its method and
 * path, its parameters (`in:name` → type and required-ness), and the fields of its JSON request body and of its
 * success response body, each by a JSON path (`$`, `$.name`, `$.list[].id`, `$.counts{}` for a map's values) with a
 * type and whether it is required. Prose, examples, formats, patterns and enums are left out, so two documents
 * compare equal when a client could not tell them apart by shape.
 *
 * Types are written as short strings: `string`, `number`, `integer`, `boolean`, `object`, `null`, `any`, `T[]`
 * for arrays, unions joined by `|` (sorted, `null` last), e.g. `string|null`, `(string|null)[]`. OpenAPI 3.0's
 * `nullable: true` and 3.1's `{ type: 'null' }` / `type: [..., 'null']` give the same string. Pure.
 */
import { isJsonMediaType, isPlainObject, type JsonObject } from '../openapi/json';
import { HTTP_METHODS } from '../openapi/methods';
import { resolveLocalRefs } from '../openapi/refs';

/** A parameter, a body or a field: its type string and whether a request/response must carry it. */
export interface Fact {
  type: string;
  required: boolean;
}

export interface OperationFacts {
  method: string;
  path: string;
  /** Keyed `in:name`, e.g. `query:workspaceId`, `path:websiteId`. */
  parameters: Record<string, Fact>;
  /** The JSON request body by JSON path (`$` is the body itself); empty when the operation takes none. */
  request: Record<string, Fact>;
  /** The success (2xx) JSON response body by JSON path; empty when it has none. */
  response: Record<string, Fact>;
}

/** Every operation of a document that has an operationId, keyed by it (sorted). */
export type VersionFacts = Record<string, OperationFacts>;

export function extractFacts(document: unknown): VersionFacts {
  const doc = isPlainObject(document) ? document : {};
  const paths = isPlainObject(doc.paths) ? doc.paths : {};
  const out: VersionFacts = {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolveLocalRefs<unknown>(rawItem, doc);
    if (!isPlainObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isPlainObject(op) || typeof op.operationId !== 'string') continue;
      out[op.operationId] = {
        method,
        path,
        parameters: parameterFacts([...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]),
        request: requestFacts(op.requestBody),
        response: responseFacts(op.responses),
      };
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function parameterFacts(list: unknown[]): Record<string, Fact> {
  const out: Record<string, Fact> = {};
  // An operation's parameter overrides the path item's one of the same name and location (it comes later).
  for (const p of list) {
    if (!isPlainObject(p) || typeof p.name !== 'string' || typeof p.in !== 'string') continue;
    const schema = isPlainObject(p.schema) ? p.schema : jsonContentSchema(p.content);
    out[`${p.in}:${p.name}`] = { type: schema ? typeOf(schema) : 'any', required: p.required === true };
  }
  return sortKeys(out);
}

function requestFacts(body: unknown): Record<string, Fact> {
  if (!isPlainObject(body)) return {};
  const schema = jsonContentSchema(body.content);
  if (!schema) return {};
  return sortKeys(fieldFacts(schema, body.required === true));
}

/** The lowest 2xx status with a JSON body (Tianji documents `200`). */
function responseFacts(responses: unknown): Record<string, Fact> {
  if (!isPlainObject(responses)) return {};
  const success = Object.keys(responses)
    .filter((status) => /^2(\d\d|XX)$/i.test(status))
    .sort();
  for (const status of success) {
    const response = responses[status];
    const schema = isPlainObject(response) ? jsonContentSchema(response.content) : undefined;
    if (schema) return sortKeys(fieldFacts(schema, true));
  }
  return {};
}

function jsonContentSchema(content: unknown): JsonObject | undefined {
  if (!isPlainObject(content)) return undefined;
  const media = Object.keys(content).find(isJsonMediaType);
  const entry = media === undefined ? undefined : content[media];
  return isPlainObject(entry) && isPlainObject(entry.schema) ? entry.schema : undefined;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The schema's alternatives (anyOf/oneOf members, flattened), each a schema without a union of its own. */
function alternatives(schema: JsonObject): JsonObject[] {
  const union = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  // A union beside an own `type` only narrows it (e.g. `type: string` with `anyOf: [{format: ipv4}, …]`).
  if (!union || schema.type !== undefined) return [mergeAllOf(schema)];
  const out: JsonObject[] = [];
  for (const member of union) if (isPlainObject(member)) out.push(...alternatives(member));
  if (schema.nullable === true) out.push({ type: 'null' });
  return out;
}

/** `allOf` members folded into one schema: properties and required lists joined, the first type kept. */
function mergeAllOf(schema: JsonObject): JsonObject {
  if (!Array.isArray(schema.allOf)) return schema;
  const merged: JsonObject = { ...schema, allOf: undefined };
  const properties: JsonObject = isPlainObject(schema.properties) ? { ...schema.properties } : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  for (const raw of schema.allOf) {
    if (!isPlainObject(raw)) continue;
    const member = mergeAllOf(raw);
    if (merged.type === undefined && member.type !== undefined) merged.type = member.type;
    if (isPlainObject(member.properties)) Object.assign(properties, member.properties);
    if (Array.isArray(member.required)) for (const name of member.required) required.add(name);
    if (member.nullable === true) merged.nullable = true;
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  return merged;
}

/** The JSON types one union-free schema admits. */
function baseTypes(schema: JsonObject): string[] {
  const declared = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
  let types = declared.filter((t): t is string => typeof t === 'string');
  if (types.length === 0) {
    if (isPlainObject(schema.properties) || schema.additionalProperties !== undefined) types = ['object'];
    else if (schema.items !== undefined) types = ['array'];
    else if ('const' in schema) types = [jsonTypeOf(schema.const)];
    else if (Array.isArray(schema.enum)) {
      // zod-to-openapi writes OpenAPI 3.0's null as `{ enum: ['null'], nullable: true }`.
      const values = schema.nullable === true ? schema.enum.filter((v) => v !== 'null') : schema.enum;
      types = [...new Set(values.map(jsonTypeOf))];
    }
  }
  if (schema.nullable === true) types = [...types, 'null'];
  return types.length === 0 ? ['any'] : types;
}

function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' ? 'number' : typeof value;
}

function itemsOf(schema: JsonObject): JsonObject | undefined {
  return isPlainObject(schema.items) ? schema.items : undefined;
}

/** The type string of a schema (see the module comment). */
export function typeOf(schema: JsonObject): string {
  const parts = new Set<string>();
  for (const alt of alternatives(schema)) {
    for (const t of baseTypes(alt)) {
      if (t === 'any') return 'any';
      if (t === 'array') {
        const items = itemsOf(alt);
        const item = items ? typeOf(items) : 'any';
        parts.add(typeMembers(item).length > 1 ? `(${item})[]` : `${item}[]`);
      } else parts.add(t);
    }
  }
  return joinTypes([...parts]);
}

/** The top-level members of a type string's union: `(string|null)[]|number` → `(string|null)[]`, `number`. */
export function typeMembers(type: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < type.length; i++) {
    const c = type[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(type.slice(start, i));
      start = i + 1;
    }
  }
  out.push(type.slice(start));
  return out;
}

/** One type string for a union of type strings (members flattened, deduplicated, sorted, `null` last). */
export function joinTypes(types: string[]): string {
  const unique = [...new Set(types.flatMap(typeMembers))];
  if (unique.includes('any')) return 'any';
  return unique.sort((a, b) => (a === 'null' ? 1 : b === 'null' ? -1 : a < b ? -1 : a > b ? 1 : 0)).join('|');
}

/**
 * The facts of a body schema: `$` itself, then every field below it. A union's object members are walked
 * together: a field is required when every object member requires it.
 */
export function fieldFacts(schema: JsonObject, required: boolean): Record<string, Fact> {
  const out: Record<string, Fact> = {};
  walk(schema, '$', required, out, 0);
  return out;
}

const MAX_DEPTH = 32;

function walk(schema: JsonObject, path: string, required: boolean, out: Record<string, Fact>, depth: number): void {
  const previous = out[path];
  const type = typeOf(schema);
  out[path] = previous
    ? { type: joinTypes([previous.type, type]), required: previous.required && required }
    : { type, required };
  if (depth >= MAX_DEPTH) return;
  const alts = alternatives(schema);
  const objects = alts.filter((a) => baseTypes(a).includes('object'));
  const fields = new Map<string, { schemas: JsonObject[]; requiredIn: number }>();
  for (const object of objects) {
    const requiredNames = new Set(Array.isArray(object.required) ? object.required : []);
    const properties = isPlainObject(object.properties) ? object.properties : {};
    for (const [name, child] of Object.entries(properties)) {
      if (!isPlainObject(child)) continue;
      const entry = fields.get(name) ?? { schemas: [], requiredIn: 0 };
      entry.schemas.push(child);
      if (requiredNames.has(name)) entry.requiredIn += 1;
      fields.set(name, entry);
    }
    if (isPlainObject(object.additionalProperties) && Object.keys(object.additionalProperties).length > 0) {
      walk(object.additionalProperties, `${path}{}`, false, out, depth + 1);
    }
  }
  for (const [name, { schemas, requiredIn }] of fields) {
    const childPath = /^[A-Za-z_$][\w$]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;
    for (const child of schemas) walk(child, childPath, requiredIn === objects.length, out, depth + 1);
  }
  for (const alt of alts) {
    const items = baseTypes(alt).includes('array') ? itemsOf(alt) : undefined;
    if (items) walk(items, `${path}[]`, true, out, depth + 1);
  }
}
