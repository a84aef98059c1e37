import type { Page } from '@playwright/test';
import { test, expect, expectResponsive } from './fixtures';
import { jsonAnswer, startTestServer, type TestServer } from './test-server';

// What is sent and what comes back, checked against the docs: answers against the documented schema of their
// status, parameters before sending (with a way to send anyway), body messages in the reader's language.

// Chromium reports every 4xx answer to fetch in the console; some tests send on purpose what the mock refuses.
test.use({ expectedConsoleErrors: /Failed to load resource: the server responded with a status of 4\d\d/ });

const playground = (page: Page) => page.getByTestId('playground');

/** Opens an operation with the demo key typed in if it is secured (the mock's key, harmless for a test server). */
async function open(page: Page, slug: string, locale = '') {
  await page.goto(`${locale}/docs/api/${slug}`);
  await expect(playground(page).getByTestId('send')).toBeEnabled();
  const key = page.getByTestId('api-key');
  if ((await key.count()) > 0) await key.fill(await page.getByTestId('demo-key').innerText());
}

/** Points the playground at the test server, with a key for it if the operation is secured (keys stay per origin). */
async function useInstance(page: Page, server: TestServer) {
  await playground(page).getByText('Instance', { exact: true }).click();
  await playground(page).getByLabel('Instance URL').fill(server.url);
  const key = page.getByTestId('api-key');
  if ((await key.count()) > 0) await key.fill('sk_test_instance');
}

// A website as Tianji documents it (GET …/website/{websiteId}/info, 200).
const WEBSITE = {
  id: 'clr4rgj0i0008vy2ogdwitpbz',
  workspaceId: 'clnzoxcy10001vy2ohi4obbi0',
  name: 'Company blog',
  domain: 'blog.example.com',
  shareId: null,
  resetAt: null,
  monitorId: null,
  createdAt: '2024-01-08T10:09:14.562Z',
  updatedAt: '2026-09-12T08:30:41.000Z',
  deletedAt: null,
};

let server: TestServer | undefined;
test.afterEach(async () => {
  await server?.close();
  server = undefined;
});

test.describe('the answer against the docs', () => {
  test('an instance that breaks the documented schema gets each difference listed, and a right one matches', async ({
    page,
  }) => {
    let body: unknown;
    server = await startTestServer((req, res) => jsonAnswer(200, body)(req, res));
    const { updatedAt: _, ...withoutUpdatedAt } = WEBSITE;
    body = { ...withoutUpdatedAt, name: 42, internalNote: '<b>not</b> for you' };
    await open(page, 'website-info');
    await useInstance(page, server);
    // The ids are still the spec's examples: on a real instance the playground says so first.
    await playground(page).getByTestId('send').click();
    await expect(page.getByTestId('blocked')).toContainText("still hold the documentation's example value");
    expect(server.received).toHaveLength(0);
    await playground(page).getByTestId('send-anyway').click();

    const check = page.getByTestId('response-check');
    await expect(check).toHaveAttribute('data-result', 'differs');
    await expect(check).toContainText('The answer differs from the documented response (200)');
    const rows = check.getByTestId('difference');
    await expect(rows).toHaveCount(3);
    const read = async () =>
      Promise.all(
        (await rows.all()).map(async (row) => [
          await row.getByTestId('difference-path').innerText(),
          await row.getByTestId('difference-expected').innerText(),
          await row.getByTestId('difference-received').innerText(),
        ]),
      );
    expect(await read()).toEqual(
      expect.arrayContaining([
        ['/name', 'string', '42'],
        ['/updatedAt', 'string', 'missing'],
        ['/internalNote', 'not documented', '"<b>not</b> for you"'],
      ]),
    );
    await expect(check.locator('b')).toHaveCount(0); // text, never markup

    body = WEBSITE;
    await playground(page).getByTestId('send').click();
    await playground(page).getByTestId('send-anyway').click();
    await expect(check).toHaveAttribute('data-result', 'matches');
    await expect(check).toContainText('The answer matches the documented response (200).');
  });

  test('a status the docs do not give is said to be undocumented', async ({ page }) => {
    server = await startTestServer(jsonAnswer(418, { teapot: true }));
    await open(page, 'global-config');
    await useInstance(page, server);
    await playground(page).getByTestId('send').click();
    await expect(page.getByTestId('response-check')).toHaveAttribute('data-result', 'undocumented');
    await expect(page.getByTestId('response-check')).toContainText('Status 418 is not documented');
  });

  test('a 10 MB answer is not checked, says so, and the page stays responsive', async ({ page }) => {
    const item = JSON.stringify({ id: 'x'.repeat(20), text: 'lorem ipsum '.repeat(8) });
    const big = `[${Array.from({ length: Math.ceil((10 * 1024 * 1024) / item.length) }, () => item).join(',')}]`;
    server = await startTestServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(big);
    });
    await open(page, 'global-config');
    await useInstance(page, server);
    await playground(page).getByTestId('send').click();
    await expect(page.getByTestId('response-check')).toHaveAttribute('data-result', 'too-large', { timeout: 30_000 });
    const mock = playground(page).getByRole('radio', { name: 'Mock', exact: true });
    await expectResponsive(page, mock);
    await expect(mock).toBeChecked();
  });

  // The mock answers with the documented shapes: each of these answers must match its documented response.
  for (const [slug, status, key] of [
    ['global-config', 200, true],
    ['website-all', 200, true],
    ['website-info', 200, true],
    ['website-all', 401, false],
    ['monitor-all', 200, true],
    ['survey-all', 200, true],
  ] as const) {
    test(`the mock's ${status} answer of ${slug} matches the docs`, async ({ page }) => {
      await open(page, slug);
      if (!key) await page.getByTestId('api-key').fill('');
      await playground(page).getByTestId('send').click();
      await expect(page.getByTestId('response-status')).toHaveText(new RegExp(`^${status}\\b`));
      const check = page.getByTestId('response-check');
      await expect(check).not.toHaveAttribute('data-result', 'checking');
      expect(await check.innerText()).toContain(`matches the documented response (${status})`);
    });
  }
});

