/**
 * A key goes only where the reader entered it: two local servers stand in for the reader's instance (A) and
 * another host (B). A link prepared for B never moves the target or the key; changing the instance URL by hand
 * leaves the key behind unless the reader brings it; a request that deletes asks first on an instance, never on
 * the mock.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { startTestServer, type TestServer } from './test-server';
import { shareUrl } from '../src/playground/share';

const SETTINGS = 'tianji-playground:settings';
const KEY = 'sk_reader_instance_a';
const playground = (page: Page) => page.getByTestId('playground');

let a: TestServer;
let b: TestServer;
test.beforeEach(async () => {
  [a, b] = await Promise.all([startTestServer('cors'), startTestServer('cors')]);
});
test.afterEach(async () => {
  await Promise.all([a.close(), b.close()]);
});

async function useInstance(page: Page, url: string) {
  await playground(page).getByText('Instance', { exact: true }).click();
  await playground(page).getByLabel('Instance URL').fill(url);
}

const savedSettings = (page: Page) => page.evaluate((slot) => localStorage.getItem(slot), SETTINGS);
const authorizations = (server: TestServer) => server.received.map((r) => r.headers.authorization);

/** A link to website-all prepared for B, as someone could send it to the reader. */
function linkForB(page: Page): string {
  const url = shareUrl(new URL('/docs/api/website-all', page.url()).toString(), {
    operation: 'website-all',
    target: 'instance',
    instanceUrl: b.url,
    values: { path: { workspaceId: 'fromthelink' }, query: {}, header: {}, body: '' },
  });
  return url.replace(/^https?:\/\/[^/]+/, '');
}

for (const remembered of [true, false]) {
  test(`a link prepared for another host neither moves the target nor carries the key (key ${remembered ? 'remembered' : 'in memory'})`, async ({
    page,
  }) => {
    await page.goto('/docs/api/website-all');
    await useInstance(page, a.url);
    await page.getByTestId('api-key').fill(KEY);
    if (remembered) await playground(page).getByLabel('Remember on this device').check();
    await expect(page.getByTestId('key-scope')).toContainText(a.url);

    const link = linkForB(page);
    if (remembered) {
      await page.goto(link);
    } else {
      // A key kept in memory lives as long as the page: the link is followed inside it (client-side navigation).
      await page.evaluate((to) => {
        window.history.pushState({}, '', to);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, link);
    }
    const notice = page.getByTestId('link-target');
    await expect(notice).toContainText(`This link was prepared for requests to ${b.url}`);
    await expect(notice).toContainText(`Your requests still go to ${a.url}`);
    await expect(notice.getByTestId('accept-link-target')).toHaveText(`Send to ${b.url} instead`);
    // The values came in; the target and the saved settings did not move.
    await expect(playground(page).getByLabel('workspaceId')).toHaveValue('fromthelink');
    await expect(playground(page).getByLabel('Instance URL')).toHaveValue(a.url);
    expect(JSON.parse((await savedSettings(page))!)).toMatchObject({ target: 'instance', instanceUrl: a.url });

    await playground(page).getByTestId('send').click();
    await expect(page.getByTestId('response-status')).toHaveText(/^200/);
    expect(b.received).toHaveLength(0);
    expect(authorizations(a)).toEqual([`Bearer ${KEY}`]);

    // The reader's own choice moves the target, and only the target: B gets no key.
    await notice.getByTestId('accept-link-target').click();
    await expect(notice).toBeHidden();
    await expect(playground(page).getByLabel('Instance URL')).toHaveValue(b.url);
    await expect(page.getByTestId('api-key')).toHaveValue('');
    await expect(page.getByTestId('key-elsewhere')).toContainText(`You entered a key for ${a.url}`);
    await playground(page).getByTestId('send').click();
    await expect(page.getByTestId('blocked')).toContainText(`No API key is set for ${b.url}`);
    await playground(page).getByTestId('send-anyway').click();
    await expect(page.getByTestId('response-status')).toHaveText(/^200/);
    expect(authorizations(b)).toEqual([undefined]);
    expect(JSON.stringify(b.received)).not.toContain(KEY);
  });
}

test('a link that says French still names the origin in French', async ({ page }) => {
  await page.goto('/fr/docs/api/website-all');
  await page.goto(linkForB(page).replace('/docs/', '/fr/docs/'));
  await expect(page.getByTestId('link-target')).toContainText(
    `Ce lien a été préparé pour envoyer les requêtes à ${b.url}`,
  );
  await expect(page.getByTestId('link-target')).toContainText('Vos requêtes sont toujours envoyées au mock.');
});

test('a link naming something that is not an instance URL is ignored, and says so', async ({ page }) => {
  await page.goto('/docs/api/website-all');
  const link = shareUrl(new URL('/docs/api/website-all', page.url()).toString(), {
    operation: 'website-all',
    target: 'instance',
    instanceUrl: 'javascript:alert(document.domain)',
    values: { path: {}, query: {}, header: {}, body: '' },
  });
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByTestId('link-target')).toContainText('not a valid URL; it was ignored');
  await expect(page.getByTestId('accept-link-target')).toHaveCount(0);
  await expect(page.getByTestId('link-target')).not.toContainText('javascript:');
});

