import type { CDPSession, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Japanese typed through an input method, simulated with Chromium's own IME entry points (CDP
 * `Input.imeSetComposition` opens and updates a composition as an IME does, `Input.insertText` confirms it):
 * Enter, the arrows and Escape do nothing to the box while a composition is open, and only confirmed text is searched.
 */

const input = (page: Page) => page.getByRole('combobox');
const options = (page: Page) => page.getByRole('listbox').getByRole('option');

/**
 * Serves the locale's pagefind.js through a thin module that records every query the box sends to the index
 * (window.__queries: the terms the index is asked, trimmed), and otherwise is the real one.
 */
async function recordQueries(page: Page) {
  await page.route(
    (url) => url.pathname.endsWith('/pagefind/pagefind.js') && url.search === '',
    (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `import * as real from './pagefind.js?real';
window.__queries = [];
export const options = (o) => real.options(o);
export const init = () => real.init();
export const search = (q, o) => real.search(q, o);
export const debouncedSearch = (q, o, ms) => { window.__queries.push(q); return real.debouncedSearch(q, o, ms); };`,
      }),
  );
}

const queries = (page: Page) => page.evaluate(() => (window as unknown as { __queries?: string[] }).__queries ?? []);

/** Composes `steps` one after the other (kana as typed, then the conversion), leaving the composition open. */
async function compose(page: Page, cdp: CDPSession, steps: string[]) {
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    // Longer than the search's debounce: a box that searched composing text would have done it by now.
    await page.waitForTimeout(250);
  }
}

/** A key pressed while the IME composes: the browser reports it with key code 229 (Process), as IMEs do. */
async function imeKey(cdp: CDPSession, key: string, code = key) {
  for (const type of ['rawKeyDown', 'keyUp'] as const)
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      key,
      code,
      windowsVirtualKeyCode: 229,
      nativeVirtualKeyCode: 229,
    });
}

/** The same key as a plain keydown (its own key code) while the composition is open: `isComposing` is true. */
async function plainKey(cdp: CDPSession, key: string, keyCode: number) {
  for (const type of ['rawKeyDown', 'keyUp'] as const)
    await cdp.send('Input.dispatchKeyEvent', { type, key, code: key, windowsVirtualKeyCode: keyCode });
}

test.describe('ja: search through an input method', () => {
  test('keys during a composition never navigate, close or move; the confirmed text is searched once', async ({
    page,
  }) => {
    await recordQueries(page);
    await page.goto('/ja/docs/getting-started');
    const start = page.url();
    const cdp = await page.context().newCDPSession(page);
    await input(page).click();

    // A first word, composed and confirmed: its results are listed, the first one active.
    await compose(page, cdp, ['も', 'もに', 'もにた', 'もにたー']);
    expect(await queries(page), 'nothing searched while composing').toEqual([]);
    await cdp.send('Input.insertText', { text: 'モニター' });
    await expect(page.locator('[data-search-status="done"]')).toBeVisible();
    await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
    expect(await queries(page)).toEqual(['モニター']);

    // A second word: while it is composed, Enter (to confirm a conversion) and the arrows (to pick a candidate)
    // are the IME's, whether the keydown comes as key code 229 or as the key itself with isComposing set.
    await page.keyboard.insertText(' ');
    await compose(page, cdp, ['さ', 'さく', 'さくじ', 'さくじょ', '削除']);
    for (const [key, keyCode] of [
      ['Enter', 13],
      ['ArrowDown', 40],
      ['ArrowUp', 38],
    ] as const) {
      await imeKey(cdp, key);
      await plainKey(cdp, key, keyCode);
    }
    await page.waitForTimeout(500);
    expect(page.url(), 'Enter during the composition did not open a result').toBe(start);
    await expect(options(page).first(), 'the arrows did not move the active result').toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(input(page)).toHaveValue('モニター 削除');
    expect(await queries(page), 'no search for the text being composed').toEqual(['モニター', 'モニター']);

    // Confirmed: searched once, with the confirmed text.
    await cdp.send('Input.insertText', { text: '削除' });
    await expect(input(page)).toHaveValue('モニター 削除');
    await expect.poll(() => queries(page)).toEqual(['モニター', 'モニター', 'モニター 削除']);
    await expect(page.locator('[data-search-status="done"]')).toBeVisible();
    await page.waitForTimeout(500);
    expect(await queries(page), 'searched once').toEqual(['モニター', 'モニター', 'モニター 削除']);

    // Escape while composing cancels the conversion, not the search: the query stays, the list stays open.
    await compose(page, cdp, ['あ']);
    await imeKey(cdp, 'Escape');
    await page.waitForTimeout(500);
    await expect(input(page)).toHaveValue(/^モニター 削除/);
    await expect(page.getByRole('listbox'), 'Escape during the composition did not close the list').toBeVisible();
    expect(await queries(page), 'nothing new searched').toEqual(['モニター', 'モニター', 'モニター 削除']);
    await cdp.send('Input.insertText', { text: '' });
    await expect(input(page)).toHaveValue('モニター 削除');

    // Now Enter is the reader's again: it opens the first result.
    const href = (await options(page).first().getAttribute('data-url'))!;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL((url) => url.pathname + url.hash === href);
  });
});

test.describe('ja: the spellings readers type', () => {
  test('「ウェブサイト」 typed through the IME finds the Webサイト pages, and opens the page, not its responses', async ({
    page,
  }) => {
    await recordQueries(page);
    await page.goto('/ja/docs/getting-started');
    const cdp = await page.context().newCDPSession(page);
    await input(page).click();
    await compose(page, cdp, ['うぇ', 'うぇぶ', 'うぇぶさいと', 'ウェブサイト']);
    await cdp.send('Input.insertText', { text: 'ウェブサイト' });
    await expect(page.locator('[data-search-status="done"]')).toBeVisible();
    // The index is asked for the pages' spelling (src/search/lexicon and the glossary).
    await expect.poll(() => queries(page)).toEqual(['Webサイト']);
    const links = options(page);
    await expect(links).toHaveCount(8);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-url') ?? ''));
    expect(
      hrefs.filter((h) => /\/ja\/docs\/api\/website(-|$)/.test(h)).length,
      hrefs.join('\n'),
    ).toBeGreaterThanOrEqual(6);
    expect(
      hrefs.filter((h) => h.endsWith('#responses')),
      'no result opens at the responses',
    ).toEqual([]);
    await expect(options(page).first()).toContainText('Webサイト');
  });
  test('a misspelt field name finds the operations that take it, and says what was searched', async ({ page }) => {
    await recordQueries(page);
    await page.goto('/ja/docs/getting-started');
    await input(page).fill('notifyFrequncy');
    await expect(page.locator('[data-search-status="done"]')).toBeVisible();
    await expect(page.getByTestId('search-corrected')).toHaveText('「notifyfrequency」の検索結果を表示しています');
    expect(await queries(page)).toEqual(['notifyfrequency']);
    const first = await options(page).first().getAttribute('data-url');
    expect(first).toMatch(/\/ja\/docs\/api\/feed-(create-channel|update-channel-info)#request-body$/);
  });
});
