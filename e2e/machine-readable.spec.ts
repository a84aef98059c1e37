import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { test, expect, localePrefix } from './fixtures';
import { readCatalog } from '../src/i18n/catalog';
import { readGeneratedOperations, readGeneratedSiteData } from '../src/openapi/model';
import { curlExample } from '../src/markdown-pages/operation';
import { exampleBaseUrl } from '../src/openapi/servers';

const catalog = (locale: string) => readCatalog('openapi/i18n', locale);
const operations = readGeneratedOperations('.');
const baseUrl = exampleBaseUrl(readGeneratedSiteData('.').serverUrl);
const parse = (text: string) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const headingTexts = (text: string) =>
  parse(text).children.flatMap((n) =>
    n.type === 'heading' && n.children[0]?.type === 'text' ? [`${n.depth} ${n.children[0].value}`] : [],
  );

test.describe('machine-readable outputs', () => {
  test('the API index links the OpenAPI document', async ({ page, request }) => {
    await page.goto('/docs/api');
    const href = await page.getByTestId('spec-download').getAttribute('href');
    const spec = await request.get(href!);
    expect(spec.ok()).toBe(true);
    expect(await spec.text()).toContain('openapi: 3.1.0');
  });

  for (const locale of ['en', 'fr']) {
    test(`${locale}: every operation page and guide has a Markdown twin, listed in llms.txt and llms-full.txt`, async ({
      request,
    }) => {
      const prefix = localePrefix(locale);
      const llms = await (await request.get(`${prefix}/llms.txt`)).text();
      expect(llms).toMatch(/^# Tianji API/);
      expect(llms).toContain(`${prefix}/openapi.yaml)`);
      const links = [...llms.matchAll(/\]\((https?:\/\/[^)]+)\)/g)].map((m) => new URL(m[1]).pathname);
      const twins = links.filter((l) => l.endsWith('.md'));
      // One twin per operation and per guide (getting started, authentication), each a link of llms.txt.
      expect(twins.filter((l) => l.startsWith(`${prefix}/docs/api/`))).toHaveLength(operations.length);
      expect(twins).toContain(`${prefix}/docs/getting-started.md`);
      expect(twins).toContain(`${prefix}/docs/authentication.md`);

      const full = await (await request.get(`${prefix}/llms-full.txt`)).text();
      const fullHeadings = headingTexts(full).filter((h) => h.startsWith('1 '));
      expect(fullHeadings).toHaveLength(1 + twins.length);

      for (const id of ['website-add', 'global-config']) {
        const op = operations.find((o) => o.id === id)!;
        const summary = locale === 'en' ? op.summary : (catalog(locale).operations[id]?.summary ?? op.summary);
        const response = await request.get(`${prefix}/docs/api/${id}.md`);
        expect(response.ok()).toBe(true);
        const text = await response.text();
        expect(headingTexts(text)[0]).toBe(`1 ${summary}`);
        expect(text).toContain(`\`${op.method} ${op.path}\``);
        const tree = parse(text);
        const curl = tree.children.filter((n) => n.type === 'code' && n.lang === 'bash');
        expect(curl).toHaveLength(1);
        // The same snippet the playground's generator writes for the documented example values.
        expect(curl[0].type === 'code' && curl[0].value).toBe(curlExample(op, baseUrl));
        expect(fullHeadings).toContain(`1 ${summary}`);
      }
      const guide = await (await request.get(`${prefix}/docs/getting-started.md`)).text();
      expect(guide).not.toMatch(/^---/);
      expect(headingTexts(guide)[0]).toMatch(/^1 /);
    });
  }

  for (const locale of ['en', 'fr']) {
    test(`${locale}: "Copy page as Markdown" copies the page's Markdown twin`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const prefix = localePrefix(locale);
      await page.goto(`${prefix}/docs/api/website-add`);
      const copy = page.getByTestId('copy-markdown');
      await expect(copy).toBeVisible();
      await copy.click();
      await expect(page.getByRole('status').filter({ hasText: locale === 'fr' ? 'Copié' : 'Copied' })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const twin = await (await page.request.get(`${prefix}/docs/api/website-add.md`)).text();
      expect(copied).toBe(twin);
      await expect(page.getByTestId('view-markdown')).toHaveAttribute('href', `${prefix}/docs/api/website-add.md`);

      // Guides have it too; the API index (no twin) does not.
      await page.goto(`${prefix}/docs/getting-started`);
      await expect(page.getByTestId('copy-markdown')).toBeVisible();
      await page.goto(`${prefix}/docs/api`);
      await expect(page.locator('article').first()).toBeVisible();
      await expect(page.getByTestId('copy-markdown')).toHaveCount(0);
    });
  }
});