test('changing the instance URL by hand leaves the key behind unless the reader brings it', async ({ page }) => {
  await page.goto('/docs/api/website-all');
  await useInstance(page, a.url);
  await page.getByTestId('api-key').fill(KEY);
  await playground(page).getByLabel('workspaceId').fill('w1');

  await playground(page).getByLabel('Instance URL').fill(b.url);
  await expect(page.getByTestId('api-key')).toHaveValue('');
  await expect(page.getByTestId('key-scope')).toContainText(b.url);
  await playground(page).getByTestId('send').click();
  await expect(page.getByTestId('blocked')).toContainText(`No API key is set for ${b.url}`);
  expect(b.received).toHaveLength(0);
  await playground(page).getByTestId('send-anyway').click();
  await expect(page.getByTestId('response-status')).toHaveText(/^200/);
  expect(authorizations(b)).toEqual([undefined]);

  // The reader brings it, naming the new origin: now it goes there.
  await expect(page.getByTestId('bring-key')).toHaveText(`Use it for ${b.url}`);
  await page.getByTestId('bring-key').click();
  await expect(page.getByTestId('api-key')).toHaveValue(KEY);
  await playground(page).getByTestId('send').click();
  await expect.poll(() => authorizations(b)).toEqual([undefined, `Bearer ${KEY}`]);
  // The site's reads of each instance's public document never carry a key either.
  expect([...a.probes, ...b.probes].map((r) => r.headers.authorization)).not.toContain(`Bearer ${KEY}`);
  expect([...a.probes, ...b.probes].length).toBeGreaterThan(0);

  // The mock never receives a real key.
  await playground(page).getByText('Mock', { exact: true }).click();
  await expect(page.getByTestId('api-key')).toHaveValue('');
  await expect(page.getByTestId('key-scope')).toContainText('never sent to the mock');
  expect(authorizations(a)).toEqual([]);
});

test.describe('requests that delete', () => {
  // Chromium reports a 4xx answer to fetch in the console (the mock may not find the example website).
  test.use({ expectedConsoleErrors: /Failed to load resource: the server responded with a status of 404/ });

  test('ask for a second, deliberate action on an instance, and not on the mock', async ({ page }) => {
    await page.goto('/docs/api/website-delete');
    await useInstance(page, a.url);
    await page.getByTestId('api-key').fill(KEY);
    await playground(page).getByLabel('workspaceId').fill('myworkspace');
    await playground(page).getByLabel('websiteId').fill('mywebsite');
    await playground(page).getByTestId('send').click();
    const blocked = page.getByTestId('blocked');
    await expect(blocked).toContainText(`This request deletes data on ${a.url}`);
    await expect(blocked).toContainText(`DELETE ${a.url}/open/workspace/myworkspace/website/mywebsite`);
    await expect(page.getByTestId('send-anyway')).toHaveCount(0);
    expect(a.received).toHaveLength(0);
    await page.getByTestId('confirm-send').click();
    await expect(page.getByTestId('response-status')).toHaveText(/^200/);
    expect(a.received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'DELETE /open/workspace/myworkspace/website/mywebsite',
    ]);

    // Sent again from the history: the same confirmation first.
    await page.getByTestId('history-button').click();
    const history = page.getByTestId('history');
    await history.getByTestId('history-entry').first().click();
    await history.getByTestId('history-resend').click();
    await expect(history.getByTestId('history-confirm')).toContainText(`This request deletes data on ${a.url}`);
    expect(a.received).toHaveLength(1);
    await history.getByTestId('history-resend').click();
    await expect.poll(() => a.received.length).toBe(2);
    expect(a.received[1].headers.authorization).toBe(`Bearer ${KEY}`);
    await page.keyboard.press('Escape');

    // On the mock, the same operation goes at once.
    await playground(page).getByText('Mock', { exact: true }).click();
    await playground(page).getByRole('button', { name: 'Use the demo key' }).click();
    await playground(page).getByTestId('send').click();
    await expect(page.getByTestId('response-status')).toHaveText(/^(200|404)/);
    await expect(page.getByTestId('confirm-send')).toHaveCount(0);
  });
});
