/**
 * Pagefind's result data → what the navbar's search list shows: the page's title (with the section the words are
 * in, never the title twice), an operation's method and path (from the page's `data-pagefind-meta`), and the
 * excerpt as text and marked runs, so nothing from the index is ever inserted as HTML.
 */

import { normalized } from './rank';

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

/** What the reader asked, for picking the section and the words worth marking. */
export interface ResultContext {
  /** The query as sent to the index. */
  terms?: string;
  /** Words left unmarked in excerpts (the locale's articles and particles: src/search/lexicon). */
  stopWords?: ReadonlySet<string>;
}

/**
 * An excerpt (`… <mark>word</mark> …`) as runs of text; any other tag is dropped, its text kept. A marked stop
 * word (「the」, 「les」, 「の」) is shown unmarked: it matched, but it is not what the reader looks for.
 */
export function excerptRuns(excerpt: string, stopWords: ReadonlySet<string> = new Set()): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) marked = true;
    else if (/^<\/mark>$/i.test(part)) marked = false;
    else {
      // Pagefind inserts zero-width spaces between the words it segmented (Chinese, Japanese): not for display.
      const text = decodeEntities(part.replace(/<[^>]*>/g, '')).replace(/\u200b/g, '');
      if (!text) continue;
      const run = { text, marked: marked && !stopWords.has(normalized(text)) };
      const last = runs[runs.length - 1];
      if (last && last.marked === run.marked) last.text += run.text;
      else runs.push(run);
    }
  }
  return runs;
}

/** The query's words worth finding in a heading: no stop words, no single Latin letters. */
function queryWords(context: ResultContext): string[] {
  return normalized(context.terms ?? '')
    .split(/[\s/{}]+/)
    .filter((w) => w && !context.stopWords?.has(w) && !/^[a-z0-9]$/.test(w));
}

/**
 * The section a result opens at: one whose heading holds a word of the query (the page itself when its title
 * does), else the one with the most matched words; on a tie, the first in page order, but a section before the
 * page's top whose title does not hold the query. So 「Remove a monitor」 opens the page, not its responses, and
 * `notifyFrequency` opens the request body that takes it.
 */
function bestSection(data: PagefindResultData, context: ResultContext): PagefindSubResult | undefined {
  const words = queryWords(context);
  const score = (sub: PagefindSubResult) => {
    const heading = normalized(sub.title);
    const inHeading = words.filter((w) => heading.includes(w)).length;
    const top = !sub.url.includes('#');
    if (sub.locations.length === 0) return 0;
    return inHeading * 1000 + sub.locations.length - (top && inHeading === 0 ? 0.5 : 0);
  };
  let best: PagefindSubResult | undefined;
  for (const sub of data.sub_results ?? []) if (!best || score(sub) > score(best)) best = sub;
  return best;
}

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function toResultView(data: PagefindResultData, context: ResultContext = {}): SearchResultView {
  const title = data.meta.title?.trim() || data.url;
  const sub = bestSection(data, context);
  const section = sub && !sameText(sub.title, title) ? sub.title.trim() : undefined;
  return {
    url: sub?.url ?? data.url,
    title,
    section,
    method: data.meta.method,
    path: data.meta.path,
    excerpt: excerptRuns(sub?.excerpt ?? data.excerpt, context.stopWords),
  };
}
