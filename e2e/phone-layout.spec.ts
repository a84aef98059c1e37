/**
 * What a reader on a 390 px phone (and a 1280 px laptop) can reach: no page scrolls sideways, every snippet tab is
 * in view and opens its code, and the playground offers only what the operation can use.
 */
import { test, expect } from './fixtures';
import { SNIPPET_TARGETS } from '../src/snippets';

const PAGES = ['/docs/api/website-add', '/docs/api/website-all', '/fr/docs/api/website-info', '/docs/getting-started'];

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const url of PAGES) {
    test(`${url} does not scroll sideways`, async ({ page }) => {
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    });
  }
});

for (const [device, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['laptop', { width: 1280, height: 800 }],
] as const) {
  test(`every snippet tab is in view and shows its code (${device})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/docs/api/website-add');
    await expect(page.getByTestId('send')).toBeEnabled();
    const playground = page.getByTestId('playground');
    const tabs = playground.getByRole('tab');
    await expect(tabs).toHaveCount(SNIPPET_TARGETS.length);
    const box = (await playground.boundingBox())!;
    for (const [i, target] of SNIPPET_TARGETS.entries()) {
      const tab = tabs.nth(i);
      await expect(tab).toHaveText(target.label);
      const tabBox = (await tab.boundingBox())!;
      // Inside the playground's own box: visible without scrolling the tab list.
      expect(tabBox.x).toBeGreaterThanOrEqual(box.x);
      expect(tabBox.x + tabBox.width).toBeLessThanOrEqual(box.x + box.width + 1);
      await tab.click();
      await expect(page.getByTestId(`snippet-${target.id}`)).toBeVisible();
      await expect(page.getByTestId(`snippet-${target.id}`)).toContainText('/website/add');
    }
  });
}

test('a public operation offers no demo key (it has no key field); a secured one does', async ({ page }) => {
  await page.goto('/docs/api/global-config');
  await expect(page.getByTestId('send')).toBeEnabled();
  await expect(page.getByTestId('playground').getByRole('button', { name: 'Use the demo key' })).toHaveCount(0);
  await page.goto('/docs/api/website-all');
  await expect(page.getByTestId('playground').getByRole('button', { name: 'Use the demo key' })).toBeVisible();
});

test('before hydration, Send says why it waits; after, it shows the shortcut', async ({ page, request }) => {
  // The server-rendered page is what a reader sees until the scripts have run.
  const html = await (await request.get('/fr/docs/api/website-all')).text();
  expect(html).toMatch(/data-testid="?send-hint"?[^>]*>Chargement du bac à sable…</);
  expect(html).toMatch(/data-testid="?send"?[^>]*disabled|disabled[^>]*data-testid="?send"?/);
  await page.goto('/fr/docs/api/website-all');
  await expect(page.getByTestId('send')).toBeEnabled();
  await expect(page.getByTestId('send-hint')).toHaveText('Ctrl/⌘ + Enter');
});
