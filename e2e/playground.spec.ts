import type { Page } from '@playwright/test';
import { test, expect, localePrefix } from './fixtures';
import { startTestServer } from './test-server';

const DEMO_KEY = 'sk_' + '0123456789abcdef'.repeat(4);
const SNIPPET_TABS = {
  curl: 'cURL',
  fetch: 'JavaScript (fetch)',
  axios: 'JavaScript (axios)',
  python: 'Python (requests)',
  php: 'PHP (curl)',
};

// Chromium reports every 4xx/5xx answer to fetch in the console; here they are the point of the tests.
test.use({ expectedConsoleErrors: /Failed to load resource: the server responded with a status of [45]\d\d/ });

function playground(page: Page) {
  return page.getByTestId('playground');
}

async function send(page: Page) {
  await playground(page).getByTestId('send').click();
}

/** Switches the playground to the Instance target with this URL. */
async function useInstance(page: Page, url: string) {
  await playground(page).getByText('Instance', { exact: true }).click();
  await playground(page).getByLabel('Instance URL').fill(url);
}

async function fill(page: Page, label: string, value: string) {
  await playground(page).getByLabel(label, { exact: false }).first().fill(value);
}

test.describe('mock target (default)', () => {
  test('a public operation answers 200 with a body', async ({ page }) => {
    await page.goto('/docs/api/global-config');
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^200/);
    await expect(page.getByTestId('response')).toContainText('allowRegister');
  });

  // Starting msw's service worker takes a few hundred ms: the playground starts it when the reader comes near.
  const workerActive = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

  test('the mock starts when the pointer reaches the playground, not on page load', async ({ page }) => {
    await page.goto('/docs/api/global-config', { waitUntil: 'networkidle' });
    await expect(playground(page).getByTestId('send')).toBeEnabled();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

    await playground(page).hover({ position: { x: 8, y: 8 } });
    await expect.poll(() => workerActive(page)).toBe(true);
    await expect(page.getByTestId('response-status')).toHaveCount(0);
  });

  test('the mock starts when keyboard focus enters the playground', async ({ page }) => {
    await page.goto('/docs/api/website-all', { waitUntil: 'networkidle' });
    await expect(playground(page).getByTestId('send')).toBeEnabled();
    expect(await workerActive(page)).toBe(false);

    await playground(page).getByTestId('timeout').focus();
    await expect.poll(() => workerActive(page)).toBe(true);
  });

  test('with an instance chosen the mock stays off, and starts when the reader picks it', async ({ page }) => {
    // A local instance: the playground reads its public document as soon as it is the destination.
    const instance = await startTestServer('cors');
    try {
      await page.addInitScript(
        (url) =>
          localStorage.setItem(
            'tianji-playground:settings',
            JSON.stringify({ target: 'instance', instanceUrl: url, timeoutSeconds: 30 }),
          ),
        instance.url,
      );
      await page.goto('/docs/api/global-config', { waitUntil: 'networkidle' });
      await expect(playground(page).getByLabel('Instance URL')).toHaveValue(instance.url);
      await playground(page).getByLabel('Instance URL').focus();
      await page.waitForLoadState('networkidle');
      expect(await workerActive(page)).toBe(false);

      await playground(page).getByText('Mock', { exact: true }).click();
      await expect.poll(() => workerActive(page)).toBe(true);
    } finally {
      await instance.close();
    }
  });

  test('a secured call answers 401 without a key, 403 with a wrong key and 200 with the demo key', async ({ page }) => {
    await page.goto('/docs/api/website-all');
    await fill(page, 'workspaceId', 'w1');

    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^401/);
    await expect(page.getByTestId('response')).toContainText('"code": "UNAUTHORIZED"');
    await expect(page.getByTestId('response')).toContainText('"message": "Authorization not provided"');

    await page.getByTestId('api-key').fill('sk_wrong');
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^403/);
    await expect(page.getByTestId('error-summary')).toContainText('FORBIDDEN');

    await playground(page).getByRole('button', { name: 'Use the demo key' }).click();
    await expect(page.getByTestId('api-key')).toHaveValue(DEMO_KEY);
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^200/);
  });

  test('a website added to the mock appears in the list, until the mock is reset', async ({ page }) => {
    await page.goto('/docs/api/website-add');
    await playground(page).getByRole('button', { name: 'Use the demo key' }).click();
    await fill(page, 'workspaceId', 'w1');
    await page.getByTestId('body-editor').fill(JSON.stringify({ name: 'E2E blog', domain: 'e2e-blog.example.com' }));
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^200/);
    await expect(page.getByTestId('response')).toContainText('e2e-blog.example.com');

    // Client-side navigation keeps the key in memory.
    await page.goto('/docs/api/website-all');
    await page.getByTestId('api-key').fill(DEMO_KEY);
    await fill(page, 'workspaceId', 'w1');
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^200/);
    await expect(page.getByTestId('response')).toContainText('e2e-blog.example.com');

    await playground(page).getByRole('button', { name: 'Reset mock data' }).click();
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^200/);
    await expect(page.getByTestId('response')).not.toContainText('e2e-blog.example.com');
  });

  test('an invalid body is flagged inline before sending, and the mock answers 400', async ({ page }) => {
    await page.goto('/docs/api/website-add');
    await playground(page).getByRole('button', { name: 'Use the demo key' }).click();
    await fill(page, 'workspaceId', 'w1');
    await page.getByTestId('body-editor').fill('{"name": 5}');
    await expect(page.getByTestId('body-issues')).toContainText('/domain');
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^400/);
    await expect(page.getByTestId('error-summary')).toContainText('BAD_REQUEST');
  });

  test('missing required parameters are named instead of sending', async ({ page }) => {
    await page.goto('/docs/api/website-all');
    // The spec's example prefills the workspace: empty it, as a reader who deletes it would.
    await page.getByTestId('playground').getByLabel('workspaceId').fill('');
    await send(page);
    await expect(page.getByTestId('blocked')).toContainText('workspaceId');
  });
});

