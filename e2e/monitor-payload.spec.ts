/**
 * monitor-upsert in French and Japanese: the body is one tab per monitor type, each with its payload fields
 * described in the page's language; the playground starts with an HTTP monitor the mock accepts, and a body
 * switched to another type is sent and answered as documented. monitor-getStatus in Japanese: the answer is one tab
 * per status name the server writes, its payload fields described, and the mock's answer matches it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import YAML from 'yaml';
import { test, expect } from './fixtures';
import { localizeText, readCatalog } from '../src/i18n/catalog';

const root = path.join(__dirname, '..');
const spec = YAML.parse(fs.readFileSync(path.join(root, 'openapi', 'tianji.yaml'), 'utf8'));
const schemas: Record<string, any> = spec.components.schemas;

/** The monitor types in the body's union, in order, each with its own schema name (from the discriminator). */
const TYPES = Object.entries(schemas.MonitorInput.discriminator.mapping as Record<string, string>).map(
  ([type, ref]) => ({
    type,
    input: ref.split('/').pop()!,
    payload: (schemas[ref.split('/').pop()!].properties.payload.$ref as string).split('/').pop()!,
  }),
);

const playground = (page: Page) => page.getByTestId('playground');
const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);
/** A field's whole entry: its head (which holds the id) and its description beside it. */
const fieldRow = (page: Page, id: string) =>
  page.locator(`li:has(> [id="${id}"]), li:has(> details > [id="${id}"])`).first();

/** The start of a translated text as a page shows it: up to its first inline code or line break. */
function shownStart(text: string): string {
  return text.split(/[`\n]/)[0].trim().slice(0, 24);
}

/** The tabs of the first union on the page told apart by `property`, checked to be one per value, in order. */
async function unionTabs(page: Page, property: string, values: string[]): Promise<Locator> {
  const label = (value: string) => `${property}: "${value}"`;
  const tabs = page
    .locator('[role=tablist]', { has: page.getByRole('tab', { name: label(values[0]), exact: true }) })
    .first()
    .getByRole('tab');
  await expect(tabs).toHaveText(values.map(label));
  return tabs;
}

async function openTab(tabs: Locator, i: number) {
  await tabs.nth(i).click();
  await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
}

async function sendAndExpectMatch(page: Page) {
  await playground(page).getByTestId('send').click();
  await expect(page.getByTestId('response-status')).toHaveText(/^200/);
  await expect(page.getByTestId('response-check')).toHaveAttribute('data-result', 'matches');
}

for (const locale of ['fr', 'ja']) {
  const catalog = readCatalog(path.join(root, 'openapi', 'i18n'), locale);
  /** A field's description in the page's language, found as the site finds it (by its English text). */
  const translated = (schema: string, field: string): string | undefined => {
    const english: string | undefined = schemas[schema].properties[field].description;
    const text = english && localizeText(english, catalog);
    return text === english ? undefined : text;
  };

  test(`${locale}: each monitor type is a tab of the body, with its payload fields described`, async ({ page }) => {
    await page.goto(`/${locale}/docs/api/monitor-upsert`);
    // The request body's union is the first on the page (the answers follow it).
    const tabs = await unionTabs(
      page,
      'type',
      TYPES.map(({ type }) => type),
    );
    for (const [i, { type, payload }] of TYPES.entries()) {
      await openTab(tabs, i);
      const variant = byId(page, `body:${type}`);
      await expect(variant).toBeVisible();
      await expect(byId(page, `body:${type}.payload`)).toBeVisible();
      await expect(fieldRow(page, `body:${type}.name`)).toContainText(
        shownStart(translated('HttpMonitorInput', 'name')!),
      );
      // Every payload field is listed, with its description in the page's language.
      for (const field of Object.keys(schemas[payload].properties)) {
        const text = translated(payload, field);
        const row = fieldRow(page, `body:${type}.payload.${field}`);
        await expect(row, `${type}.payload.${field}`).toBeAttached();
        if (text) await expect(row).toContainText(shownStart(text));
      }
      // The tab's example is this type's.
      await expect(variant.locator('pre').last()).toContainText(`"type": "${type}"`);
    }
  });

  test(`${locale}: the prefilled HTTP monitor and a body switched to another type are both accepted`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/docs/api/monitor-upsert`);
    await expect(playground(page).getByTestId('send')).toBeEnabled();
    await page.getByTestId('api-key').fill(await page.getByTestId('demo-key').innerText());

    const editor = page.getByTestId('body-editor');
    const prefilled = JSON.parse(await editor.inputValue());
    expect(prefilled.type).toBe('http');
    expect(prefilled.payload.url).toMatch(/^https:\/\//);
    await sendAndExpectMatch(page);
    await expect(page.getByTestId('response')).toContainText(prefilled.payload.url);

    // The same body as a ping monitor, without the host a ping needs: flagged before it is sent.
    await editor.fill(JSON.stringify({ ...prefilled, type: 'ping' }, null, 2));
    await expect(page.getByTestId('body-issues')).not.toBeEmpty();

    // Each other type's own example: accepted, and answered back as documented.
    for (const { type, input } of TYPES.filter((t) => t.type !== 'http')) {
      const example = schemas[input].example;
      await editor.fill(JSON.stringify(example, null, 2));
      await expect(page.getByTestId('body-issues')).toBeEmpty();
      await sendAndExpectMatch(page);
      const answer = page.getByTestId('response');
      await expect(answer).toContainText(`"${type}"`);
      await expect(answer).toContainText(example.name);
    }
  });
}

/** The status names of monitor-getStatus's answer, in order, each with its payload's schema name. */
const STATUS_NAMES = Object.entries(schemas.MonitorStatus.discriminator.mapping as Record<string, string>).map(
  ([name, ref]) => ({
    name,
    payload: (schemas[ref.split('/').pop()!].properties.payload.$ref as string).split('/').pop()!,
  }),
);

test('ja: each status name is a tab of the answer, with its payload fields described; the mock answers as documented', async ({
  page,
}) => {
  const catalog = readCatalog(path.join(root, 'openapi', 'i18n'), 'ja');
  await page.goto('/ja/docs/api/monitor-get-status');
  const tabs = await unionTabs(
    page,
    'statusName',
    STATUS_NAMES.map(({ name }) => name),
  );
  for (const [i, { name, payload }] of STATUS_NAMES.entries()) {
    await openTab(tabs, i);
    const variant = `response.200:${name.toLowerCase()}`;
    await expect(byId(page, `${variant}.payload`)).toBeVisible();
    for (const [field, schema] of Object.entries(schemas[payload].properties as Record<string, any>)) {
      const text = localizeText(schema.description, catalog);
      expect(text, `${name}.payload.${field} is translated`).not.toBe(schema.description);
      await expect(fieldRow(page, `${variant}.payload.${field}`)).toContainText(shownStart(text));
    }
  }

  await page.getByTestId('api-key').fill(await page.getByTestId('demo-key').innerText());
  await sendAndExpectMatch(page);
  await expect(page.getByTestId('response')).toContainText('"statusName": "tls"');
});
