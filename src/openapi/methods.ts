/**
 * The HTTP methods an OpenAPI path item may hold operations under, in the order the spec lists them. TRACE is left
 * out: browsers refuse to send it (a forbidden method of fetch), so no playground, mock or snippet could try it.
 */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;

export type LowerHttpMethod = (typeof HTTP_METHODS)[number];
export type HttpMethod = Uppercase<LowerHttpMethod>;

/** The same methods as the request model writes them (`GET`, `POST`, …). */
export const UPPER_HTTP_METHODS = HTTP_METHODS.map((m) => m.toUpperCase() as HttpMethod);

export function isHttpMethod(name: string): name is LowerHttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(name);
}
