/**
 * The order keys are written in openapi/tianji.yaml, whatever order the overlays left them in: the document's
 * top-level fields, `info`'s, `components`' sections, an operation's, a parameter's and a response's. Other objects keep the order they come in
 * (upstream's, then what the overlays added). Pure: it only reorders, never adds or drops.
 */
import { isPlainObject, type JsonObject } from '../openapi/json';
import { isHttpMethod } from '../openapi/methods';

export const DOCUMENT_KEY_ORDER = ['openapi', 'info', 'servers', 'security', 'tags', 'paths', 'components'];
export const INFO_KEY_ORDER = ['title', 'version', 'description'];
export const COMPONENTS_KEY_ORDER = ['securitySchemes', 'schemas', 'responses'];
export const OPERATION_KEY_ORDER = [
  'operationId',
  'tags',
  'summary',
  'description',
  'security',
  'parameters',
  'requestBody',
  'responses',
];
export const PARAMETER_KEY_ORDER = ['name', 'in', 'description', 'schema', 'required'];
export const RESPONSE_KEY_ORDER = ['description', 'content'];

/** `obj` with the keys named in `order` first, in that order, then the others as they were. */
export function ordered(obj: JsonObject, order: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const key of order) if (obj[key] !== undefined) out[key] = obj[key];
  for (const [key, value] of Object.entries(obj)) if (!(key in out) && value !== undefined) out[key] = value;
  return out;
}

/** Status codes in numeric order (`2XX` as 200, `default` last). */
function byStatus([a]: [string, unknown], [b]: [string, unknown]): number {
  const n = (s: string) => (s === 'default' ? 1000 : Number.parseInt(s.replace(/X/gi, '0'), 10));
  return n(a) - n(b);
}

function orderOperation(operation: JsonObject): JsonObject {
  const out = ordered(operation, OPERATION_KEY_ORDER);
  if (Array.isArray(out.parameters))
    out.parameters = out.parameters.map((p) => (isPlainObject(p) ? ordered(p, PARAMETER_KEY_ORDER) : p));
  if (isPlainObject(out.responses)) {
    const responses = Object.entries(out.responses).sort(byStatus);
    out.responses = Object.fromEntries(
      responses.map(([status, r]) => [status, isPlainObject(r) ? ordered(r, RESPONSE_KEY_ORDER) : r]),
    );
  }
  return out;
}

/** The document with its keys in the spec's order (a new object; `document` is left as it is). */
export function orderSpec(document: JsonObject): JsonObject {
  const out = ordered(document, DOCUMENT_KEY_ORDER);
  if (isPlainObject(out.info)) out.info = ordered(out.info, INFO_KEY_ORDER);
  if (isPlainObject(out.components)) out.components = ordered(out.components, COMPONENTS_KEY_ORDER);
  if (isPlainObject(out.paths)) {
    out.paths = Object.fromEntries(
      Object.entries(out.paths).map(([path, item]) => {
        if (!isPlainObject(item)) return [path, item];
        const next: JsonObject = {};
        for (const [key, value] of Object.entries(item))
          next[key] = isHttpMethod(key) && isPlainObject(value) ? orderOperation(value) : value;
        if (Array.isArray(next.parameters))
          next.parameters = next.parameters.map((p) => (isPlainObject(p) ? ordered(p, PARAMETER_KEY_ORDER) : p));
        return [path, next];
      }),
    );
  }
  return out;
}
