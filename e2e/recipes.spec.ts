/**
 * A recipe page runs its recipe: on the in-browser mock every step passes and shows its verdict, and the id the first
 * step returns is in the next steps' requests; on an instance (a local server answering like Tianji, CORS open) that
 * fails step 3, "Run all" stops there and says why, sending nothing after it. The `.arazzo.yaml` link downloads, and
 * the Markdown twin links it too.
 */
import { test, expect, localePrefix } from './fixtures';
import { startTestServer, type TestServer } from './test-server';
import { listRecipes } from '../src/recipes/recipes';

const RECIPE = listRecipes('.').find((r) => r.file === 'website-traffic.arazzo.yaml')!;
const STEPS = RECIPE.document.workflows[0].steps;
const page = (locale: string) => `${localePrefix(locale)}/docs/recipes/website-traffic`;

for (const locale of ['en', 'ja']) {
  test(`${locale}: Run all on the mock passes every step, and the new website's id flows to the next steps`, async ({
    page: browser,
  }) => {
    await browser.goto(page(locale));
    const runner = browser.getByTestId('recipe-runner');
    await runner.scrollIntoViewIfNeeded();
    await runner.getByTestId('recipe-run-all').click();
    for (let n = 1; n <= STEPS.length; n++)
      await expect(runner.getByTestId(`recipe-step-${n}`).getByTestId('recipe-verdict')).toContainText('✓', {
        timeout: 15_000,
      });
    await expect(runner.getByTestId('recipe-stopped')).toHaveCount(0);
    const added = JSON.parse((await runner.getByTestId('recipe-step-1').getByTestId('recipe-answer').textContent())!);
    expect(typeof added.id).toBe('string');
    // Steps 2, 4 and 5 address the website by the id step 1 returned.
    for (const n of [2, 4, 5])
      await expect(runner.getByTestId(`recipe-step-${n}`).getByTestId('recipe-request')).toContainText(
        `/website/${added.id}`,
      );
    await expect(runner.getByTestId('recipe-step-5').getByTestId('recipe-status')).toContainText('200');
  });

  test(`${locale}: the recipe's .arazzo.yaml downloads from its page`, async ({ page: browser, request }) => {
    await browser.goto(page(locale));
    const href = await browser.locator(`a[href$="/recipes/${RECIPE.file}"]`).first().getAttribute('href');
    expect(href).toBe(`${localePrefix(locale)}/recipes/${RECIPE.file}`);
    const response = await request.get(href!);
    expect(response.ok()).toBe(true);
    expect(await response.text()).toContain(`workflowId: ${RECIPE.document.workflows[0].workflowId}`);
    // The Markdown twin links the same file, by a URL a Markdown reader can follow.
    const twin = await (await request.get(`${page(locale)}.md`)).text();
    expect(twin).toContain(`](${href})`);
    expect(twin).not.toContain('pathname:');
  });
}

test('the runner loads when the reader comes near it, not with the page', async ({ page: browser }) => {
  const chunks: string[] = [];
  browser.on('request', (r) => r.resourceType() === 'script' && chunks.push(r.url()));
  await browser.goto(page('en'));
  await browser.waitForLoadState('networkidle');
  const runner = browser.getByTestId('recipe-runner');
  await expect(runner.getByTestId('recipe-run-all')).toHaveCount(0);
  const before = chunks.length;
  await runner.scrollIntoViewIfNeeded();
  await expect(runner.getByTestId('recipe-run-all')).toBeVisible();
  expect(chunks.length).toBeGreaterThan(before);
});

test.describe('on an instance that fails step 3', () => {
  // Chromium reports the 500 answer in the console.
  test.use({ expectedConsoleErrors: /status of 500/ });
  let server: TestServer;
  test.afterEach(() => server?.close());

  test('Run all stops at step 3 and says why; nothing is sent after it', async ({ page: browser }) => {
    server = await startTestServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url!.endsWith('/website/add')) return res.end(JSON.stringify({ id: 'site-e2e', name: 'Recipe website' }));
      if (req.url!.endsWith('/website/site-e2e/info')) return res.end(JSON.stringify({ id: 'site-e2e' }));
      res.statusCode = 500;
      res.end(JSON.stringify({ code: 'INTERNAL_SERVER_ERROR', message: 'overview unavailable' }));
    });
    await browser.goto(page('en'));
    const runner = browser.getByTestId('recipe-runner');
    await runner.scrollIntoViewIfNeeded();
    await runner.locator('input[type="radio"][value="instance"]').check();
    await runner.getByLabel('Instance URL').fill(server.url);
    await runner.getByTestId('api-key').fill('sk_e2e_instance');
    await runner.getByTestId('recipe-input-workspaceId').fill('ws-e2e');
    await runner.getByTestId('recipe-run-all').click();

    const stopped = runner.getByTestId('recipe-stopped');
    await expect(stopped).toContainText('Stopped at step 3');
    await expect(stopped).toContainText('$statusCode == 200');
    await expect(stopped).toContainText('500');
    for (const n of [1, 2])
      await expect(runner.getByTestId(`recipe-step-${n}`).getByTestId('recipe-verdict')).toContainText('✓');
    await expect(runner.getByTestId('recipe-step-3').getByTestId('recipe-verdict')).toContainText('✗');
    await expect(runner.getByTestId('recipe-step-3').getByTestId('recipe-status')).toContainText('500');
    await expect(runner.getByTestId('recipe-step-4').getByTestId('recipe-verdict')).toHaveText('');
    // The key went to the instance it was typed for; step 2 used step 1's id; nothing after step 3 (no delete).
    expect(server.received.map((r) => `${r.method} ${r.url}`)).toEqual([
      'POST /open/workspace/ws-e2e/website/add',
      'GET /open/workspace/ws-e2e/website/site-e2e/info',
      'GET /open/workspace/ws-e2e/website/allOverview',
    ]);
    expect(server.received[0].headers.authorization).toBe('Bearer sk_e2e_instance');
  });
});
