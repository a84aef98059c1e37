/**
 * A built page as the search index reads it (src/plugins/pagefind.ts); the file on disk is not changed. Read once
 * with htmlparser2's streaming parser, then a few insertions:
 *
 * - The schemas of error responses (4xx, 5xx, default) are left out: every operation repeats the same error
 *   object (`enum: BAD_REQUEST, UNAUTHORIZED …`), which made excerpts of boilerplate and opened results at
 *   `#responses`. Their status line stays indexed.
 * - Names in the parameters and the request body weigh more: `notifyFrequency` finds the operations that take it
 *   before those that return it.
 * - The pages' forms of the variants the page holds (src/search/normalize.ts) are added after its title, so a
 *   query rewritten to those forms finds it.
 *
 * It also returns the page's indexed text, for the locale's vocabulary (src/search/typo.ts).
 */
import { Parser } from 'htmlparser2';
import { EXCLUDE_SELECTORS } from '../search/index-config';
import type { Rewriter } from '../search/normalize';

/** `<details id="response.404">` and the like: an error response of an operation page. */
const ERROR_RESPONSE = /^response\.([45]\d\d|[45]XX|default)$/i;
/** Sections whose names (`<code>`) are what an operation takes. */
const INPUT_SECTIONS = new Set(['parameters', 'request-body']);
/** Weight of a parameter or body field name (the title weighs 10, the path and the id 8). */
export const INPUT_NAME_WEIGHT = 4;
/** Elements Pagefind never reads. */
const UNREAD = new Set(['script', 'style', 'template', 'svg', 'nav', 'form', 'footer']);

/** Whether an element matches one of the index's excluded selectors (`.class` or `[attr="value"]` forms). */
export function isExcluded(attrs: Record<string, string>, selectors: readonly string[] = EXCLUDE_SELECTORS): boolean {
  const classes = (attrs.class ?? '').split(/\s+/);
  return selectors.some((sel) => {
    const attr = /^\[([\w-]+)(?:="([^"]*)")?\]$/.exec(sel);
    if (attr) return attr[1] in attrs && (attr[2] === undefined || attrs[attr[1]] === attr[2]);
    return sel.startsWith('.') && classes.includes(sel.slice(1));
  });
}

export interface PreparedPage {
  html: string;
  /** The text the index reads (code blocks, chrome and ignored parts left out), for the vocabulary. */
  text: string;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function prepareForIndex(html: string, rewrite: Rewriter): PreparedPage {
  const inserts: Array<[number, string]> = [];
  const text: string[] = [];
  let depth = 0;
  let inMain = false;
  let errorDepth = -1;
  let skipDepth = -1;
  let section = '';
  let afterTitle = -1;
  let mainEnd = -1;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        depth += 1;
        const at = parser.startIndex + 1 + name.length;
        if (name === 'main') inMain = true;
        if (/^h2$/.test(name) && attrs.id) section = attrs.id;
        if (errorDepth >= 0 && depth === errorDepth + 1 && name !== 'summary' && !('data-pagefind-ignore' in attrs)) {
          inserts.push([at, ' data-pagefind-ignore']);
          if (skipDepth < 0) skipDepth = depth;
        }
        if (name === 'details' && ERROR_RESPONSE.test(attrs.id ?? '')) errorDepth = depth;
        if (name === 'code' && INPUT_SECTIONS.has(section) && !('data-pagefind-weight' in attrs))
          inserts.push([at, ` data-pagefind-weight="${INPUT_NAME_WEIGHT}"`]);
        if (skipDepth < 0 && (UNREAD.has(name) || 'data-pagefind-ignore' in attrs || isExcluded(attrs)))
          skipDepth = depth;
      },
      ontext(data) {
        if (inMain && skipDepth < 0) text.push(data);
      },
      onclosetag(name) {
        if (name === 'h1' && afterTitle < 0 && inMain) afterTitle = parser.endIndex + 1;
        if (name === 'main') {
          inMain = false;
          mainEnd = parser.startIndex;
        }
        if (depth === errorDepth) errorDepth = -1;
        if (depth === skipDepth) skipDepth = -1;
        if (name === 'section') section = '';
        depth -= 1;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();

  const pageText = text.join(' ');
  const additions = rewrite.additions(pageText);
  const at = afterTitle >= 0 ? afterTitle : mainEnd;
  if (additions.length > 0 && at >= 0) inserts.push([at, `<p>${escapeHtml(additions.join(' '))}</p>`]);

  return { html: insertAll(html, inserts), text: pageText };
}

/**
 * The page with each `[position, text]` inserted, in one pass. Splicing them one by one copied the whole page per
 * insertion (an operation page has hundreds: every field name of its body weighs more), most of the index's
 * preparation time.
 */
export function insertAll(html: string, inserts: ReadonlyArray<readonly [number, string]>): string {
  const parts: string[] = [];
  let from = 0;
  // Stable: two insertions at one position keep the order they were found in.
  for (const [pos, add] of [...inserts].sort((a, b) => a[0] - b[0])) {
    parts.push(html.slice(from, pos), add);
    from = pos;
  }
  parts.push(html.slice(from));
  return parts.join('');
}
