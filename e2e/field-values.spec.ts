/**
 * A field's fixed values with their meanings, and its constraints in words, on the reference page and its Markdown
 * twin, in the page's language (issue 22): the member role of workspace-updateMemberRole (an `enum` the server
 * enforces), a public monitor's `type` (a list it documents but does not check) and a parameter's default.
 */
import { test, expect, localePrefix } from './fixtures';

const ROLE = '/docs/api/workspace-update-member-role';
const MONITORS = '/docs/api/monitor-get-public-info';
const STATS = '/docs/api/website-get-public-stats-by-share-id';

const CASES = [
  {
    locale: 'en',
    heading: 'Allowed values:',
    owner: 'Full control of the workspace, including its members and their roles.',
    documented: 'Documented values (the server does not check them):',
    http: 'Requests a URL and checks the answer.',
    lastDay: 'The last 24 hours.',
    defaultWord: 'default: ',
  },
  {
    locale: 'ja',
    heading: '指定できる値：',
    owner: 'メンバーとそのロールを含め、ワークスペースを完全に管理できます。',
    documented: 'ドキュメント上の値（サーバーは検証しません）：',
    http: 'URLにリクエストを送り、レスポンスを確認します。',
    lastDay: '直近24時間。',
    defaultWord: '既定値：',
  },
] as const;

for (const c of CASES) {
  test.describe(`field values (${c.locale})`, () => {
    const prefix = localePrefix(c.locale);

    test('a body field lists each allowed value with its meaning', async ({ page }) => {
      await page.goto(`${prefix}${ROLE}`);
      const role = page.locator('li:has(> [id="body.role"])');
      await expect(role).toContainText(c.heading);
      const items = role.locator('ul li');
      await expect(items.locator('code')).toHaveText(['owner', 'admin', 'readOnly']);
      await expect(items.first()).toHaveText(`owner — ${c.owner}`);
    });

    test('a documented list says the server does not check it', async ({ page }) => {
      await page.goto(`${prefix}${MONITORS}`);
      const type = page.locator('li:has(> [id="response.200.type"])');
      await expect(type).toContainText(c.documented);
      await expect(type.locator('ul li').first()).toHaveText(`http — ${c.http}`);
    });

    test('a parameter shows its values and its default in words', async ({ page }) => {
      await page.goto(`${prefix}${STATS}`);
      const row = page.locator('tr[id="param.query.range"]');
      await expect(row).toContainText(`${c.defaultWord}"24h"`);
      await expect(row.locator('li', { hasText: c.lastDay }).locator('code')).toHaveText('24h');
    });

    test('the Markdown twin carries the same values and meanings', async ({ request }) => {
      const text = await (await request.get(`${prefix}${ROLE}.md`)).text();
      expect(text).toContain(`- \`owner\` — ${c.owner}`);
      expect(text).toContain(c.heading);
    });
  });
}