test.describe('values before sending', () => {
  for (const [locale, warning, held] of [
    [
      '',
      'Must be lowercase letters (a–z) and digits only.',
      'These values do not match the documentation: workspaceId.',
    ],
    [
      '/fr',
      'Doit contenir uniquement des lettres minuscules (a–z) et des chiffres.',
      'Ces valeurs ne correspondent pas à la documentation : workspaceId.',
    ],
  ]) {
    test(`a path value that breaks its pattern is flagged as typed, and can be sent anyway (${locale || 'en'})`, async ({
      page,
    }) => {
      server = await startTestServer('cors');
      await open(page, 'website-info', locale);
      await playground(page).locator('input[type="radio"][value="instance"]').check({ force: true });
      await playground(page).locator('input[type="url"]').fill(server.url);
      const field = playground(page).getByLabel('workspaceId');
      await field.fill('Not A Cuid!');
      const issue = playground(page).getByTestId('field-issue');
      await expect(issue).toHaveText(warning);
      await expect(field).toHaveAttribute('aria-invalid', 'true');

      await playground(page).getByTestId('send').click();
      await expect(page.getByTestId('blocked')).toContainText(held);
      expect(server.received).toHaveLength(0);
      await playground(page).getByTestId('send-anyway').click();
      await expect(page.getByTestId('response-status')).toHaveText(/^200/);
      expect(server.received.at(-1)!.url).toBe(`/open/workspace/Not%20A%20Cuid%21/website/${WEBSITE.id}/info`);

      // Fixed, the warning goes as the reader types.
      await field.fill('clnzoxcy10001vy2ohi4obbi0');
      await expect(issue).toHaveCount(0);
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    });
  }

  test('an invalid JSON message goes as soon as the JSON is fixed, before and after a send', async ({ page }) => {
    await open(page, 'website-add');
    const editor = page.getByTestId('body-editor');
    await editor.fill('{"name": "Blog", ');
    await expect(page.getByTestId('json-error')).toHaveText(
      'Line 1, column 18: the JSON ends too early. Is a closing bracket or brace missing?',
    );
    await playground(page).getByTestId('send').click();
    await expect(page.getByTestId('blocked')).toContainText('The body is not valid JSON');

    await editor.fill('{"name": "Blog", "domain": "blog.example.com"}');
    await expect(page.getByTestId('body-issues')).toBeEmpty();
    await expect(page.getByTestId('blocked')).toHaveCount(0);
    await expect(editor).toHaveAttribute('aria-invalid', 'false');
  });

  // Where the JSON breaks, said in the reader's words: never the parser's English.
  for (const [locale, trailingComma] of [
    ['/fr', 'Ligne 2, colonne 17\u00a0: supprimez cette virgule.'],
    ['/de', 'Zeile 2, Spalte 17: Entfernen Sie dieses Komma.'],
    ['/ja', '2行17列目：このカンマを削除してください。'],
    ['/zh-Hans', '第 2 行第 17 列：请删除这个逗号。'],
  ]) {
    test(`a JSON syntax error is located and explained in ${locale.slice(1)}`, async ({ page }) => {
      await open(page, 'website-add', locale);
      await page.getByTestId('body-editor').fill('{\n  "name": "Blog",\n}');
      const error = page.getByTestId('json-error');
      await expect(error).toContainText(trailingComma);
      await expect(error).not.toContainText(/Expected|Unexpected|JSON at position/);
    });
  }

  // The same four failures (a wrong type, a missing field, a text too long, a value of no allowed form), worded
  // by the site's own table: limits the right way round, no regex or type names, the register of the UI.
  for (const [locale, type, required, tooLong, noForm] of [
    [
      '/fr',
      'Doit être du texte.',
      'Obligatoire.',
      'Au plus 100\u00a0caractères.',
      'Ne correspond à aucune des formes admises.',
    ],
    ['/de', 'Muss ein Text sein.', 'Pflichtfeld.', 'Höchstens 100 Zeichen.', 'Entspricht keiner der erlaubten Formen.'],
    [
      '/ja',
      '文字列で指定してください。',
      '必須です。',
      '100文字以内で入力してください。',
      '許可されている形式のいずれにも一致しません。',
    ],
    ['/zh-Hans', '应为字符串。', '必填。', '最多 100 个字符。', '不符合任何允许的格式。'],
  ]) {
    test(`body validation speaks the reader's language (${locale.slice(1)})`, async ({ page }) => {
      await open(page, 'website-add', locale);
      const editor = page.getByTestId('body-editor');
      const issues = page.getByTestId('body-issues');
      await editor.fill('{"name": 5}');
      await expect(issues).toContainText(`/name ${type}`);
      await expect(issues).toContainText(`/domain ${required}`);
      await editor.fill(`{"name": "${'x'.repeat(101)}", "domain": "not a host!"}`);
      await expect(issues).toContainText(`/name ${tooLong}`);
      await expect(issues).toContainText(`/domain ${noForm}`);
      await expect(issues).not.toContainText(/must|\^\[|string/);
    });
  }
});
