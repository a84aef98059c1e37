/**
 * The reference page's schemas as a reader uses them: unions shown variant by variant (tabs, keyboard included),
 * and a stable link to every parameter and property that scrolls to it, opens what hides it and highlights it.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, localePrefix } from './fixtures';

const PAGES = '/docs/api/page-get-all-pages';

/** The union tabs inside an element (Docusaurus's tab list). */
const tabsIn = (scope: Locator) => scope.locator(':scope [role=tablist]').first().getByRole('tab');
const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);
/** A field's copy-link control: beside its head (a leaf's div, or the summary of a field that folds). */
const copyControl = (page: Page, id: string) =>
  page.locator(`li:has(> [id="${id}"]), li:has(> details > [id="${id}"])`).getByRole('button').first();

async function expectInView(page: Page, target: Locator) {
  await expect(target).toBeVisible();
  await expect(target).toBeInViewport();
  // Not under the sticky navbar.
  const navbar = (await page.locator('.navbar').boundingBox())!;
  expect((await target.boundingBox())!.y).toBeGreaterThanOrEqual(navbar.y + navbar.height - 1);
}

/** The highlight of a link's target: a background the element has only while it is the target. */
const background = (target: Locator) => target.evaluate((el) => getComputedStyle(el).backgroundColor);

test.describe('union schemas', () => {
  test('page/all lists the fields of both page kinds, one tab each, switched from the keyboard', async ({ page }) => {
    await page.goto(PAGES);
    const response = byId(page, 'response.200');
    await expect(response).toContainText('Told apart by type.');
    const tabs = tabsIn(response);
    await expect(tabs).toHaveText(['type: "status"', 'type: "static"']);
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');

    const status = byId(page, 'response.200:status');
    const statik = byId(page, 'response.200:static');
    await expect(byId(page, 'response.200:status.monitorList')).toBeVisible();
    await expect(byId(page, 'response.200:status.type')).toContainText('required');
    await expect(status.locator('pre')).toContainText('"type": "status"');
    await expect(statik).toBeHidden();

    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.nth(1)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(statik).toBeVisible();
    await expect(byId(page, 'response.200:static.payload')).toBeVisible();
    await expect(byId(page, 'response.200:static.payload')).toContainText('required');
    // Its own example: the static page of the list example, not the status one.
    await expect(statik.locator('pre')).toContainText('"slug": "changelog"');
    await expect(status).toBeHidden();
    await expect(byId(page, 'response.200:status.monitorList')).toBeHidden();
  });

  test('the website domain (a request-body union inside a property) shows a name, an IPv4 or an IPv6 address', async ({
    page,
  }) => {
    await page.goto('/docs/api/website-add');
    const domain = page.locator('li', { has: byId(page, 'body.domain') });
    const tabs = tabsIn(domain);
    await expect(tabs).toHaveText(['string', 'string (ipv4)', 'string (ipv6)']);
    // The name variant: its limit and the body example's domain.
    await expect(byId(page, 'body.domain:string')).toContainText('at most 500 characters');
    await expect(byId(page, 'body.domain:string')).toContainText('"help.example.com"');
    await tabs.nth(2).click();
    const ipv6 = byId(page, 'body.domain:string-ipv6');
    await expect(ipv6).toBeVisible();
    await expect(ipv6).toContainText('at most 500 characters');
    // No example of the spec is an IPv6 address: one is sampled from the variant, never the name shown above.
    await expect(ipv6.locator('pre')).toContainText(/"[0-9a-f]{1,4}(:[0-9a-f]{0,4}){2,7}"/);
    await expect(ipv6.locator('pre')).not.toContainText('help.example.com');
  });

  test('every id on an operation page is unique, and none of ours can be a heading id', async ({ page }) => {
    await page.goto(PAGES);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const ours = ids.filter((id) => /^(param|body|response)\./.test(id));
    expect(ours.length).toBeGreaterThan(40);
    for (const id of ours) expect(id).toMatch(/^[A-Za-z0-9_.:-]+$/);
    const headings = await page.locator('h1[id], h2[id], h3[id], h4[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(headings).toContain('parameters-path');
    for (const id of headings) expect(id).not.toMatch(/[.:]/);
  });
});

for (const locale of ['en', 'fr'] as const) {
  test.describe(`links to a parameter or a property (${locale})`, () => {
    const url = `${localePrefix(locale)}${PAGES}`;

    test('a parameter link scrolls to its row and highlights it', async ({ page }) => {
      await page.goto(`${url}#param.path.workspaceId`);
      const row = byId(page, 'param.path.workspaceId');
      await expectInView(page, row);
      await expect(row).toHaveClass(/target/);
      expect(await background(row)).not.toBe('rgba(0, 0, 0, 0)');
      await expect(byId(page, 'param.query.type')).not.toHaveClass(/target/);
    });

    test('a link into a variant that is not shown selects its tab first', async ({ page }) => {
      await page.goto(`${url}#response.200:static.payload`);
      const target = byId(page, 'response.200:static.payload');
      await expect(tabsIn(byId(page, 'response.200')).nth(1)).toHaveAttribute('aria-selected', 'true');
      await expectInView(page, target);
      await expect(target).toHaveClass(/target/);
      expect(await background(target)).not.toBe('rgba(0, 0, 0, 0)');
    });

    test('a link into a collapsed response opens it; following another link moves the highlight', async ({ page }) => {
      await page.goto(url);
      const notFound = byId(page, 'response.404');
      await expect(notFound).not.toHaveAttribute('open');
      await page.evaluate(() => (window.location.hash = 'response.404.code'));
      const target = byId(page, 'response.404.code');
      await expect(notFound).toHaveAttribute('open');
      await expectInView(page, target);
      await expect(target).toHaveClass(/target/);
      await page.evaluate(() => (window.location.hash = 'param.query.type'));
      await expectInView(page, byId(page, 'param.query.type'));
      await expect(byId(page, 'param.query.type')).toHaveClass(/target/);
      await expect(target).not.toHaveClass(/target/);
    });
  });
}

test.describe('response examples', () => {
  // A closed response's example is plain text in the HTML and is highlighted when opened (ApiOperation/ResponseDetails).
  const example = (page: Page, status: string) =>
    byId(page, `response.${status}`).locator(':scope > pre, :scope > div pre');

  test('without scripts, every example is in the page: the open ones highlighted, the closed ones plain', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(PAGES);
    await expect(example(page, '200').locator('.token').first()).toBeAttached();
    await expect(example(page, '404')).toHaveCount(1);
    await expect(example(page, '404')).toContainText('"code": "NOT_FOUND"');
    await expect(example(page, '404').locator('.token')).toHaveCount(0);
    await context.close();
  });

  test('opening a response, by a click or a link, highlights its example', async ({ page }) => {
    await page.goto(PAGES);
    await expect(page.getByTestId('send')).toBeEnabled();
    await expect(example(page, '404').locator('.token')).toHaveCount(0);
    await byId(page, 'response.404').locator(':scope > summary').click();
    await expect(example(page, '404').locator('.token').first()).toBeVisible();
    await expect(example(page, '404')).toContainText('"code": "NOT_FOUND"');
    await page.evaluate(() => (window.location.hash = 'response.500.code'));
    await expect(byId(page, 'response.500')).toHaveAttribute('open');
    await expect(example(page, '500').locator('.token').first()).toBeVisible();
  });
});

