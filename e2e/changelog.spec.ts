/**
 * The API's changelog (src/plugins/changelog.ts) as a reader meets it in English and Japanese: the page with its
 * releases, its links landing on the parameter they name, its Atom feed and Markdown twin, and the marks on
 * parameters newer than their operation linking back to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, localePrefix } from './fixtures';

/** A UI string of a locale, `{placeholders}` filled in. */
const message = (locale: string, id: string, values: Record<string, string> = {}): string => {
  const code = JSON.parse(fs.readFileSync(path.resolve(__dirname, `../i18n/${locale}/code.json`), 'utf8'));
  return (code[id].message as string).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
};

const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

async function expectInView(page: Page, target: Locator) {
  await expect(target).toBeVisible();
  await expect(target).toBeInViewport();
  const navbar = (await page.locator('.navbar').boundingBox())!;
  expect((await target.boundingBox())!.y).toBeGreaterThanOrEqual(navbar.y + navbar.height - 1);
}

for (const locale of ['en', 'ja']) {
  const prefix = localePrefix(locale);

  test.describe(`changelog (${locale})`, () => {
    test('lists releases newest first with dates, the breaking rule, and is reached from the navbar', async ({
      page,
    }) => {
      await page.goto(`${prefix}/docs/getting-started`);
      await page
        .locator('.navbar')
        .getByRole('link', { name: message(locale, 'changelog.title') })
        .click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/changelog$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(message(locale, 'changelog.title'));
      await expect(page.getByTestId('breaking-rule')).toHaveText(message(locale, 'changelog.rule'));
      const versions = page.getByTestId('changelog-version');
      await expect(versions).toHaveCount(18);
      await expect(versions.first().getByRole('heading', { level: 2 })).toHaveText('v1.30.25');
      await expect(versions.last().getByRole('heading', { level: 2 })).toHaveText('v1.2.2');
      await expect(versions.first()).toContainText(message(locale, 'changelog.released', { date: '2026-05-19' }));
      // monitor-createPage gave way to page-createPage in v1.30.25: a removal, marked breaking.
      const removed = byId(page, 'v1.30.25.monitor-createPage');
      await expect(removed).toContainText(message(locale, 'changelog.breaking'));
      await expect(byId(page, 'v1.30.25.page-createPage').getByRole('link')).toHaveAttribute(
        'href',
        `${prefix}/docs/api/page-create-page`,
      );
    });

    test('an entry’s link lands on the parameter it names, scrolled into view', async ({ page }) => {
      await page.goto(`${prefix}/changelog`);
      const entry = byId(page, 'v1.30.2.website-metrics').getByRole('link', { name: /utm_source/ });
      await expect(entry).toHaveAttribute('href', `${prefix}/docs/api/website-metrics#param.query.utm_source`);
      await entry.click();
      await expect(page).toHaveURL(new RegExp(`/docs/api/website-metrics#param\\.query\\.utm_source$`));
      await expectInView(page, byId(page, 'param.query.utm_source'));
    });

    test('the Atom feed is linked from the page, served, and parses with one dated entry per release', async ({
      page,
    }) => {
      await page.goto(`${prefix}/changelog`);
      const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(alternate).toHaveAttribute('href', `${prefix}/changelog.xml`);
      const response = await page.request.get(`${prefix}/changelog.xml`);
      expect(response.status()).toBe(200);
      const entries = await page.evaluate(
        (xml) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          if (doc.getElementsByTagName('parsererror').length > 0) return 'parse error';
          const ATOM = 'http://www.w3.org/2005/Atom';
          if (doc.documentElement.namespaceURI !== ATOM) return 'not Atom';
          return Array.from(doc.getElementsByTagNameNS(ATOM, 'entry')).map((e) => ({
            title: e.getElementsByTagNameNS(ATOM, 'title')[0]?.textContent,
            link: e.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href'),
            updated: e.getElementsByTagNameNS(ATOM, 'updated')[0]?.textContent,
          }));
        },
        await response.text(),
      );
      expect(Array.isArray(entries) && entries.length).toBe(18);
      expect((entries as Array<{ title: string }>)[0]).toEqual({
        title: 'v1.30.25',
        link: expect.stringMatching(new RegExp(`${prefix}/changelog#v1\\.30\\.25$`)),
        updated: '2026-05-19T12:00:00.000Z',
      });
      const twin = await page.request.get(`${prefix}/changelog.md`);
      expect(twin.status()).toBe(200);
      expect(await twin.text()).toContain(`# ${message(locale, 'changelog.title')}`);
      const llms = await (await page.request.get(`${prefix}/llms.txt`)).text();
      expect(llms).toMatch(
        new RegExp(
          `\\]\\(https?://[^)]+${prefix}/changelog\\): Markdown \\S+${prefix}/changelog\\.md, Atom \\S+${prefix}/changelog\\.xml\\n`,
        ),
      );
    });

    test('a parameter newer than its operation says so, linking to its release in the changelog', async ({ page }) => {
      await page.goto(`${prefix}/docs/api/website-metrics`);
      const row = byId(page, 'param.query.utm_source');
      const mark = row.getByTestId('field-added-in');
      await expect(mark).toHaveText(message(locale, 'changelog.mark.added', { version: 'v1.30.2' }));
      await mark.click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/changelog#v1\\.30\\.2$`));
      await expectInView(page, byId(page, 'v1.30.2'));
    });
  });
}

test('an operation page without marks loads no changelog data', async ({ page }) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text());
  });
  await page.goto('/docs/api/website-info');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(0);
  // The changelog's data: an operation gone from today's spec, the oldest release. (Its words are in the locale's
  // catalog, which Docusaurus bundles with every page like all UI strings.)
  for (const body of bodies) {
    expect(body).not.toContain('monitor-createPage');
    expect(body).not.toContain('v1.2.2');
  }
});
