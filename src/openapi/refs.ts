/**
 * Local `$ref`s (`#/components/schemas/Site`) in documents the site reads itself (spec refresh, diffs, fixtures):
 * following one, listing them, inlining them. The pointer itself is read by `resolvePointer` (./json.ts), as every
 * other JSON pointer is. Pages and the operations model go through the plugin's loader instead (src/openapi/load.ts),
 * which also bundles external files.
 */
import { isPlainObject, resolvePointer, type JsonObject } from './json';

/** What a local `$ref` (`#/components/schemas/Site`) points at in `document`, or undefined. */
export function pointerGet(document: unknown, ref: string): unknown {
  return ref.startsWith('#') ? resolvePointer(document, ref) : undefined;
}

/** The local `$ref`s written anywhere inside `value` (not following them). */
export function localRefsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) localRefsIn(v, out);
  else if (isPlainObject(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string' && v.startsWith('#')) out.add(v);
      else localRefsIn(v, out);
    }
  }
  return out;
}

/**
 * `value` with the document's local `$ref`s replaced by what they point at. A reference met again inside its
 * own expansion (a circular schema) and one that does not resolve stay `{ $ref }`.
 */
export function resolveLocalRefs<T = unknown>(value: unknown, document: unknown, expanding: string[] = []): T {
  return resolve(value, document, expanding) as T;
}

function resolve(value: unknown, document: unknown, expanding: string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => resolve(v, document, expanding));
  if (!isPlainObject(value)) return value;
  const ref = value.$ref;
  if (typeof ref === 'string') {
    const target = pointerGet(document, ref);
    if (target === undefined || expanding.includes(ref)) return { ...value };
    const resolved = resolve(target, document, [...expanding, ref]);
    // OpenAPI 3.1 allows siblings next to `$ref` (e.g. a description); they override the target's.
    const siblings = Object.fromEntries(Object.entries(value).filter(([k]) => k !== '$ref'));
    return Object.keys(siblings).length > 0 && isPlainObject(resolved)
      ? { ...resolved, ...(resolve(siblings, document, expanding) as JsonObject) }
      : resolved;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, document, expanding)]));
}