test.describe('copy a link', () => {
  for (const [locale, label, copied] of [
    ['en', 'Copy link to workspaceId', 'Copied'],
    ['fr', 'Copier le lien vers workspaceId', 'Copié'],
  ] as const) {
    test(`the copy-link control copies the full URL of the row (${locale})`, async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      await page.goto(`${localePrefix(locale)}${PAGES}`);
      await expect(page.getByTestId('send')).toBeEnabled();
      const button = byId(page, 'param.path.workspaceId').getByRole('button', { name: label });
      // The icon is the button's CSS, not markup in every row.
      const icon = await button.evaluate((el) => {
        const style = getComputedStyle(el, '::before');
        return { mask: style.maskImage || style.webkitMaskImage, width: style.width };
      });
      expect(icon).toEqual({ mask: expect.stringContaining('data:image/svg+xml'), width: '14px' });
      await button.click();
      await expect(byId(page, 'param.path.workspaceId').getByRole('status')).toHaveText(copied);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text).toBe(`${baseURL}${localePrefix(locale)}${PAGES}#param.path.workspaceId`);

      // On a field that folds, copying leaves it as it was.
      const monitorList = byId(page, 'response.200:status.monitorList');
      await copyControl(page, 'response.200:status.monitorList').click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#response\.200:status\.monitorList$/);
      await expect(monitorList.locator('..')).toHaveAttribute('open');

      // A property's control copies its own path; the link opens on it.
      await tabsIn(byId(page, 'response.200')).nth(1).click();
      await expect(copyControl(page, 'response.200:static.payload')).toHaveAccessibleName(
        label.replace('workspaceId', 'payload'),
      );
      await copyControl(page, 'response.200:static.payload').click();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toBe(`${baseURL}${localePrefix(locale)}${PAGES}#response.200:static.payload`);
      const other = await context.newPage();
      await other.goto(link);
      await expectInView(other, byId(other, 'response.200:static.payload'));
    });
  }

  test('without a clipboard, the link goes to the address bar and the control says so', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.goto(PAGES);
    await expect(page.getByTestId('send')).toBeEnabled();
    await byId(page, 'param.query.type').getByRole('button', { name: 'Copy link to type' }).click();
    await expect(byId(page, 'param.query.type').getByRole('status')).toHaveText(
      'Could not copy: the link is in the address bar',
    );
    expect(new URL(page.url()).hash).toBe('#param.query.type');
  });
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const url of [PAGES, '/fr/docs/api/website-add#body.domain:string-ipv6']) {
    test(`${url} with its unions does not scroll sideways`, async ({ page }) => {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      // The widest variant shown too.
      const tabs = page.locator('[role=tablist]').first().getByRole('tab');
      if (url === PAGES) await tabs.nth(1).click();
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    });
  }
});