test.describe('instance target', () => {
  test('the server receives the exact method, path, query, key and body', async ({ page }) => {
    const server = await startTestServer('cors');
    try {
      await page.goto('/docs/api/website-update-info');
      await useInstance(page, server.url);
      await expect(page.getByTestId('base-url-help')).toContainText(`${server.url}/open`);
      await page.getByTestId('api-key').fill('sk_e2e_key');
      await fill(page, 'workspaceId', 'w 1');
      await fill(page, 'websiteId', 'site/2');
      // 'w 1' breaks the documented pattern of workspaceId: the playground warns, the reader sends anyway.
      await page.getByTestId('body-editor').fill('{"name":"Renamed","domain":"a.example.com"}');
      await send(page);
      await playground(page).getByTestId('send-anyway').click();
      await expect(page.getByTestId('response-status')).toHaveText(/^200/);
      const last = server.received.at(-1)!;
      expect(last.method).toBe('PUT');
      expect(last.url).toBe('/open/workspace/w%201/website/site%2F2/update');
      expect(last.headers.authorization).toBe('Bearer sk_e2e_key');
      expect(last.body).toBe('{"name":"Renamed","domain":"a.example.com"}');
    } finally {
      await server.close();
    }
  });

  test('query values arrive encoded', async ({ page }) => {
    const server = await startTestServer('cors');
    try {
      await page.goto('/docs/api/website-metrics');
      await useInstance(page, server.url);
      await page.getByTestId('api-key').fill('sk_e2e_key');
      await fill(page, 'workspaceId', 'w1');
      await fill(page, 'websiteId', 's1');
      await fill(page, 'startAt', '1700000000000');
      await fill(page, 'endAt', '1700000100000');
      await playground(page).getByLabel('type').selectOption({ index: 1 });
      await send(page);
      await expect(page.getByTestId('response-status')).toHaveText(/^200/);
      const url = new URL(server.received.at(-1)!.url, 'http://x');
      expect(url.pathname).toBe('/open/workspace/w1/website/s1/metrics');
      expect(url.searchParams.get('startAt')).toBe('1700000000000');
      expect(url.searchParams.get('endAt')).toBe('1700000100000');
    } finally {
      await server.close();
    }
  });

  test.describe('failures', () => {
    test.use({ expectedConsoleErrors: /CORS policy|net::ERR_FAILED|Failed to load resource|ERR_CONNECTION_REFUSED/ });

    test('a server without CORS headers gets the CORS explanation', async ({ page }) => {
      const server = await startTestServer('no-cors');
      try {
        await page.goto('/docs/api/global-config');
        await useInstance(page, server.url);
        await send(page);
        await expect(page.getByTestId('failure')).toHaveAttribute('data-reason', 'cors');
        await expect(page.getByTestId('failure')).toContainText('Access-Control-Allow-Origin');
      } finally {
        await server.close();
      }
    });

    test('a server that never answers hits the timeout', async ({ page }) => {
      const server = await startTestServer('hang');
      try {
        await page.goto('/docs/api/global-config');
        await useInstance(page, server.url);
        await page.getByTestId('timeout').fill('2');
        await send(page);
        await expect(page.getByTestId('failure')).toHaveAttribute('data-reason', 'timeout');
        await expect(page.getByTestId('failure')).toContainText('2 s');
      } finally {
        await server.close();
      }
    });

    test('a bad base URL gets a plain message and nothing is sent', async ({ page }) => {
      await page.goto('/docs/api/global-config');
      await useInstance(page, 'tianji.example.com');
      await expect(page.getByTestId('base-url-help')).toContainText('not a full URL');
      await send(page);
      await expect(page.getByTestId('blocked')).toContainText('not a full URL');
    });
  });
});

