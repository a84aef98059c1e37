import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The serious and critical axe violations of the page (or of the part `include` names), with where they are. */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const results = await (include ? axe.include(include) : axe).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

test.describe('accessibility', () => {
  test.use({ expectedConsoleErrors: /Failed to load resource: the server responded with a status of 401/ });

  for (const url of ['/docs/api/website-add', '/docs/api/global-config', '/fr/docs/api/website-add']) {
    test(`${url} has no serious or critical axe violations, playground included`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByTestId('send')).toBeEnabled();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  // Beyond the light desktop theme: the dark theme (code colours included), a phone, Japanese and Chinese pages.
  for (const [label, url, options] of [
    ['dark theme, French guide', '/fr/docs/authentication', { dark: true }],
    ['dark theme, operation page', '/docs/api/website-add', { dark: true }],
    ['390 px phone, Chinese guide', '/zh-Hans/docs/authentication', { phone: true }],
    ['390 px phone, Japanese operation page', '/ja/docs/api/website-add', { phone: true }],
    ['dark theme on a phone, Chinese operation page', '/zh-Hans/docs/api/monitor-all', { dark: true, phone: true }],
  ] as const) {
    test(`${label}: no serious or critical axe violations`, async ({ page }) => {
      test.slow(); // axe over a whole page
      if ('phone' in options) await page.setViewportSize({ width: 390, height: 844 });
      // Docusaurus's own query parameter for a theme chosen from outside.
      await page.goto('dark' in options ? `${url}?docusaurus-theme=dark` : url);
      if ('dark' in options) await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('the search results open, in Japanese: no serious or critical axe violations', async ({ page }) => {
    await page.goto('/ja/docs/getting-started');
    await page.getByRole('combobox').fill('ウェブサイト');
    await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the history panel open: no serious or critical axe violations', async ({ page }) => {
    await page.goto('/docs/api/global-config');
    await page.getByTestId('send').click();
    await expect(page.getByTestId('response-status')).toHaveText(/^200/);
    await page.getByTestId('history-button').click();
    await expect(page.getByTestId('history-entry').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a response shown in the playground keeps the page free of serious axe violations', async ({ page }) => {
    await page.goto('/docs/api/website-all');
    await page.getByTestId('playground').getByLabel('workspaceId').fill('w1');
    await page.getByTestId('send').click();
    await expect(page.getByTestId('response-status')).toHaveText(/^401/);
    expect(await seriousViolations(page, '[data-testid=playground]')).toEqual([]);
  });

  test('the playground works from the keyboard: Ctrl+Enter sends, results are announced politely', async ({ page }) => {
    await page.goto('/docs/api/global-config');
    await expect(page.getByTestId('send')).toBeEnabled();
    await page.getByTestId('playground').getByText('Mock', { exact: true }).click();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('response-status')).toHaveText(/^200/);
    await expect(page.getByTestId('result')).toHaveAttribute('aria-live', 'polite');
    // Focus is visible on the controls.
    await page.getByTestId('timeout').focus();
    const outline = await page.getByTestId('timeout').evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
  });
});
