/**
 * Pagefind's result data → what the navbar's search list shows: the page's title (with the section the words are
 * in, never the title twice), an operation's method and path (from the page's `data-pagefind-meta`), and the
 * excerpt as text and marked runs, so nothing from the index is ever inserted as HTML.
 */

/** The part of Pagefind's `result.data()` used here (pagefind.js 1.x). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
}

export interface ExcerptRun {
  text: string;
  marked: boolean;
}

export interface SearchResultView {
  /** Where the result opens: the section where the words were found, or the page. */
  url: string;
  title: string;
  /** The heading of that section when it is not the page's own title. */
  section?: string;
  method?: string;
  path?: string;
  excerpt: ExcerptRun[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities Pagefind's excerpts hold (it escapes the page text it stored). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** An excerpt (`… <mark>word</mark> …`) as runs of text; any other tag is dropped, its text kept. */
export function excerptRuns(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) marked = true;
    else if (/^<\/mark>$/i.test(part)) marked = false;
    else {
      // Pagefind inserts zero-width spaces between the words it segmented (Chinese, Japanese): not for display.
      const text = decodeEntities(part.replace(/<[^>]*>/g, '')).replace(/\u200b/g, '');
      if (text) runs.push({ text, marked });
    }
  }
  return runs;
}

/** The sub-result (section) with the most matched words; the first on a tie (Pagefind lists them in page order). */
function bestSection(data: PagefindResultData): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  for (const sub of data.sub_results ?? []) if (!best || sub.locations.length > best.locations.length) best = sub;
  return best;
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function toResultView(data: PagefindResultData): SearchResultView {
  const title = data.meta.title?.trim() || data.url;
  const sub = bestSection(data);
  const section = sub && !sameText(sub.title, title) ? sub.title.trim() : undefined;
  return {
    url: sub?.url ?? data.url,
    title,
    section,
    method: data.meta.method,
    path: data.meta.path,
    excerpt: excerptRuns(sub?.excerpt ?? data.excerpt),
  };
}
