/** JSON values as the OpenAPI model reads them: a document, a schema, a parsed body. */
export type JsonObject = Record<string, unknown>;

/** True for `{…}` objects: not null, not an array. */
export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