test.describe('snippets and the key', () => {
  test('every snippet follows the parameters, and shows the key only while revealed', async ({ page }) => {
    await page.goto('/docs/api/website-all');
    await page.getByTestId('api-key').fill('sk_secret_e2e');
    await fill(page, 'workspaceId', 'first-ws');
    for (const [id, label] of Object.entries(SNIPPET_TABS)) {
      await playground(page).getByRole('tab', { name: label, exact: true }).click();
      const snippet = page.getByTestId(`snippet-${id}`);
      await expect(snippet).toContainText('/workspace/first-ws/website/all');
      await expect(snippet).toContainText('<your_api_key_here>');
      await expect(snippet).not.toContainText('sk_secret_e2e');
    }
    await fill(page, 'workspaceId', 'second-ws');
    await playground(page).getByRole('button', { name: 'Reveal' }).click();
    for (const [id, label] of Object.entries(SNIPPET_TABS)) {
      await playground(page).getByRole('tab', { name: label, exact: true }).click();
      const snippet = page.getByTestId(`snippet-${id}`);
      await expect(snippet).toContainText('/workspace/second-ws/website/all');
      await expect(snippet).toContainText('sk_secret_e2e');
    }
  });

  test('without "remember", a reload leaves the key nowhere; with it, the key survives until forgotten', async ({
    page,
    context,
  }) => {
    await page.goto('/docs/api/website-all');
    await page.getByTestId('api-key').fill('sk_secret_e2e');
    await fill(page, 'workspaceId', 'w1');
    await send(page);
    await expect(page.getByTestId('response-status')).toHaveText(/^403/);
    const leaks = async () => {
      const storage = await page.evaluate(
        () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
      );
      const cookies = JSON.stringify(await context.cookies());
      return [storage, cookies, page.url()].filter((s) => s.includes('sk_secret_e2e'));
    };
    expect(await leaks()).toEqual([]);
    await page.reload();
    await expect(page.getByTestId('api-key')).toHaveValue('');
    expect(await leaks()).toEqual([]);

    await page.getByTestId('api-key').fill('sk_secret_e2e');
    await playground(page).getByLabel('Remember on this device').check();
    await page.reload();
    await expect(page.getByTestId('api-key')).toHaveValue('sk_secret_e2e');
    await playground(page).getByRole('button', { name: 'Forget the key' }).click();
    await expect(page.getByTestId('api-key')).toHaveValue('');
    await page.reload();
    await expect(page.getByTestId('api-key')).toHaveValue('');
    expect(await leaks()).toEqual([]);
  });
});

