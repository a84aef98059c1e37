import { test as base, expect } from '@playwright/test';

export const LOCALES = ['en', 'fr', 'de', 'es', 'id', 'ja', 'zh-Hans'] as const;

/** URL prefix of a locale in the built site (English is at the root). */
export function localePrefix(locale: string): string {
  return locale === 'en' ? '' : `/${locale}`;
}

/**
 * Every test fails on a page error or a console error: a docs site that logs errors is broken somewhere.
 * Requests that leave 127.0.0.1 are aborted and fail the test too (no traffic to any other address).
 */
export const test = base.extend<{ consoleErrors: string[]; expectedConsoleErrors: RegExp }>({
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
