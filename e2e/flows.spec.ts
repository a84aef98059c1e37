/**
 * Flows across operations, in English and in French: a value set once (workspaceId) fills every other operation for
 * the tab's session (and the next one only when remembered); an id from a response becomes one in a click; the
 * history lists the tab's requests, sends one again and loads one into its page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, localePrefix } from './fixtures';
import { shareUrl } from '../src/playground/share';

const FLOW_LOCALES = ['en', 'fr'] as const;
const SAMPLE_WORKSPACE = 'clnzoxcy10001vy2ohi4obbi0'; // the spec's example
const HISTORY_KEY = 'tianji-playground:history';

/** A UI string as the reader sees it in this locale (i18n/<locale>/code.json). */
function t(locale: string, id: string): string {
  const messages = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'i18n', locale, 'code.json'), 'utf8'));
  return messages[id].message;
}

const playground = (page: Page) => page.getByTestId('playground');
const field = (page: Page, name: string) => playground(page).getByLabel(name, { exact: false }).first();
/** The mark beside a parameter's field saying where its value came from. */
const source = (page: Page, name: string) =>
  playground(page)
    .locator('label', { has: page.locator(`code:text-is("${name}")`) })
    .getByTestId('field-source');

async function ready(page: Page) {
  await expect(playground(page).getByTestId('send')).toBeEnabled();
}

