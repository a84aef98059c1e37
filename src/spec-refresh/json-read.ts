/**
 * Reading parsed JSON or YAML documents (`unknown` values) without `any`: a property path that may be missing, and
 * an object or list where one is expected, empty when the document has something else there.
 */
import { isPlainObject, type JsonObject } from '../openapi/json';

/** A step into a document: an object key, or an index into a list. */
export type PathKey = string | number;

/** `value[k1][k2]…`, or undefined as soon as a step is missing (or steps into something that is not a container). */
export function at(value: unknown, ...keys: PathKey[]): unknown {
  let node = value;
  for (const key of keys) {
    if (Array.isArray(node) && typeof key === 'number') node = node[key];
    else if (isPlainObject(node) && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

/** `value` if it is a plain object, else a new empty one. */
export const objectOr = (value: unknown): JsonObject => (isPlainObject(value) ? value : {});

/** `value` if it is a list, else an empty one. */
export const arrayOr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The plain objects in the list `value` (nothing when it is not a list). */
export const objectsIn = (value: unknown): JsonObject[] => arrayOr(value).filter(isPlainObject);

/** `value` if it is a string, else undefined. */
export const stringOr = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
