import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

test.describe('accessibility', () => {
  test.use({ expectedConsoleErrors: /Failed to load resource: the server responded with a status of 401/ });

  for (const url of ['/docs/api/website-add', '/docs/api/global-config', '/fr/docs/api/website-add']) {
    test(`${url} has no serious or critical axe violations, playground included`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByTestId('send')).toBeEnabled();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
      expect(serious).toEqual([]);
    });
  }

  test('a response shown in the playground keeps the page free of serious axe violations', async ({ page }) => {
    await page.goto('/docs/api/website-all');
    await page.getByTestId('playground').getByLabel('workspaceId').fill('w1');
    await page.getByTestId('send').click();
    await expect(page.getByTestId('response-status')).toHaveText(/^401/);
    const results = await new AxeBuilder({ page }).include('[data-testid=playground]').analyze();
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
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