/** Client-side navigation by the sidebar, as a reader clicks (the page keeps the key in memory). */
async function viaSidebar(page: Page, locale: string, slug: string) {
  await page
    .locator(`.menu a[href="${localePrefix(locale)}/docs/api/${slug}"]`)
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/docs/api/${slug}$`));
  await expect(page.locator(`article[data-operation-id="${slug}"]`)).toBeVisible();
  await ready(page);
}

async function newSession(browser: Browser, storageState: Awaited<ReturnType<BrowserContext['storageState']>>) {
  // A new browser session: what the device keeps (cookies, localStorage), not what the old tab's session held.
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  await page.route(/^(?!https?:\/\/127\.0\.0\.1[:/]).*/, (route) => route.abort());
  return { context, page };
}

for (const locale of FLOW_LOCALES) {
  const p = localePrefix(locale);

  test(`${locale}: a workspaceId set once fills the other operations of the tab, until cleared`, async ({
    page,
    browser,
  }) => {
    const workspace = `e2eshared${locale}`;
    await page.goto(`${p}/docs/api/website-all`);
    await ready(page);
    await expect(source(page, 'workspaceId')).toHaveText(t(locale, 'playground.source.example'));
    await field(page, 'workspaceId').fill(workspace);
    await expect(source(page, 'workspaceId')).toHaveText(t(locale, 'playground.source.shared'));
    await expect(page.getByTestId('shared-value').filter({ hasText: 'workspaceId' })).toContainText(workspace);

    // Two operations reached by the sidebar, one by a fresh load of the same tab, and a reload.
    for (const slug of ['website-info', 'website-add']) {
      await viaSidebar(page, locale, slug);
      await expect(field(page, 'workspaceId')).toHaveValue(workspace);
      await expect(source(page, 'workspaceId')).toHaveText(t(locale, 'playground.source.shared'));
    }
    await page.goto(`${p}/docs/api/monitor-all`);
    await ready(page);
    await expect(field(page, 'workspaceId')).toHaveValue(workspace);
    await expect(source(page, 'workspaceId')).toHaveText(t(locale, 'playground.source.shared'));
    await page.reload();
    await ready(page);
    await expect(field(page, 'workspaceId')).toHaveValue(workspace);
    await expect(playground(page).getByTestId('snippet-curl')).toContainText(`/workspace/${workspace}/monitor/all`);

    // A share link's values win over the shared ones for that page load, and leave them as they were.
    const link = shareUrl(`http://127.0.0.1${p}/docs/api/website-all`, {
      operation: 'website-all',
      target: 'mock',
      values: { path: { workspaceId: 'e2elinkworkspace' }, query: {}, header: {}, body: '' },
    });
    await page.goto(link.replace('http://127.0.0.1', ''));
    await ready(page);
    await expect(field(page, 'workspaceId')).toHaveValue('e2elinkworkspace');
    await expect(source(page, 'workspaceId')).toHaveCount(0);
    await expect(page.getByTestId('shared-value').filter({ hasText: 'workspaceId' })).toContainText(workspace);
    await page.goto(`${p}/docs/api/website-all`);
    await ready(page);
    await expect(field(page, 'workspaceId')).toHaveValue(workspace);

    // A new session of the browser does not have it: it was not remembered.
    const forgotten = await newSession(browser, await page.context().storageState());
    await forgotten.page.goto(`${p}/docs/api/monitor-all`);
    await ready(forgotten.page);
    await expect(field(forgotten.page, 'workspaceId')).toHaveValue(SAMPLE_WORKSPACE);
    await expect(forgotten.page.getByTestId('shared-values')).toHaveCount(0);
    await forgotten.context.close();

    // Remembered, the next session starts with it.
    await playground(page).getByLabel(t(locale, 'playground.shared.remember')).check();
    const remembered = await newSession(browser, await page.context().storageState());
    await remembered.page.goto(`${p}/docs/api/website-all`);
    await ready(remembered.page);
    await expect(field(remembered.page, 'workspaceId')).toHaveValue(workspace);
    await expect(source(remembered.page, 'workspaceId')).toHaveText(t(locale, 'playground.source.shared'));
    await remembered.context.close();

    // Cleared, the field on this page and the other pages go back to the spec's example.
    await page.getByTestId('shared-value').filter({ hasText: 'workspaceId' }).getByTestId('shared-value-clear').click();
    await expect(field(page, 'workspaceId')).toHaveValue(SAMPLE_WORKSPACE);
    await expect(source(page, 'workspaceId')).toHaveText(t(locale, 'playground.source.example'));
    await expect(page.getByTestId('shared-values')).toHaveCount(1); // still remembered: the box stays to untick
    for (const slug of ['website-info', 'survey-all']) {
      await page.goto(`${p}/docs/api/${slug}`);
      await ready(page);
      await expect(field(page, 'workspaceId')).toHaveValue(SAMPLE_WORKSPACE);
      await expect(source(page, 'workspaceId')).toHaveText(t(locale, 'playground.source.example'));
    }
  });

  test(`${locale}: an id from a response opens the next operation; the history lists, re-sends and loads`, async ({
    page,
  }) => {
    const workspace = `e2eflow${locale}`;
    await page.goto(`${p}/docs/api/website-add`);
    await ready(page);
    await playground(page)
      .getByRole('button', { name: t(locale, 'playground.mock.useDemoKey') })
      .click();
    const key = await page.getByTestId('api-key').inputValue();
    await field(page, 'workspaceId').fill(workspace);
    const body = JSON.stringify({ name: `Flow ${locale}`, domain: `flow-${locale}.example.com` });
    await page.getByTestId('body-editor').fill(body);
    await playground(page).getByTestId('send').click();
    await expect(page.getByTestId('response-status')).toHaveText(/^200/);
    const created = JSON.parse(await page.getByTestId('response').locator('pre code').innerText());

    // The spec's links offer the new website's id for website-info, -updateInfo and -delete.
    const offer = page.getByTestId('response-id').filter({ has: page.locator('code:text-is("websiteId")') });
    await expect(offer.getByTestId('response-id-value')).toHaveText(created.id);
    await expect(offer).toContainText('website-info');
    await offer.getByTestId('response-id-use').click();
    await expect(offer.getByTestId('response-id-in-use')).toBeVisible();
    await expect(page.getByTestId('shared-value').filter({ hasText: 'websiteId' })).toContainText(created.id);

    await viaSidebar(page, locale, 'website-info');
    await expect(field(page, 'websiteId')).toHaveValue(created.id);
    await expect(source(page, 'websiteId')).toContainText('website-add');
    await expect(source(page, 'workspaceId')).toHaveText(t(locale, 'playground.source.shared'));
    await playground(page).getByTestId('send').click();
    await expect(page.getByTestId('response-status')).toHaveText(/^200/);
    const info = JSON.parse(await page.getByTestId('response').locator('pre code').innerText());
    expect(info).toMatchObject({ id: created.id, name: `Flow ${locale}`, workspaceId: workspace });

    // The history: newest first, both requests, never the key.
    await expect(page.getByTestId('history-count')).toHaveText('2');
    await page.getByTestId('history-button').click();
    const history = page.getByTestId('history');
    await expect(history.getByRole('heading')).toHaveText(t(locale, 'history.title'));
    const entries = history.getByTestId('history-entry');
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0)).toHaveAttribute('data-operation', 'website-info');
    await expect(entries.nth(1)).toHaveAttribute('data-operation', 'website-add');
    await expect(entries.nth(0).getByTestId('history-status')).toHaveText(/^200/);
    await expect(entries.nth(1)).toContainText(`/workspace/${workspace}/website/add`);
    const stored = await page.evaluate(
      () => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }),
    );
    expect(stored).toContain(created.id);
    expect(stored).not.toContain(key);
    expect(stored).not.toMatch(/authorization/i);

    // Open website-info again and send it again: a third entry, answered 200 with the same website.
    await entries.nth(0).getByRole('button').first().click();
    await expect(history.getByTestId('history-response-body')).toContainText(created.id);
    await history.getByTestId('history-resend').click();
    await expect(entries).toHaveCount(3);
    await expect(entries.nth(0)).toHaveAttribute('data-operation', 'website-info');
    await expect(entries.nth(0).getByTestId('history-status')).toHaveText(/^200/);
    await expect(history.getByTestId('history-response-body')).toContainText(created.id);

    // Load website-add into its page: its body and workspace come back.
    await entries.nth(2).getByRole('button').first().click();
    await history.getByTestId('history-load').click();
    await expect(history).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${p}/docs/api/website-add\\?request=`));
    await expect(page.getByTestId('body-editor')).toHaveValue(body);
    await expect(field(page, 'workspaceId')).toHaveValue(workspace);

    // Forgetting the key forgets the history too.
    await playground(page)
      .getByRole('button', { name: t(locale, 'playground.key.forget') })
      .click();
    await expect(page.getByTestId('history-count')).toHaveText('0');
    expect(await page.evaluate((k) => sessionStorage.getItem(k), HISTORY_KEY)).toBeNull();
  });
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  const sideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

  for (const locale of FLOW_LOCALES) {
    test(`${locale}: shared values, response ids and the history fit without scrolling sideways`, async ({ page }) => {
      const p = localePrefix(locale);
      await page.goto(`${p}/docs/api/website-all`);
      await ready(page);
      await expect(page.getByTestId('history-button')).toBeInViewport();
      await playground(page)
        .getByRole('button', { name: t(locale, 'playground.mock.useDemoKey') })
        .click();
      await field(page, 'workspaceId').fill('e2ephoneworkspacewithaverylongidentifier0123456789');
      await playground(page).getByTestId('send').click();
      await expect(page.getByTestId('response-status')).toHaveText(/^200/);
      await expect(page.getByTestId('response-id').first()).toBeVisible();
      await expect(page.getByTestId('shared-values')).toBeVisible();
      expect(await sideways(page)).toBeLessThanOrEqual(0);

      await page.getByTestId('history-button').click();
      const history = page.getByTestId('history');
      await history.getByTestId('history-entry').first().getByRole('button').first().click();
      await expect(history.getByTestId('history-detail')).toBeVisible();
      const box = (await history.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await history.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
    });
  }
});