test.describe('times in Unix milliseconds', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('a range preset fills startAt and endAt; the local date and time follow, and edit, the raw number', async ({
    page,
  }) => {
    await page.goto('/docs/api/website-metrics');
    // The raw fields come first; their local date-and-time fields are named "startAt in your local time".
    const start = playground(page).getByLabel('startAt').first();
    const end = playground(page).getByLabel('endAt').first();
    const before = Date.now();
    await playground(page).getByTestId('range-7d').click();
    const [startMs, endMs] = [Number(await start.inputValue()), Number(await end.inputValue())];
    expect(endMs - startMs).toBe(7 * 86_400_000);
    expect(Math.abs(endMs - before)).toBeLessThan(120_000);

    // The raw number stays editable; its local date and time (Tokyo, UTC+9) follow it, and the other way round.
    await start.fill(String(Date.UTC(2026, 11, 31, 20, 5)));
    await expect(page.getByTestId('local-time-startAt')).toHaveValue('2027-01-01T05:05');
    await page.getByTestId('local-time-endAt').fill('2027-01-02T09:30');
    await expect(end).toHaveValue(String(Date.UTC(2027, 0, 2, 0, 30)));
    await expect(page.getByTestId('snippet-curl')).toContainText(`endAt=${Date.UTC(2027, 0, 2, 0, 30)}`);

    // Digits typed with an input method on arrive full-width: taken as the number they are, and said so.
    await start.fill('１７' + '０'.repeat(11));
    await expect(start).toHaveValue('1700000000000');
    await expect(page.getByTestId('number-normalized')).toContainText('1700000000000');
  });

  for (const locale of ['en', 'ja'] as const) {
    test(`${locale}: a range preset fills the body's startAt and endAt; the raw numbers stay editable; the mock's answer validates`, async ({
      page,
    }) => {
      await page.goto(`${localePrefix(locale)}/docs/api/ai-classify-survey`);
      await page.getByTestId('api-key').fill(DEMO_KEY);
      const editor = page.getByTestId('body-editor');
      const body = async () => JSON.parse(await editor.inputValue()) as Record<string, unknown>;
      const original = await body();
      const { startAt: _start, endAt: _end, ...rest } = original;
      const before = Date.now();
      await playground(page).getByTestId('range-7d').click();
      const { startAt, endAt, ...others } = await body();
      expect(Number(endAt) - Number(startAt)).toBe(7 * 86_400_000);
      expect(Math.abs(Number(endAt) - before)).toBeLessThan(120_000);
      expect(others).toEqual(rest); // the rest of the body is kept, in its order
      expect(Object.keys(await body())).toEqual(Object.keys(original));
      await expect(editor).toHaveValue(/^\{\n {2}"workspaceId"/); // still indented as it was
      await expect(page.getByTestId('body-time-endAt')).toHaveValue(String(endAt));

      // The raw number is editable beside its local date and time (Tokyo), which edits it back.
      await page.getByTestId('body-time-startAt').fill(String(Date.UTC(2026, 11, 31, 20, 5)));
      await expect(page.getByTestId('local-time-startAt')).toHaveValue('2027-01-01T05:05');
      await page.getByTestId('local-time-endAt').fill('2027-01-08T05:05');
      await expect(editor).toHaveValue(new RegExp(`"endAt": ${Date.UTC(2027, 0, 7, 20, 5)},`));

      // A body that is not JSON is left as written, the time controls wait for it.
      const broken = '{"startAt": 1,';
      await editor.fill(broken);
      await expect(playground(page).getByTestId('range-7d')).toBeDisabled();
      await expect(page.getByTestId('body-time-startAt')).toBeDisabled();
      await expect(editor).toHaveValue(broken);

      await editor.fill(JSON.stringify({ ...rest, startAt: 0, endAt: 0 }, null, 2));
      await playground(page).getByTestId('range-30d').click();
      expect(Number((await body()).endAt) - Number((await body()).startAt)).toBe(30 * 86_400_000);
      await send(page);
      await expect(page.getByTestId('response-status')).toHaveText(/^200/);
      await expect(page.getByTestId('response-check')).toHaveAttribute('data-result', 'matches');
    });
  }
});
