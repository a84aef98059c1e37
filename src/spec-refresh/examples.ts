/**
 * Examples are ours, like prose: upstream documents facts (schemas), we write the data readers see in pages, the
 * playground and the mock. A refresh carries our `example`/`examples` over to the same places in the refreshed
 * document, and the diff does not count them as changes.
 */
import { isPlainObject } from '../openapi/json';

export const EXAMPLE_KEYS = ['example', 'examples'];

/** True for an `example`/`examples` annotation, not for a schema property that happens to be named so. */
export function isExampleAnnotation(key: string, parentKey: string | undefined): boolean {
  return EXAMPLE_KEYS.includes(key) && parentKey !== 'properties';
}

const parameterKey = (p: unknown) => (isPlainObject(p) && p.name && p.in ? `${String(p.in)}:${String(p.name)}` : '');

/**
 * `next` with the examples of `ours` wherever both have the same place: the same keys, and parameters matched by
 * location and name. An example `next` already has (upstream's) gives way to ours.
 */
export function withOurExamples<T>(next: T, ours: unknown, parentKey?: string): T {
  if (Array.isArray(next) && Array.isArray(ours)) {
    const byKey = new Map(ours.map((p) => [parameterKey(p), p]));
    return next.map((item) => (parameterKey(item) ? withOurExamples(item, byKey.get(parameterKey(item))) : item)) as T;
  }
  if (!isPlainObject(next) || !isPlainObject(ours)) return next;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    out[key] = key in ours && !isExampleAnnotation(key, parentKey) ? withOurExamples(value, ours[key], key) : value;
  }
  for (const key of EXAMPLE_KEYS) {
    if (isExampleAnnotation(key, parentKey) && ours[key] !== undefined) out[key] = ours[key];
  }
  return out as T;
}
