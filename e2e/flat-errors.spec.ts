import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { jsonAnswer, startTestServer, type TestServer } from './test-server';

// A local server that answers errors as a Tianji server does: flat `{"code","message","issues"}`. The playground,
// pointed at it, must say the 401 matches the documented response and read its code and message.

// Chromium reports every 4xx answer to fetch in the console: these tests provoke one on purpose.
test.use({ expectedConsoleErrors: /Failed to load resource: the server responded with a status of 4\d\d/ });

const TIANJI_401 = { code: 'UNAUTHORIZED', message: 'Authorization not provided', issues: [] };

const playground = (page: Page) => page.getByTestId('playground');

let server: TestServer | undefined;
test.afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Opens a secured operation, points it at the server's URL typed as the instance, and sends without a key. */
async function sendWithoutKey(page: Page, instanceUrl: string) {
  await page.goto('/docs/api/website-all');
  await expect(playground(page).getByTestId('send')).toBeEnabled();
  await playground(page).getByText('Instance', { exact: true }).click();
  await playground(page).getByLabel('Instance URL').fill(instanceUrl);
  const key = page.getByTestId('api-key');
  if ((await key.count()) > 0) await key.fill('');
  await playground(page).getByTestId('send').click();
  // A secured operation without a key may first be held back with a warning: send anyway, as a reader would.
  const sendAnyway = playground(page).getByTestId('send-anyway');
  const status = page.getByTestId('response-status');
  await expect(status.or(sendAnyway).first()).toBeVisible();
  if (await sendAnyway.isVisible()) await sendAnyway.click();
  await expect(status).toHaveText(/^401\b/);
}

test("a Tianji-like server's flat 401 matches the documented response", async ({ page }) => {
  server = await startTestServer(jsonAnswer(401, TIANJI_401));
  await sendWithoutKey(page, server.url);

  expect(server.received).toHaveLength(1);
  expect(server.received[0].url).toMatch(/\/website\/all$/);
  expect(server.received[0].headers.authorization).toBeUndefined();

  const check = page.getByTestId('response-check');
  await expect(check).toHaveAttribute('data-result', 'matches');
  await expect(check).toContainText('The answer matches the documented response (401).');
  await expect(page.getByTestId('error-summary')).toContainText('UNAUTHORIZED Authorization not provided');
});

test('the old nested shape {"error": {…}} is no longer what the docs describe', async ({ page }) => {
  server = await startTestServer(
    jsonAnswer(401, { error: { code: 'UNAUTHORIZED', message: 'Authorization not provided' } }),
  );
  await sendWithoutKey(page, server.url);

  const check = page.getByTestId('response-check');
  await expect(check).toHaveAttribute('data-result', 'differs');
  const paths = await check.getByTestId('difference-path').allInnerTexts();
  // What the docs require and the nested body lacks.
  expect(paths).toEqual(expect.arrayContaining(['/code', '/message']));
  await expect(page.getByTestId('error-summary')).toHaveCount(0);
});
