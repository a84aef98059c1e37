import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, localePrefix } from './fixtures';

const catalog = (locale: string) => JSON.parse(fs.readFileSync(path.resolve(__dirname, `../openapi/i18n/${locale}.json`), 'utf8'));

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
  for (const [how, query] of [['path', '/workspace/{workspaceId}/website/add'], ['summary', title], ['operationId', 'website-add']]) {
    test(`en: an operation is found by its ${how}`, async ({ page }) => {
      await searchAndOpen(page, 'en', query, title);
      await expect(page).toHaveURL(/\/docs\/api\/website-add(#.*)?$/);
    });
  }

  for (const locale of ['fr', 'ja', 'zh-Hans']) {
    test(`${locale}: an operation is found by its summary in the reader's language`, async ({ page }) => {
      const summary: string = catalog(locale).operations['monitor-all'].summary;
      await searchAndOpen(page, locale, summary, summary);
      await expect(page).toHaveURL(new RegExp(`${localePrefix(locale)}/docs/api/monitor-all(#.*)?$`));
    });
  }
});

test.describe('accessibility', () => {
  test.use({ expectedConsoleErrors: /Failed to load resource: the server responded with a status of 401/ });

  for (const url of ['/docs/api/website-add', '/docs/api/global-config', '/fr/docs/api/website-add']) {
    test(`${url} has no serious or critical axe violations, playground included`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByTestId('send')).toBeEnabled();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      expect(serious).toEqual([]);
    });
  }

  test('a response shown in the playground keeps the page free of serious axe violations', async ({ page }) => {
    await page.goto('/docs/api/website-all');
    await page.getByTestId('playground').getByLabel('workspaceId').fill('w1');
    await page.getByTestId('send').click();
    await expect(page.getByTestId('response-status')).toHaveText(/^401/);
    const results = await new AxeBuilder({ page }).include('[data-testid=playground]').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  test('the playground works from the keyboard: Ctrl+Enter sends, results are announced politely', async ({ page }) => {
    await page.goto('/docs/api/global-config');
    await expect(page.getByTestId('send')).toBeEnabled();
    await page.getByTestId('playground').getByText('Mock', { exact: true }).click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('response-status')).toHaveText(/^200/);
    await expect(page.getByTestId('result')).toHaveAttribute('aria-live', 'polite');
    // Focus is visible on the controls.
    await page.getByTestId('timeout').focus();
    const outline = await page.getByTestId('timeout').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

test.describe('share a prepared request', () => {
  test('a copied link restores operation, target, parameters and body — never the key', async ({ page, context }) => {
    await page.goto('/docs/api/website-add');
    const playground = page.getByTestId('playground');
    await expect(page.getByTestId('send')).toBeEnabled();
    await page.getByTestId('api-key').fill('sk_never_in_links');
    await playground.getByLabel('workspaceId').fill('shared-ws');
    await page.getByTestId('body-editor').fill('{"name":"Shared","domain":"shared.example.com"}');
    await page.getByTestId('copy-link').click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toContain('/docs/api/website-add?request=');
    expect(link).not.toContain('sk_never_in_links');
    const encoded = new URL(link).searchParams.get('request')!;
    expect(Buffer.from(encoded, 'base64url').toString('utf8')).not.toContain('sk_never_in_links');

    const other = await context.newPage();
    await other.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(other.getByTestId('body-editor')).toHaveValue('{"name":"Shared","domain":"shared.example.com"}');
    await expect(other.getByTestId('playground').getByLabel('workspaceId')).toHaveValue('shared-ws');
    await expect(other.getByTestId('snippet-curl')).toContainText('/workspace/shared-ws/website/add');
    await expect(other.getByTestId('snippet-curl')).not.toContainText('sk_never_in_links');
  });
});

test.describe('machine-readable outputs', () => {
  test('the API index links the OpenAPI document, and llms.txt lists the pages per locale', async ({ page, request }) => {
    await page.goto('/docs/api');
    const href = await page.getByTestId('spec-download').getAttribute('href');
    const spec = await request.get(href!);
    expect(spec.ok()).toBe(true);
    expect(await spec.text()).toContain('openapi: 3.1.0');

    const en = await (await request.get('/llms.txt')).text();
    expect(en).toMatch(/^# Tianji API/);
    expect(en).toContain('/docs/api/website-add)');
    expect(en).toContain('/openapi.yaml)');
    const fr = await (await request.get('/fr/llms.txt')).text();
    expect(fr).toContain(`[${catalog('fr').operations['website-add'].summary}](`);
    expect(fr).toContain('/fr/docs/api/website-add)');
  });
});
