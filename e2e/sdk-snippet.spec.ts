/**
 * The official SDK's snippet tab: on an operation the SDK has, a sixth tab whose code (copied from the page) runs
 * with Node and the real SDK against a local echo server; on one it lacks, no such tab, and a stored choice of it
 * falls back to another tab without an error.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { test, expect } from './fixtures';
import { SNIPPET_TARGETS } from '../src/snippets';
import { PLACEHOLDER_ORIGIN } from '../src/site-layout';

const SDK_LABEL = SNIPPET_TARGETS.find((t) => t.id === 'sdk')!.label;

/** Runs TypeScript code with Node (types stripped) next to the project's node_modules; resolves with its output. */
function runTypeScript(code: string): Promise<{ code: number | null; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sdk-e2e-'));
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'), 'dir');
  const js = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  writeFileSync(join(dir, 'snippet.mjs'), js);
  // Playwright sets FORCE_COLOR for its workers; the snippet's output is read as plain text.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  return new Promise((resolve) => {
    execFile(process.execPath, [join(dir, 'snippet.mjs')], { timeout: 20_000, env }, (error, stdout, stderr) => {
      rmSync(dir, { recursive: true, force: true });
      resolve({ code: error ? ((error.code as number | undefined) ?? null) : 0, output: stdout + stderr });
    });
  });
}

test('an operation the SDK has shows the SDK tab, and its code runs with the SDK', async ({ page }) => {
  await page.goto('/docs/api/website-info');
  await expect(page.getByTestId('send')).toBeEnabled();
  const tabs = page.getByTestId('playground').getByRole('tab');
  await expect(tabs).toHaveCount(SNIPPET_TARGETS.length);
  await expect(tabs.nth(SNIPPET_TARGETS.length - 1)).toHaveText(SDK_LABEL);
  await tabs.nth(SNIPPET_TARGETS.length - 1).click();

  const snippet = page.getByTestId('snippet-sdk');
  await expect(snippet).toContainText('openApiClient.WebsiteService.websiteInfo({');
  await expect(snippet).toContainText("apiKey: '<your_api_key_here>'");
  // Highlighted as TypeScript by the theme's Prism.
  await expect(snippet.locator('pre')).toHaveClass(/language-typescript/);
  const code = await snippet.locator('pre code').innerText();

  const arrived: Array<{ method?: string; url?: string; auth?: string }> = [];
  const server = createServer((req, res) => {
    arrived.push({ method: req.method, url: req.url, auth: req.headers.authorization });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"id":"echo"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(code).toContain(`${PLACEHOLDER_ORIGIN}/open`);
    const result = await runTypeScript(code.replaceAll(PLACEHOLDER_ORIGIN, origin));
    expect(result, result.output).toMatchObject({ code: 0 });
    expect(result.output).toContain("id: 'echo'");
    expect(arrived).toHaveLength(1);
    expect(arrived[0]).toMatchObject({ method: 'GET', auth: 'Bearer <your_api_key_here>' });
    expect(arrived[0].url).toMatch(/^\/open\/workspace\/[^/]+\/website\/[^/]+\/info$/);
  } finally {
    server.close();
  }
});

test('an operation the SDK lacks shows no SDK tab; a stored SDK choice falls back to the first tab', async ({
  page,
}) => {
  await page.goto('/docs/api/website-all');
  await expect(page.getByTestId('send')).toBeEnabled();
  await page.getByTestId('playground').getByRole('tab', { name: SDK_LABEL }).click();
  await expect(page.getByTestId('snippet-sdk')).toBeVisible();

  await page.goto('/docs/api/worker-all');
  await expect(page.getByTestId('send')).toBeEnabled();
  const tabs = page.getByTestId('playground').getByRole('tab');
  await expect(tabs).toHaveCount(SNIPPET_TARGETS.length - 1);
  await expect(page.getByTestId('playground').getByRole('tab', { name: SDK_LABEL })).toHaveCount(0);
  await expect(page.getByTestId('snippet-sdk')).toHaveCount(0);
  await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('snippet-curl')).toContainText('/worker/all');
});

test('the SDK tab is there in another locale too', async ({ page }) => {
  await page.goto('/fr/docs/api/website-add');
  await expect(page.getByTestId('send')).toBeEnabled();
  await page.getByTestId('playground').getByRole('tab', { name: SDK_LABEL }).click();
  await expect(page.getByTestId('snippet-sdk')).toContainText('openApiClient.WebsiteService.websiteAdd({');
  await expect(page.getByTestId('snippet-sdk')).toContainText('requestBody: {');
});

test('the SDK snippet follows the parameters, and shows the key only while revealed', async ({ page }) => {
  await page.goto('/docs/api/website-all');
  await expect(page.getByTestId('send')).toBeEnabled();
  const playground = page.getByTestId('playground');
  await page.getByTestId('api-key').fill('sk_secret_e2e');
  await playground.getByLabel('workspaceId', { exact: false }).first().fill('first-ws');
  await playground.getByRole('tab', { name: SDK_LABEL }).click();
  const snippet = page.getByTestId('snippet-sdk');
  await expect(snippet).toContainText("workspaceId: 'first-ws',");
  await expect(snippet).toContainText("apiKey: '<your_api_key_here>'");
  await expect(snippet).not.toContainText('sk_secret_e2e');
  await playground.getByRole('button', { name: 'Reveal' }).click();
  await expect(snippet).toContainText("apiKey: 'sk_secret_e2e'");
});
