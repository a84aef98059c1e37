import { test, expect, LOCALES, localePrefix } from './fixtures';

const HTML_LANG: Record<string, string> = {
  en: 'en',
  fr: 'fr',
  de: 'de',
  es: 'es',
  id: 'id',
  ja: 'ja',
  'zh-Hans': 'zh-Hans',
};

for (const locale of LOCALES) {
  test(`${locale}: home and API index render in their language`, async ({ page }) => {
    await page.goto(`${localePrefix(locale)}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[locale]);
    await expect(page.locator('h1')).toBeVisible();

    await page.goto(`${localePrefix(locale)}/docs/api`);
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG[locale]);
    await expect(page.locator('h1')).toBeVisible();
    // One card per tag of the spec.
    await expect(page.locator('main li a[href*="/docs/api/"]')).toHaveCount(15);
  });
}

test('an operation page shows its method, path, auth requirement and parameters', async ({ page }) => {
  await page.goto('/docs/api/website-add');
  const article = page.locator('article[data-operation-id="website-add"]');
  await expect(article.locator('h1')).toBeVisible();
  await expect(article.getByText('POST', { exact: true }).first()).toBeVisible();
  await expect(article.locator('code', { hasText: '/workspace/{workspaceId}/website/add' })).toBeVisible();
  await expect(article.getByTestId('auth-requirement')).toContainText('Authorization required');
  await expect(article.locator('#parameters')).toBeVisible();
  await expect(article.locator('table code', { hasText: 'workspaceId' })).toBeVisible();
  await expect(article.locator('#request-body')).toBeVisible();
  await expect(article.locator('#responses')).toBeVisible();
});

test('a public operation says no key is needed', async ({ page }) => {
  await page.goto('/docs/api/global-config');
  await expect(page.getByTestId('auth-requirement')).toContainText('no API key');
});

test('the sidebar groups operations by tag with method badges', async ({ page }) => {
  await page.goto('/docs/api/website-add');
  const sidebar = page.locator('nav.menu');
  await expect(sidebar.locator('.api-method.post a[href$="/docs/api/website-add"]')).toBeVisible();
  for (const tag of ['Website', 'Monitor', 'Feed', 'Workspace']) {
    await expect(
      sidebar
        .getByRole('button', { name: new RegExp(tag) })
        .or(sidebar.locator('.menu__link', { hasText: tag }))
        .first(),
    ).toBeVisible();
  }
});

test('the locale dropdown moves an English page to the same page in French', async ({ page }) => {
  await page.goto('/docs/api/website-add');
  await page.locator('.navbar__items--right .dropdown').hover();
  await page.locator('.dropdown__menu a[lang="fr"]').click();
  await expect(page).toHaveURL(/\/fr\/docs\/api\/website-add$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('article[data-operation-id="website-add"]')).toBeVisible();
});

test('guides are linked from the navbar', async ({ page }) => {
  await page.goto('/');
  await page.locator('.navbar').getByRole('link', { name: 'Guides' }).click();
  await expect(page).toHaveURL(/\/docs\/getting-started$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Getting started');
  await page.locator('.menu').getByRole('link', { name: 'Authentication' }).click();
  await expect(page).toHaveURL(/\/docs\/authentication$/);
  await expect(page.locator('pre code').first()).toBeVisible();
});

test('the build holds every locale with one page per operation', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const YAML = (await import('yaml')).default;
  const spec = YAML.parse(fs.readFileSync(path.resolve(__dirname, '../openapi/tianji.yaml'), 'utf8'));
  const ids: string[] = Object.values(spec.paths as Record<string, Record<string, { operationId: string }>>).flatMap(
    (item) => Object.values(item).map((op) => op.operationId),
  );
  expect(ids.length).toBeGreaterThan(100);
  expect(new Set(ids).size).toBe(ids.length);
  const kebab = (s: string) =>
    s
      .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
      .replace(/[^a-zA-Z0-9]+/g, '-')
      .toLowerCase();
  for (const locale of LOCALES) {
    const dir = path.resolve(__dirname, '../build', locale === 'en' ? '' : locale, 'docs/api');
    const pages = new Set(fs.readdirSync(dir));
    expect(
      ids.filter((id) => !pages.has(`${kebab(id)}.html`)),
      `${locale}: operations without a page`,
    ).toEqual([]);
  }
});

test("code blocks take the reader's colour mode once the page has hydrated", async ({ page }) => {
  // The server renders the light Prism theme; a dark reader's colours arrive as an update (src/theme/CodeBlock).
  const pre = page.getByTestId('snippet-curl').locator('pre');
  const tokenColour = () =>
    pre
      .locator('.token')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
  await page.goto('/docs/api/global-config');
  await expect(pre).toHaveCSS('background-color', 'rgb(246, 248, 250)');
  const light = await tokenColour();

  // The colour mode's storage key, as the page's own inline script reads it (Docusaurus namespaces it per site).
  const key = (await page.content()).match(/localStorage\.getItem\("(theme[^"]*)"\)/)?.[1];
  expect(key).toBeTruthy();
  await page.evaluate((k) => localStorage.setItem(k, 'dark'), key!);
  await page.reload();
  await expect(pre).toHaveCSS('background-color', 'rgb(40, 42, 54)');
  await expect.poll(tokenColour).not.toBe(light);
});
