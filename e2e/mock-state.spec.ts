import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// The mock's state as a reader meets it across pages: a website created on one page is listed, counted, opened
// and deleted on others, and is not found afterwards.

// Chromium reports every 4xx answer to fetch in the console; the not-found answer is the point here.
test.use({ expectedConsoleErrors: /Failed to load resource: the server responded with a status of 404/ });

const WORKSPACE = 'e2emockstate';

function playground(page: Page) {
  return page.getByTestId('playground');
}

/** Opens the operation's page with the demo key and this workspace filled in. */
async function open(page: Page, slug: string, values: Record<string, string> = {}) {
  await page.goto(`/docs/api/${slug}`);
  await playground(page).getByRole('button', { name: 'Use the demo key' }).click();
  await expect(page.getByTestId('api-key')).toHaveValue(await page.getByTestId('demo-key').innerText());
  for (const [name, value] of Object.entries({ workspaceId: WORKSPACE, ...values })) {
    await playground(page).getByLabel(name, { exact: false }).first().fill(value);
  }
}

/** Sends, waits for this status and returns the JSON body. */
async function send(page: Page, status: number): Promise<any> {
  await playground(page).getByTestId('send').click();
  await expect(page.getByTestId('response-status')).toHaveText(new RegExp(`^${status}\\b`));
  return JSON.parse(await page.getByTestId('response').locator('pre code').innerText());
}

async function websiteCount(page: Page): Promise<number> {
  await open(page, 'workspace-get-service-count');
  return (await send(page, 200)).website;
}

test('a website created in the mock is listed, counted, opened, deleted, then not found', async ({ page }) => {
  const before = await websiteCount(page);

  await open(page, 'website-add');
  await page.getByTestId('body-editor').fill(JSON.stringify({ name: 'E2E state', domain: 'state.example.com' }));
  const created = await send(page, 200);
  expect(created).toMatchObject({ name: 'E2E state', domain: 'state.example.com', workspaceId: WORKSPACE });
  const id: string = created.id;

  await open(page, 'website-all');
  expect((await send(page, 200)).map((w: { id: string }) => w.id)).toContain(id);
  expect(await websiteCount(page)).toBe(before + 1);

  await open(page, 'website-info', { websiteId: id });
  expect(await send(page, 200)).toMatchObject({ id, name: 'E2E state' });

  await open(page, 'website-delete', { websiteId: id });
  expect((await send(page, 200)).id).toBe(id);

  await open(page, 'website-info', { websiteId: id });
  expect((await send(page, 404)).code).toBe('NOT_FOUND');
  await expect(page.getByTestId('error-summary')).toContainText('NOT_FOUND');

  await open(page, 'website-all');
  expect((await send(page, 200)).map((w: { id: string }) => w.id)).not.toContain(id);
  expect(await websiteCount(page)).toBe(before);
});

test('a website of another workspace is not found', async ({ page }) => {
  await open(page, 'website-add');
  await page.getByTestId('body-editor').fill(JSON.stringify({ name: 'Elsewhere', domain: 'elsewhere.example.com' }));
  const { id } = await send(page, 200);

  await open(page, 'website-info', { workspaceId: 'e2eotherworkspace', websiteId: id });
  expect((await send(page, 404)).code).toBe('NOT_FOUND');
});
