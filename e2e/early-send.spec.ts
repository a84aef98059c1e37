/**
 * Send before hydration (src/playground/early-send.ts): while the page's scripts are still on their way, Send
 * takes the click, the page neither reloads nor submits natively, and the request goes out once the playground
 * has hydrated, with the settings the reader saved.
 */
import type { Page, Route } from '@playwright/test';
import { test, expect, isHydrated } from './fixtures';

/** Holds the page's main bundle until `release` is called: the page stays server-rendered meanwhile. */
async function holdMainBundle(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/js\/main\.[^/]*\.js$/, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('Send pressed before hydration is sent once the playground has loaded', async ({ page }) => {
  const release = await holdMainBundle(page);
  await page.goto('/docs/api/global-config', { waitUntil: 'commit' });
  const send = page.getByTestId('send');
  await expect(send).toBeEnabled();
  expect(await isHydrated(page)).toBe(false);
  await expect(page.getByTestId('send-hint')).toHaveText('Loading the playground…');
  const url = page.url();
  await send.click();
  await expect(send).toHaveAttribute('aria-busy', 'true');
  // Not submitted natively: same URL, no query string, no answer yet.
  expect(page.url()).toBe(url);
  await expect(page.getByTestId('response-status')).toHaveCount(0);
  release();
  await expect(page.getByTestId('response-status')).toHaveText(/^200/, { timeout: 20_000 });
  await expect(send).not.toHaveAttribute('aria-busy');
  expect(page.url()).toBe(url);
  await expect(page.getByTestId('send-hint')).toHaveText('Ctrl/⌘ + Enter');
});

test('without a press before hydration, nothing is sent on its own', async ({ page }) => {
  const release = await holdMainBundle(page);
  await page.goto('/docs/api/global-config', { waitUntil: 'commit' });
  await expect(page.getByTestId('send')).toBeEnabled();
  release();
  await expect.poll(() => isHydrated(page)).toBe(true);
  await page.waitForTimeout(1000);
  await expect(page.getByTestId('response-status')).toHaveCount(0);
});

test('on a phone, nothing moves as the page hydrates and the held Send goes out', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  // Layout shifts up to the moment the answer appears (the answer's panel pushes the page down: the reader asked).
  await page.addInitScript(() => {
    const seen: Array<{ t: number; value: number }> = [];
    let answeredAt = Infinity;
    (window as unknown as { __shifts: () => number }).__shifts = () =>
      seen.filter((s) => s.t < answeredAt).reduce((sum, s) => sum + s.value, 0);
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => seen.push({ t: e.startTime, value: (e as unknown as { value: number }).value })),
    ).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver(() => {
      if (answeredAt === Infinity && document.querySelector('[data-testid="response-status"]'))
        answeredAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  const release = await holdMainBundle(page);
  await page.goto('/docs/api/global-config', { waitUntil: 'commit' });
  await page.getByTestId('send').click();
  await expect(page.getByTestId('send')).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.getByTestId('response-status')).toHaveText(/^200/, { timeout: 20_000 });
  const shifted = await page.evaluate(() => (window as unknown as { __shifts: () => number }).__shifts());
  expect(shifted).toBeLessThan(0.001);
});
