import fs from 'node:fs';
import path from 'node:path';
import { test, expect, localePrefix } from './fixtures';

/** A UI string of a locale with its `{version}` filled in, as the page shows it. */
const message = (locale: string, id: string, version: string): string => {
  const code = JSON.parse(fs.readFileSync(path.resolve(__dirname, `../i18n/${locale}/code.json`), 'utf8'));
  return (code[id].message as string).replace('{version}', version);
};

test.describe('operation history marks', () => {
  for (const locale of ['en', 'ja']) {
    test(`${locale}: an operation added after the oldest release says when, in the reader's language`, async ({
      page,
    }) => {
      await page.goto(`${localePrefix(locale)}/docs/api/worker-all`);
      await expect(page.getByTestId('added-in')).toHaveText(message(locale, 'api.history.added', 'v1.30.4'));
      await expect(page.getByTestId('changed-in')).toHaveCount(0);
    });
  }

  test('an operation changed since it appeared says both', async ({ page }) => {
    await page.goto('/docs/api/feed-send-event');
    await expect(page.getByTestId('added-in')).toHaveText('Added in v1.11.4');
    await expect(page.getByTestId('changed-in')).toHaveText('Last changed in v1.30.25');
  });

  test('an operation unchanged since the oldest release has no mark, and its page loads no other history', async ({
    page,
  }) => {
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text());
    });
    await page.goto('/docs/api/website-info');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('operation-history')).toHaveCount(0);
    // worker-all's entry lives in worker-all's page only.
    const bodies = await Promise.all(scripts);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(body).not.toContain('v1.30.4');
  });
});
