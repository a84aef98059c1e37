/**
 * Pagefind ranks by word weights, so a page that says a summary's words often can outrank the page whose title
 * is that summary (zh-Hans: 列出遥测源 → the other telemetry pages). A query that is an operation's summary, path
 * or operationId puts that operation first; the others keep Pagefind's order.
 */
import type { PagefindResultData } from './results';

/** The page facts a query may equal exactly (set by src/components/ApiOperation's `data-pagefind-meta`). */
export const EXACT_META = ['title', 'path', 'operationId'] as const;

/** Case, width, spacing and Pagefind's zero-width word breaks do not count. */
export function normalized(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\u200b/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** `results` with those whose title, path or operationId equals `terms` first, in their order; a stable reorder. */
export function exactFirst(results: PagefindResultData[], terms: string): PagefindResultData[] {
  const wanted = normalized(terms);
  if (!wanted) return results;
  const exact = (r: PagefindResultData) => EXACT_META.some((key) => normalized(r.meta[key] ?? '') === wanted);
  return [...results.filter(exact), ...results.filter((r) => !exact(r))];
}
