import type { Page } from '@playwright/test';
import { test, expect, expectResponsive } from './fixtures';
import { startTestServer, type TestServer } from './test-server';

// The browser logs failed loads and error statuses itself; those are what these tests provoke.
test.use({ expectedConsoleErrors: /Failed to load resource|net::ERR_|CORS policy/ });

async function sendToInstance(page: Page, server: { url: string }, operation = 'global-config') {
  await page.goto(`/docs/api/${operation}`);
  const playground = page.getByTestId('playground');
  await playground.getByText('Instance', { exact: true }).click();
  await playground.getByLabel('Instance URL').fill(server.url);
  await playground.getByTestId('send').click();
}

function respond(status: number, contentType: string, body: string | Buffer) {
  return (_req: unknown, res: import('node:http').ServerResponse) => {
    res.statusCode = status;
    res.setHeader('content-type', contentType);
    res.end(body);
  };
}

let server: TestServer | undefined;
test.afterEach(async () => {
  await server?.close();
  server = undefined;
});

test('connection refused says the instance could not be reached', async ({ page }) => {
  // A port nothing listens on: start a server, note its URL, close it.
  const gone = await startTestServer('cors');
  await gone.close();
  await sendToInstance(page, gone);
  await expect(page.getByTestId('failure')).toHaveAttribute('data-reason', 'network');
  await expect(page.getByTestId('failure')).toContainText('could not reach');
});

test('a 500 with an HTML body is shown as text with an explanation', async ({ page }) => {
  server = await startTestServer(
    respond(
      500,
      'text/html',
      '<!doctype html><html><body><h1 id="injected">Bad gateway</h1><script>window.__pwned = true</script></body></html>',
    ),
  );
  await sendToInstance(page, server);
  await expect(page.getByTestId('response-status')).toHaveText(/^500/);
  await expect(page.getByTestId('html-notice')).toBeVisible();
  await expect(page.getByTestId('plain-body')).toContainText('<h1 id="injected">Bad gateway</h1>');
  await expect(page.locator('#injected')).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
});

test('a non-JSON text body is shown as plain text', async ({ page }) => {
  server = await startTestServer(respond(200, 'text/plain', 'pong\nsecond line'));
  await sendToInstance(page, server);
  await expect(page.getByTestId('response-status')).toHaveText(/^200/);
  await expect(page.getByTestId('plain-body')).toHaveText('pong\nsecond line');
});

test('a 10 MB JSON body is truncated with a download, and the page stays responsive', async ({ page }) => {
  const item = JSON.stringify({ id: 'x'.repeat(20), text: 'lorem ipsum '.repeat(8) });
  const big = `[${Array.from({ length: Math.ceil((10 * 1024 * 1024) / item.length) }, () => item).join(',')}]`;
  server = await startTestServer(respond(200, 'application/json', big));
  await sendToInstance(page, server);
  await expect(page.getByTestId('truncated-notice')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('response-size')).toHaveText(/^10\.\d MB$/);
  const download = page.getByTestId('truncated-notice').getByRole('link');
  await expect(download).toHaveAttribute('href', /^blob:/);
  const mock = page.getByTestId('playground').getByRole('radio', { name: 'Mock', exact: true });
  await expectResponsive(page, mock);
  await expect(mock).toBeChecked();
  const shown = await page.getByTestId('plain-body').evaluate((el) => el.textContent?.length ?? 0);
  expect(shown).toBeLessThanOrEqual(1024 * 1024);
});

test('markup in a JSON body is never executed', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const body = JSON.stringify({
    name: '<script>alert(1)</script>',
    avatar: '<img src=x onerror="alert(2)" id="evil">',
    html: '</code></pre><b id="bold">x</b>',
  });
  server = await startTestServer(respond(200, 'application/json', body));
  await sendToInstance(page, server);
  await expect(page.getByTestId('response')).toContainText('<script>alert(1)</script>');
  await expect(page.getByTestId('response')).toContainText('onerror');
  await page.waitForTimeout(500);
  expect(dialogs).toBe(0);
  await expect(page.locator('#evil, #bold')).toHaveCount(0);
  await expect(page.locator('[data-testid=response] script, [data-testid=response] img')).toHaveCount(0);
});

test("a real server's tRPC-shaped 401 is summarised readably", async ({ page }) => {
  server = await startTestServer(
    respond(
      401,
      'application/json',
      JSON.stringify({
        message: 'Authorization not provided',
        code: -32001,
        data: { code: 'UNAUTHORIZED', httpStatus: 401, path: 'global.config' },
      }),
    ),
  );
  await sendToInstance(page, server);
  await expect(page.getByTestId('response-status')).toHaveText(/^401/);
  await expect(page.getByTestId('error-summary')).toContainText('UNAUTHORIZED');
  await expect(page.getByTestId('error-summary')).toContainText('Authorization not provided');
  await expect(page.getByTestId('error-summary')).toContainText('global.config');
});

test('the key never reaches the console, the URL or the request line', async ({ page }) => {
  const messages: string[] = [];
  page.on('console', (msg) => messages.push(msg.text()));
  server = await startTestServer('cors');
  await page.goto('/docs/api/website-all');
  const playground = page.getByTestId('playground');
  await playground.getByText('Instance', { exact: true }).click();
  await playground.getByLabel('Instance URL').fill(server.url);
  await page.getByTestId('api-key').fill('sk_console_secret');
  await playground.getByLabel('workspaceId').fill('w1');
  await playground.getByTestId('send').click();
  await expect(page.getByTestId('response-status')).toHaveText(/^200/);
  // Also through the mock, and a failure: the instance's key stays with its origin, so the mock gets none (401).
  await playground.getByText('Mock', { exact: true }).click();
  await playground.getByTestId('send').click();
  await expect(page.getByTestId('response-status')).toHaveText(/^401/);
  await expect(page.getByTestId('api-key')).toHaveValue('');
  expect(server.received.at(-1)!.headers.authorization).toBe('Bearer sk_console_secret');
  expect(server.received.at(-1)!.url).not.toContain('sk_console_secret');
  expect(messages.filter((m) => m.includes('sk_console_secret'))).toEqual([]);
  expect(page.url()).not.toContain('sk_console_secret');
});
