import fs from 'node:fs';
import path from 'node:path';
import { test, expect, LOCALES, localePrefix } from './fixtures';

// The user's French page, which the generated French guide must carry (shared/ is beside every checkout).
const SEED = path.resolve(__dirname, '../../shared/reference/authentication.fr.md');
const frCode = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../i18n/fr/code.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
const frSpec = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../openapi/i18n/fr.json'), 'utf8'));

const headingTexts = (page: import('@playwright/test').Page) =>
  page
    .locator('article .markdown :is(h1, h2, h3, h4)')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\u200b/g, '').trim()));

test.describe('the French authentication page', () => {
  test("carries every heading of the user's page, in order", async ({ page }) => {
    const seedHeadings = fs
      .readFileSync(SEED, 'utf8')
      .replace(/```[\s\S]*?```/g, '') // comments in code blocks are not headings
      .split('\n')
      .filter((line) => /^#{1,4} /.test(line))
      .map((line) => line.replace(/^#+ /, '').trim());
    expect(seedHeadings.length).toBeGreaterThan(15);
    await page.goto('/fr/docs/authentication');
    const headings = await headingTexts(page);
    // Every seed heading, in the seed's order.
    let from = 0;
    for (const heading of seedHeadings) {
      const at = headings.indexOf(heading, from);
      expect(at, `"${heading}" after position ${from} in ${JSON.stringify(headings)}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });

  test('has the examples in four languages and the French error bodies', async ({ page }) => {
    await page.goto('/fr/docs/authentication');
    const article = page.locator('article');
    await expect(article.locator('pre.language-bash').first()).toContainText(
      "curl -X GET 'https://your-tianji-domain.com/open/global/config'",
    );
    const js = article.locator('pre.language-javascript');
    await expect(js).toHaveCount(2);
    await expect(js.nth(0)).toContainText('await fetch(');
    await expect(js.nth(1)).toContainText("import axios from 'axios';");
    await expect(article.locator('pre.language-python')).toContainText('import requests');
    await expect(article.locator('pre.language-php')).toContainText('<?php');
    await expect(article.locator('pre.language-json').nth(0)).toContainText('"message": "Autorisation non fournie"');
    await expect(article.locator('pre.language-json').nth(1)).toContainText('"message": "Accès insuffisant"');
    await expect(article.locator('.theme-admonition-warning')).toContainText('Note');
  });
});

test('a French operation page has French headings and summary', async ({ page }) => {
  await page.goto('/fr/docs/api/website-add');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('article h1')).toHaveText(frSpec.operations['website-add'].summary);
  await expect(page.locator('#parameters')).toHaveText(frCode['api.params.title'].message);
  await expect(page.locator('#request-body')).toHaveText(frCode['api.body.title'].message);
  await expect(page.locator('#responses')).toHaveText(frCode['api.responses.title'].message);
  await expect(page.getByTestId('not-translated')).toHaveCount(0);
  await expect(page.getByTestId('playground').locator('button[type=submit]')).toHaveText(
    frCode['playground.send'].message,
  );
});

for (const locale of LOCALES.filter((l) => l !== 'en')) {
  test(`switching language on the authentication guide lands on the same page in ${locale}`, async ({ page }) => {
    await page.goto('/docs/authentication');
    await page.locator('.navbar__items--right .dropdown').hover();
    await page.locator(`.dropdown__menu a[lang="${locale}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${localePrefix(locale)}/docs/authentication$`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('article h1')).not.toHaveText('Authentication');
  });
}

test('every page lists its other languages as hreflang alternates', async ({ page }) => {
  await page.goto('/ja/docs/api/website-add');
  for (const locale of LOCALES) {
    await expect(page.locator(`head link[rel=alternate][hreflang="${locale}"]`)).toHaveAttribute(
      'href',
      new RegExp(`${localePrefix(locale)}/docs/api/website-add$`),
    );
  }
});

test('the playground target and instance URL survive a language switch', async ({ page }) => {
  await page.goto('/docs/api/global-config');
  const playground = page.getByTestId('playground');
  await playground.getByText('Instance', { exact: true }).click();
  await playground.getByLabel('Instance URL').fill('https://tianji.example.com');
  await page.locator('.navbar__items--right .dropdown').hover();
  await page.locator('.dropdown__menu a[lang="de"]').click();
  await expect(page).toHaveURL(/\/de\/docs\/api\/global-config$/);
  await expect(page.getByTestId('base-url-help')).toContainText('https://tianji.example.com/open');
  await expect(page.getByTestId('playground').locator('input[type=url]')).toHaveValue('https://tianji.example.com');
});
