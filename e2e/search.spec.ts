import type { Page } from '@playwright/test';
import { test, expect, localePrefix } from './fixtures';
import fs from 'node:fs';
import { readCatalog } from '../src/i18n/catalog';
import { listRecipes } from '../src/recipes/recipes';

const catalog = (locale: string) => readCatalog('openapi/i18n', locale);
const input = (page: Page) => page.getByRole('combobox');
const options = (page: Page) => page.getByRole('listbox').getByRole('option');

/** Types `query` in the navbar search of a page of `locale` and waits for the search to have answered. */
async function search(page: Page, locale: string, query: string) {
  await page.goto(`${localePrefix(locale)}/docs/getting-started`);
  await input(page).click();
  await input(page).pressSequentially(query, { delay: 10 });
  await expect(page.locator('[data-search-status="done"]')).toBeVisible();
}

/** Types in the navbar search box, picks the result titled `pageTitle` and returns once its page is open. */
async function searchAndOpen(page: Page, locale: string, query: string, pageTitle: string) {
  await search(page, locale, query);
  await options(page).filter({ hasText: pageTitle }).first().click();
}

test.describe('search, offline, in every locale', () => {
  const title = 'Register a website';
  for (const [how, query] of [
    ['path', '/workspace/{workspaceId}/website/add'],
    ['path with the server prefix', '/open/workspace/{workspaceId}/website/add'],
    ['summary', title],
    ['operationId', 'website-add'],
  ]) {
    test(`en: an operation is found by its ${how}, first, with its method and path`, async ({ page }) => {
      await search(page, 'en', query);
      await expect(options(page).first()).toContainText(title);
      await expect(options(page).first()).toContainText('POST');
      await expect(options(page).first()).toContainText('/workspace/{workspaceId}/website/add');
      await options(page).first().click();
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

  for (const word of ['サイト', 'モニター', 'ワークスペース']) {
    test(`ja: the katakana word ${word} finds the pages whose titles hold it`, async ({ page }) => {
      await search(page, 'ja', word);
      await expect(options(page)).not.toHaveCount(0);
      for (const option of (await options(page).all()).slice(0, 3)) await expect(option).toContainText(word);
    });
  }

  // A recipe page is found by its title, in English and in the reader's language (its catalog's title).
  const recipe = listRecipes('.').find((r) => r.file === 'website-traffic.arazzo.yaml')!;
  for (const locale of ['en', 'ja']) {
    test(`${locale}: a recipe is found by its title`, async ({ page }) => {
      const title =
        locale === 'en'
          ? recipe.document.info.title
          : (JSON.parse(fs.readFileSync(`i18n/${locale}/recipes/website-traffic.json`, 'utf8')) as { title: string })
              .title;
      await searchAndOpen(page, locale, title, title);
      await expect(page).toHaveURL(new RegExp(`${localePrefix(locale)}/docs/recipes/website-traffic(#.*)?$`));
    });
  }

  test('"global config" lists the operation page first, not the guide\'s code', async ({ page }) => {
    await search(page, 'en', 'global config');
    await expect(options(page).first()).toHaveAttribute('data-url', /\/docs\/api\/global-config(#.*)?$/);
  });

  test('no result repeats its page title as its section', async ({ page }) => {
    await search(page, 'fr', 'Sites web');
    await expect(options(page)).not.toHaveCount(0);
    for (const option of await options(page).all()) {
      const text = (await option.locator('span').first().innerText()).split(' › ');
      expect(new Set(text).size, text.join(' › ')).toBe(text.length);
    }
  });
});

test.describe('search box, by keyboard', () => {
  test('Ctrl+K focuses the search box from anywhere on the page', async ({ page }) => {
    await page.goto('/docs/getting-started');
    await page.locator('main').click();
    await page.keyboard.press('Control+k');
    await expect(input(page)).toBeFocused();
  });

  test('arrows move through the results, Enter opens the chosen one, Escape closes the list', async ({ page }) => {
    await search(page, 'en', 'monitor');
    await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'false');
    await expect(input(page)).toHaveAttribute(
      'aria-activedescendant',
      (await options(page).nth(1).getAttribute('id'))!,
    );
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp'); // wraps to the last result
    await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await page.keyboard.press('ArrowDown'); // opens the list again
    const chosen = page.getByRole('option', { selected: true });
    const href = (await chosen.getAttribute('data-url'))!;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL((url) => url.pathname + url.hash === href);
  });

  test('fr: the box and the list speak French', async ({ page }) => {
    await search(page, 'fr', 'zzqxj');
    await expect(input(page)).toHaveAttribute('placeholder', 'Rechercher');
    await expect(page.locator('.navbar').getByRole('status')).toHaveText('Aucun résultat');
    await expect(page.getByText('↑ ↓ pour choisir')).toBeVisible();
  });

  test('at 390 px the list fits the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await search(page, 'en', 'website');
    const box = (await page.getByRole('listbox').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await expect(options(page).first()).toBeInViewport();
  });
});
