import type { Page } from '@playwright/test';
import { test, expect, localePrefix } from './fixtures';
import { readCatalog } from '../src/i18n/catalog';

const catalog = (locale: string) => readCatalog('openapi/i18n', locale);

/** Types in the navbar search box, picks the result titled `pageTitle` and returns once its page is open. */
async function searchAndOpen(page: Page, locale: string, query: string, pageTitle: string) {
  await page.goto(`${localePrefix(locale)}/docs/getting-started`);
  const input = page.locator('input.navbar__search-input');
  await input.click();
  await input.pressSequentially(query, { delay: 20 });
  await page.getByRole('listbox').getByRole('option').filter({ hasText: pageTitle }).first().click();
}

test.describe('search, offline, in every locale', () => {
  const title = 'Register a website';
  for (const [how, query] of [
    ['path', '/workspace/{workspaceId}/website/add'],
    ['summary', title],
    ['operationId', 'website-add'],
  ]) {
    test(`en: an operation is found by its ${how}`, async ({ page }) => {
      await searchAndOpen(page, 'en', query, title);
      await expect(page).toHaveURL(/\/docs\/api\/website-add(#.*)?$/);
    });
  }

  for (const locale of ['fr', 'ja', 'zh-Hans']) {
    test(`${locale}: an operation is found by its summary in the reader's language`, async ({ page }) => {
      const summary = catalog(locale).operations['monitor-all'].summary!;
      await searchAndOpen(page, locale, summary, summary);
      await expect(page).toHaveURL(new RegExp(`${localePrefix(locale)}/docs/api/monitor-all(#.*)?$`));
    });
  }
});
