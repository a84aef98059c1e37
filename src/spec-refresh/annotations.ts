/**
 * Examples and links are ours, like prose: upstream documents facts (schemas), we write the data readers see in
 * pages, the playground and the mock, and the `links` from a response to the operations that take its ids. A
 * refresh carries our `example`/`examples`/`links` over to the same places in the refreshed document, and the diff
 * does not count them as changes.
 */
import { isPlainObject } from '../openapi/json';

export const OUR_ANNOTATIONS = ['example', 'examples', 'links'];

/** True for an `example`/`examples`/`links` annotation, not for a schema property that happens to be named so. */
export function isOurAnnotation(key: string, parentKey: string | undefined): boolean {
  return OUR_ANNOTATIONS.includes(key) && parentKey !== 'properties';
}

const parameterKey = (p: unknown) => (isPlainObject(p) && p.name && p.in ? `${String(p.in)}:${String(p.name)}` : '');

/**
 * `next` with the examples and links of `ours` wherever both have the same place: the same keys, and parameters matched by
 * location and name. One `next` already has (upstream's) gives way to ours.
 */
export function withOurAnnotations<T>(next: T, ours: unknown, parentKey?: string): T {
  if (Array.isArray(next) && Array.isArray(ours)) {
    const byKey = new Map(ours.map((p) => [parameterKey(p), p]));
    return next.map((item) =>
      parameterKey(item) ? withOurAnnotations(item, byKey.get(parameterKey(item))) : item,
    ) as T;
  }
  if (!isPlainObject(next) || !isPlainObject(ours)) return next;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    out[key] = key in ours && !isOurAnnotation(key, parentKey) ? withOurAnnotations(value, ours[key], key) : value;
  }
  for (const key of OUR_ANNOTATIONS) {
    if (isOurAnnotation(key, parentKey) && ours[key] !== undefined) out[key] = ours[key];
  }
  return out as T;
}
