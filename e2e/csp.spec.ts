/**
 * The Content-Security-Policy of the built site (src/security/csp.ts): a script planted in page content does not
 * run, while the page's own scripts (hydration, the playground and its mock) do. Every other e2e test runs under the
 * same policy: a violation logs a console error, which fails any test (fixtures.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';

const PAGE = '/docs/api/website-add';
const policyOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];

test.describe('under the Content-Security-Policy', () => {
  // The planted markup is not what React rendered: it recovers from the hydration mismatch (#418) by rendering anew.
  test.use({ expectedConsoleErrors: /Content Security Policy|Minified React error #418/ });

  test('a script planted in page content does not run; the page and its playground still work', async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
          `${e.effectiveDirective} ${e.blockedURI}`,
        ),
      ),
    );
    // As a hostile spec text or a compromised page would: markup inside the page content.
    await page.route(`**${PAGE}`, async (route) => {
      const original = await (await route.fetch()).text();
      const planted = original.replace(
        /<main([^>]*)>/,
        '<main$1><script>window.plantedScript = true</script>' +
          '<img src="data:image/png;base64,AAAA" onerror="window.plantedHandler = true" alt="">',
      );
      expect(planted).not.toBe(original);
      await route.fulfill({ body: planted, contentType: 'text/html' });
    });
    await page.goto(PAGE);
    expect(await page.evaluate(() => (window as { plantedScript?: boolean }).plantedScript)).toBeUndefined();
    expect(await page.evaluate(() => (window as { plantedHandler?: boolean }).plantedHandler)).toBeUndefined();
    await expect.poll(() => violations.filter((v) => v.startsWith('script-src')).length).toBeGreaterThanOrEqual(2);

    // The site's own inline scripts (colour mode, early send) and bundles ran: the page hydrated, the mock answers.
    await page.getByTestId('playground').getByRole('button', { name: 'Use the demo key' }).click();
    await page.getByTestId('playground').getByTestId('send').click();
    await expect(page.getByTestId('response-status')).toHaveText(/^200/);
    expect(violations.filter((v) => !v.startsWith('script-src'))).toEqual([]);
  });
});

test('every page carries the policy, scripts by hash only, and _headers says the same', async ({ request }) => {
  const pages = ['/', PAGE, '/fr/docs/api/website-add', '/ja/docs/authentication', '/404.html'];
  const policies = await Promise.all(pages.map(async (p) => policyOf(await (await request.get(p)).text())));
  for (const [i, policy] of policies.entries()) {
    expect(policy, pages[i]).toBeDefined();
    const scripts = policy!.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).toContain("connect-src 'self' https: http:");
  }
  const headers = fs.readFileSync(path.join(__dirname, '..', 'build', '_headers'), 'utf8');
  expect(headers).toContain(`Content-Security-Policy: ${policies[1]!.split('; script-src')[0]}`);
  for (const hash of policies[1]!.match(/'sha256-[^']+'/g)!) expect(headers).toContain(hash);
});
