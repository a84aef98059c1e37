/**
 * What the reader typed → what the index is asked. Readers paste paths as their client sends them: with the
 * server's prefix (`/open/workspace/…`) or the whole URL, while the pages show the spec's paths
 * (`/workspace/…`): the origin and the prefix go, so the words left are the ones on the page.
 */
export function searchTerms(query: string, apiPrefix: string): string {
  let q = query.trim().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/\s]+(?=\/)/i, '');
  const prefix = apiPrefix.replace(/\/+$/, '');
  if (prefix && (q === prefix || q.startsWith(`${prefix}/`))) q = q.slice(prefix.length) || '/';
  return q;
}
