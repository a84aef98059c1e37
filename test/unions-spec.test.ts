/**
 * A build of test/fixtures/specs/unions.yaml (a request-body union nested in a property, allOf, a recursive schema):
 * the static pages carry every variant's fields (the tabs not selected are rendered hidden, so links and search
 * reach them), each property's id once, and the recursion listed once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuild } from '../bench/lib/serve';
import { copySite, removeSite, runScript } from './support/site-copy';

const dir = copySite();
afterAll(() => removeSite(dir));

let result: Awaited<ReturnType<typeof runScript>>;
beforeAll(async () => {
  const spec = path.resolve(__dirname, 'fixtures/specs/unions.yaml');
  result = await runScript(dir, 'build', ['--locale', 'en'], spec, { DOCS_LOCALES: 'en' });
}, 600_000);

const html = (id: string) => fs.readFileSync(path.join(dir, 'build/docs/api', `${id}.html`), 'utf8');
// The built HTML is minified: attribute values without quotes where they need none.
const idsIn = (page: string) => [...page.matchAll(/\sid="?([^"\s>]+)/g)].map((m) => m[1]);
/** The HTML from the element with this id to the next element with an id: what its row shows. */
function around(page: string, id: string): string {
  const at = page.search(new RegExp(`\\sid="?${id.replace(/[.]/g, '\\.')}[\\s">]`));
  expect(at, `${id} is on the page`).toBeGreaterThan(0);
  const next = page.slice(at + 4).search(/\sid=/);
  return page.slice(at, next < 0 ? undefined : at + 4 + next);
}

describe('the unions fixture builds', () => {
  it('builds', () => {
    expect(result.code, result.stderr.slice(-2000)).toBe(0);
  });

  it('shows both variants of the nested request-body union with their fields, required marks and tabs', () => {
    const page = html('notification-create');
    const ids = idsIn(page);
    for (const id of [
      'param.path.workspaceId',
      'param.query.dryRun',
      'body.name',
      'body.payload',
      'body.payload:webhook',
      'body.payload:webhook.url',
      'body.payload:webhook.secret',
      'body.payload:email',
      'body.payload:email.to',
      'response.200.id',
      'response.200.payload:email.to',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(page).toMatch(/role="?tab"?[^>]*>kind: (&quot;|")webhook(&quot;|")</);
    expect(page).toMatch(/role="?tab"?[^>]*>kind: (&quot;|")email(&quot;|")</);
    expect(page).toMatch(/Told apart by <code>kind<\/code>/);
    expect(around(page, 'body.payload:webhook.url')).toMatch(/required/);
    expect(around(page, 'body.payload:webhook.secret')).not.toMatch(/required/);
    // The email panel is rendered, hidden until its tab is selected.
    expect(page).toMatch(/<div role="?tabpanel"?[^>]*\shidden[^>]*>\s*<div id="?body\.payload:email[\s">]/);
  });

  it('lists allOf members merged, with their required marks', () => {
    const page = html('notification-create');
    expect(around(page, 'response.200.id')).toMatch(/required/);
    expect(around(page, 'response.200.createdAt')).not.toMatch(/required/);
    expect(around(page, 'response.200.name')).toMatch(/required/);
  });

  it('shows a recursive schema once, its recursion named as a variant', () => {
    const page = html('folder-tree');
    const ids = idsIn(page);
    expect(ids).toContain('response.200.children:folder');
    expect(ids).toContain('response.200.children:file.size');
    expect(ids.filter((id) => id.startsWith('response.200.children:folder.'))).toEqual([]);
    expect(page).toMatch(/The schema <code>Folder<\/code> again/);
  });
});

describe('the unions fixture in Chromium', () => {
  it('switches the nested request-body union to its other variant, and a link into that variant opens it', async () => {
    const server = await serveBuild(dir);
    const browser = await chromium.launch({
      executablePath: execSync('which chromium || which chromium-browser').toString().trim(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.base}/docs/api/notification-create`);
      // A tab clicked before React has attached the page is lost: wait until it has (as e2e/fixtures.ts does).
      await expect
        .poll(() =>
          page.evaluate(() =>
            Object.keys(document.querySelector('.navbar') ?? {}).some((k) => k.startsWith('__reactProps$')),
          ),
        )
        .toBe(true);
      const email = page.locator('[id="body.payload:email.to"]');
      await expect.poll(() => email.isVisible()).toBe(false);
      await page.getByRole('tab', { name: 'kind: "email"' }).first().click();
      await expect.poll(() => email.isVisible()).toBe(true);
      await expect.poll(() => page.locator('[id="body.payload:webhook.url"]').isVisible()).toBe(false);

      const linked = await browser.newPage();
      await linked.goto(`${server.base}/docs/api/notification-create#body.payload:email.to`);
      const target = linked.locator('[id="body.payload:email.to"]');
      await expect.poll(() => target.isVisible()).toBe(true);
      await expect.poll(() => target.getAttribute('class')).toMatch(/target/);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);
});
