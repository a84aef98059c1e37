/**
 * Upstream's `$ref`s resolved inline for a refresh (our spec keeps schemas inline), except the recursive ones: those
 * stay `$ref`s and their targets are copied into our `components`. Built on the local-pointer helpers of
 * src/openapi/refs.ts.
 */
import { isPlainObject, type JsonObject } from '../openapi/json';
import { localRefsIn, pointerGet } from '../openapi/refs';

/** Whether following `ref` in `document` can lead back to `ref` (a recursive schema). */
function isCircular(ref: string, document: unknown, memo: Map<string, boolean>): boolean {
  const known = memo.get(ref);
  if (known !== undefined) return known;
  const seen = new Set<string>();
  const queue = [...localRefsIn(pointerGet(document, ref))];
  let circular = false;
  while (queue.length > 0 && !circular) {
    const next = queue.pop()!;
    if (next === ref) circular = true;
    else if (!seen.has(next)) {
      seen.add(next);
      queue.push(...localRefsIn(pointerGet(document, next)));
    }
  }
  memo.set(ref, circular);
  return circular;
}

/** `components[section]`, created (or replaced, when it is not an object) as an empty object. */
function sectionOf(components: JsonObject, section: string): JsonObject {
  const existing = components[section];
  if (isPlainObject(existing)) return existing;
  const created: JsonObject = {};
  components[section] = created;
  return created;
}

/** A function inlining `upstream`'s local references in a value; recursive targets go into `components`. */
export type Inliner = (value: unknown) => unknown;

export function upstreamInliner(upstream: JsonObject, components: JsonObject): Inliner {
  const circular = new Map<string, boolean>();
  const walkEntries = (obj: JsonObject): JsonObject =>
    Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, walk(v)]));
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isPlainObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#')) return walkEntries(node);
    const target = pointerGet(upstream, ref);
    if (target === undefined) return { ...node };
    if (isCircular(ref, upstream, circular)) {
      const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
      if (match) {
        const bucket = sectionOf(components, match[1]);
        const name = match[2];
        if (bucket[name] === undefined) {
          bucket[name] = {}; // placeholder: the target refers to itself
          bucket[name] = walk(target);
        }
      }
      return { ...node };
    }
    // OpenAPI 3.1 allows siblings next to `$ref` (e.g. a description); they override the target's.
    const siblings = Object.fromEntries(Object.entries(node).filter(([k]) => k !== '$ref'));
    const resolved = walk(target);
    return Object.keys(siblings).length > 0 && isPlainObject(resolved)
      ? { ...resolved, ...walkEntries(siblings) }
      : resolved;
  };
  return walk;
}
