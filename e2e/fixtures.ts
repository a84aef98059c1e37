import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { REACT_PROPS_KEY_PREFIX } from '../src/upstream-internals';

export const LOCALES = ['en', 'fr', 'de', 'es', 'id', 'ja', 'zh-Hans'] as const;

/** URL prefix of a locale in the built site (English is at the root). */
export function localePrefix(locale: string): string {
  return locale === 'en' ? '' : `/${locale}`;
}

/**
 * Whether React has attached the page: the navbar, and the playground's Send where the page has one. An enabled
 * Send cannot tell, since the early-send script (src/playground/early-send.ts) enables it before hydration, and a
 * click on a server-rendered control (a snippet tab, a radio) before then is lost.
 */
export function isHydrated(page: Page): Promise<boolean> {
  return page.evaluate((reactProps) => {
    const attached = (el: Element | null) => !!el && Object.keys(el).some((k) => k.startsWith(reactProps));
    const send = document.querySelector('[data-testid="send"]');
    return attached(document.querySelector('.navbar')) && (!send || attached(send));
  }, REACT_PROPS_KEY_PREFIX);
}

/** Waits until the page has hydrated (see isHydrated). */
export async function waitForHydration(page: Page): Promise<void> {
  await expect.poll(() => isHydrated(page), { message: 'the page hydrates' }).toBe(true);
}

/**
 * Every test fails on a page error or a console error: a docs site that logs errors is broken somewhere.
 * Requests that leave 127.0.0.1 are aborted and fail the test too (no traffic to any other address).
 */
export const test = base.extend<{ consoleErrors: string[]; expectedConsoleErrors: RegExp }>({
  /**
   * page.goto and page.reload return once the page has hydrated, so a test acts on the page a reader can use;
   * `waitUntil: 'commit'` keeps the raw behaviour for tests of the page before hydration.
   */
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    const settle = async <T>(response: T, waitUntil?: string) => {
      if (waitUntil !== 'commit') await waitForHydration(page);
      return response;
    };
    page.goto = async (url, options) => settle(await goto(url, options), options?.waitUntil);
    page.reload = async (options) => settle(await reload(options), options?.waitUntil);
    await use(page);
  },
  /** Console errors a test provokes on purpose (e.g. the browser's own CORS report). Matches nothing by default. */
  expectedConsoleErrors: [/(?!)/, { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !expectedConsoleErrors.test(msg.text())) errors.push(`console: ${msg.text()}`);
      });
      await page.route(/^(?!https?:\/\/127\.0\.0\.1[:/]).*/, (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        errors.push(`external request: ${url}`);
        return route.abort();
      });
      await use(errors);
      expect(errors, 'no page errors, console errors or external requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * How responsive the page is after heavy work: the page answers a script round trip (a blocked main thread
 * cannot), and a click on `target` reaches the next frame within `frameMs`. Both are measured where they
 * happen, so Playwright's own actionability waits on a loaded machine do not count against the page.
 */
export async function expectResponsive(page: Page, target: Locator, frameMs = 500): Promise<void> {
  const started = Date.now();
  await page.evaluate(() => 1 + 1);
  expect(Date.now() - started, 'a script round trip to the page').toBeLessThan(1000);
  const toFrame = await target.evaluate(
    (el: HTMLElement) =>
      new Promise<number>((resolve) => {
        const clicked = performance.now();
        el.click();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clicked), 0));
      }),
  );
  expect(toFrame, 'from the click to the next frame').toBeLessThan(frameMs);
}
