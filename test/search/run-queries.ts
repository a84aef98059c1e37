/**
 * Runs the committed query set (test/search/queries.json) through a site's navbar search in Chromium, the way a
 * reader does: type the query, wait for the list to settle, see which pages the first three results open. Works
 * with either engine's UI: the Pagefind search box links its results; the old lunr one (@easyops-cn/docusaurus-
 * search-local) opens them on click, so its results are clicked one by one. Shared by scripts/search-eval.ts and
 * e2e/search-recall.spec.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export interface SearchQuery {
  query: string;
  /** Paths under the locale's root (`/docs/api/website-add`); any one among the first three results passes. */
  expect: string[];
  kind: string;
}

export const TOP = 3;
const INPUT = 'input.navbar__search-input';
const OPTIONS = '[role="listbox"] [role="option"]';

export function readQuerySet(file = path.join(__dirname, 'queries.json')): Record<string, SearchQuery[]> {
  const { $comment: _, ...byLocale } = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  return byLocale as Record<string, SearchQuery[]>;
}

export const localeRoot = (locale: string) => (locale === 'en' ? '' : `/${locale}`);

/** A result's URL as a page path under the locale's root: no origin, base URL, locale, `.html`, hash. */
export function pageOf(url: string, prefix: string): string {
  const pathname = decodeURI(new URL(url, 'http://x').pathname)
    .replace(/\.html$/, '')
    .replace(/\/$/, '');
  return pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

/**
 * Bytes the page received (response bodies as sent, and headers), all requests and the search index's alone;
 * the page's dedicated workers (Pagefind searches in one) included.
 */
export function countBytes(page: Page): { take: () => { total: number; index: number } } {
  let total = 0;
  let index = 0;
  page.on('requestfinished', (request) => {
    void request.sizes().then(
      (s) => {
        const n = s.responseBodySize + s.responseHeadersSize;
        total += n;
        if (/\/pagefind\/|search-index[^/]*\.json/.test(request.url())) index += n;
      },
      () => undefined,
    );
  });
  return {
    take: () => {
      const out = { total, index };
      total = 0;
      index = 0;
      return out;
    },
  };
}

/** Waits until the list has stopped changing for `quietMs` (either UI), and returns its options' count. */
async function settled(page: Page, quietMs = 400, timeoutMs = 10_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  let last = '';
  let since = Date.now();
  for (;;) {
    const now = await page
      .locator('[role="listbox"]')
      .evaluateAll((lists) => lists.map((l) => (l as HTMLElement).innerText).join('|'));
    const busy = (await page.locator('[data-search-status="searching"]').count()) > 0;
    if (now !== last || busy) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs && now !== '') return page.locator(OPTIONS).count();
    if (Date.now() > until) return page.locator(OPTIONS).count();
    await page.waitForTimeout(50);
  }
}

async function typeQuery(page: Page, query: string): Promise<number> {
  const input = page.locator(INPUT).first();
  await input.click();
  await input.fill('');
  await input.fill(query);
  return settled(page);
}

/** The URL result `i` opens: its link, or (a UI without links) where clicking it goes. */
async function resultUrl(page: Page, query: string, i: number): Promise<string> {
  const option = page.locator(OPTIONS).nth(i);
  const href = await option
    .locator('a[href]')
    .first()
    .getAttribute('href', { timeout: 200 })
    .catch(() => null);
  if (href) return new URL(href, page.url()).href;
  const before = page.url();
  await option.click();
  await page.waitForURL((u) => u.href !== before, { timeout: 3000 }).catch(() => undefined);
  const url = page.url();
  await typeQuery(page, query); // the click closed the list: bring it back for the next result
  return url;
}

export interface QueryOutcome {
  locale: string;
  query: string;
  kind: string;
  /** 1-based rank of the first expected page among the first three results; null when it is not there. */
  rank: number | null;
  top: string[];
  /** Bytes received while the query ran (the first query of a locale loads the index's entry files too). */
  bytes: number;
  indexBytes: number;
  ms: number;
}

/** Runs one locale's queries on `page`, which must already show a page of that locale. */
export async function runLocale(
  page: Page,
  locale: string,
  queries: SearchQuery[],
  bytes: { take: () => { total: number; index: number } },
): Promise<QueryOutcome[]> {
  const prefix = new URL(page.url()).pathname.replace(/\/docs\/.*$/, '');
  const out: QueryOutcome[] = [];
  bytes.take();
  for (const q of queries) {
    const started = Date.now();
    const count = await typeQuery(page, q.query);
    const top: string[] = [];
    let rank: number | null = null;
    for (let i = 0; i < Math.min(TOP, count) && rank === null; i += 1) {
      top.push(pageOf(await resultUrl(page, q.query, i), prefix));
      if (q.expect.includes(top[i])) rank = i + 1;
    }
    const ms = Date.now() - started;
    const b = bytes.take();
    out.push({ locale, query: q.query, kind: q.kind, rank, top, bytes: b.total, indexBytes: b.index, ms });
  }
  return out;
}

/** Share of queries whose page was among the first three. */
export const recallOf = (outcomes: QueryOutcome[]) =>
  outcomes.length === 0 ? 0 : outcomes.filter((o) => o.rank !== null).length / outcomes.length;
