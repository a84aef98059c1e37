import fs from 'node:fs';
import path from 'node:path';
import { startTestServer } from './test-server';
import { test, expect, LOCALES, localePrefix } from './fixtures';

// The user's French page, which the generated French guide must carry (shared/ is beside every checkout).
const SEED = path.resolve(__dirname, '../../shared/reference/authentication.fr.md');
const frCode = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../i18n/fr/code.json'), 'utf8')) as Record<
  string,
  { message: string }
>;
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', file), 'utf8'));
const frSpec = readJson('openapi/i18n/fr.json');
const guideMessages = (locale: string) => readJson(`i18n/${locale}/guides/authentication.json`);
/** A `texts` entry of a locale's spec catalog (keyed by the JSON pointer of the English it translates). */
const specText = (locale: string, pointer: string): string =>
  readJson(`openapi/i18n/${locale}.json`).texts[pointer].text;
const COMPONENT_RESPONSE = (name: string) => `/components/responses/${name}/description`;

const headingTexts = (page: import('@playwright/test').Page) =>
  page
    .locator('article .markdown :is(h1, h2, h3, h4)')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText.replace(/\u200b/g, '').trim()));

test.describe('the French authentication page', () => {
  test("carries every heading of the user's page, in order", async ({ page }) => {
    const seedHeadings = fs
      .readFileSync(SEED, 'utf8')
      .replace(/```[\s\S]*?```/g, '') // comments in code blocks are not headings
      .split('\n')
      .filter((line) => /^#{1,4} /.test(line))
      .map((line) => line.replace(/^#+ /, '').trim());
    expect(seedHeadings.length).toBeGreaterThan(15);
    await page.goto('/fr/docs/authentication');
    const headings = await headingTexts(page);
    // Every seed heading, in the seed's order.
    let from = 0;
    for (const heading of seedHeadings) {
      const at = headings.indexOf(heading, from);
      expect(at, `"${heading}" after position ${from} in ${JSON.stringify(headings)}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });

  test("has the comments of the user's code examples, in French", async ({ page }) => {
    const seedComments = [...fs.readFileSync(SEED, 'utf8').matchAll(/```\w*\n([\s\S]*?)```/g)]
      .flatMap(([, code]) => code.split('\n'))
      .map((line) => line.trim())
      .filter((line) => /^(\/\/|#) /.test(line));
    expect(seedComments).toEqual([
      '// Utilisation de fetch',
      '// Utilisation de axios',
      '# Utilisation de la bibliothèque requests',
    ]);
    await page.goto('/fr/docs/authentication');
    const code = (await page.locator('article pre').allInnerTexts()).join('\n');
    for (const comment of seedComments) expect(code).toContain(comment);
    expect(code).not.toMatch(/^(\/\/|#) Using /m);
  });

  test('has the examples in four languages and the error bodies, explained in French', async ({ page }) => {
    await page.goto('/fr/docs/authentication');
    const article = page.locator('article');
    await expect(article.locator('pre.language-bash').first()).toContainText(
      "curl -X GET 'https://your-tianji-domain.com/open/global/config'",
    );
    const js = article.locator('pre.language-javascript');
    await expect(js).toHaveCount(2);
    await expect(js.nth(0)).toContainText('await fetch(');
    await expect(js.nth(1)).toContainText("import axios from 'axios';");
    await expect(article.locator('pre.language-python')).toContainText('import requests');
    await expect(article.locator('pre.language-php')).toContainText('<?php');
    // The bodies as the server sends them (flat, the message in English), each explained in French beside it.
    const bodies = article.locator('pre.language-json');
    for (const [i, code, message, key] of [
      [0, 'UNAUTHORIZED', 'Authorization not provided', 'errors.401.meaning'],
      [1, 'FORBIDDEN', 'Insufficient access', 'errors.403.meaning'],
    ] as const) {
      await expect(bodies.nth(i)).toContainText(`"code": "${code}"`);
      await expect(bodies.nth(i)).toContainText(`"message": "${message}"`);
      const explained = (guideMessages('fr')[key] as string).replace('{message}', message).replace(/`/g, '');
      await expect(article.locator('p').filter({ has: page.locator('code', { hasText: message }) })).toHaveText(
        explained,
      );
    }
    await expect(article).not.toContainText('"error"');
    await expect(article.locator('.theme-admonition-warning')).toContainText('Note');
  });
});

test('a French operation page has French headings and summary', async ({ page }) => {
  await page.goto('/fr/docs/api/website-add');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('article h1')).toHaveText(frSpec.operations['website-add'].summary);
  await expect(page.locator('#parameters')).toHaveText(frCode['api.params.title'].message);
  await expect(page.locator('#request-body')).toHaveText(frCode['api.body.title'].message);
  await expect(page.locator('#responses')).toHaveText(frCode['api.responses.title'].message);
  await expect(page.getByTestId('not-translated')).toHaveCount(0);
  // Its name as read and seen (the button keeps Cancel's room unseen: src/components/Playground/SendBar.tsx).
  const send = page.getByTestId('playground').locator('button[type=submit]');
  await expect(send).toHaveAccessibleName(frCode['playground.send'].message);
  expect(await send.innerText()).toBe(frCode['playground.send'].message);
});

for (const locale of ['fr', 'ja'] as const) {
  test(`an operation page shows its response lines and error schema in ${locale}, code as code`, async ({ page }) => {
    await page.goto(`${localePrefix(locale)}/docs/api/website-add`);
    const summary = (status: string) => page.locator('summary', { hasText: new RegExp(`^${status}`) });
    await expect(summary('200')).toHaveText(
      `200 ${specText(locale, '/paths/~1ai~1classifySurvey/post/responses/200/description')}`,
    );
    const badRequest = specText(locale, COMPONENT_RESPONSE('BadRequest'));
    await expect(summary('400')).toHaveText(`400 ${badRequest.replace(/`/g, '')}`);
    await expect(summary('400').locator('code')).toHaveText('issues'); // Markdown code, not literal backticks
    for (const [status, name] of [
      ['401', 'Unauthorized'],
      ['403', 'Forbidden'],
      ['500', 'InternalError'],
    ])
      await expect(summary(status)).toHaveText(
        `${status} ${specText(locale, COMPONENT_RESPONSE(name)).replace(/`/g, '')}`,
      );
    const errorSchema = page.locator('details', { has: summary('400') });
    await summary('400').click();
    await expect(errorSchema).toContainText(specText(locale, '/components/schemas/Error/description'));
    await expect(errorSchema).toContainText(specText(locale, '/components/schemas/Error/properties/code/description'));
    // The playground's snippets write their comments in the page's language too.
    const code = readJson(`i18n/${locale}/code.json`);
    await page.getByTestId('playground').getByRole('tab', { name: 'JavaScript (axios)', exact: true }).click();
    await expect(page.getByTestId('snippet-axios')).toContainText(
      `validateStatus: () => true, // ${code['playground.snippet.comment.printErrors'].message}`,
    );
    await expect(page.getByTestId('snippet-axios')).toContainText(
      `// ${code['playground.snippet.comment.sendAsWritten'].message}`,
    );
    const responsesSection = page.locator('section', { has: page.locator('#responses') });
    await expect(responsesSection).not.toContainText('The request succeeded');
    await expect(responsesSection).not.toContainText('`');
  });

  test(`the authentication guide's code examples have their comments in ${locale}`, async ({ page }) => {
    await page.goto(`${localePrefix(locale)}/docs/authentication`);
    const messages = guideMessages(locale);
    const english = guideMessages('en');
    const blocks = page.locator('article pre');
    for (const [key, language, prefix] of [
      ['use.curl.comment', 'bash', '#'],
      ['use.js.fetch.comment', 'javascript', '//'],
      ['use.python.comment', 'python', '#'],
      ['use.php.comment', 'php', '//'],
    ]) {
      expect(messages[key]).not.toBe(english[key]);
      await expect(page.locator(`article pre.language-${language}`).first()).toContainText(
        `${prefix} ${messages[key]}`,
      );
    }
    await expect(page.locator('article pre.language-javascript').nth(1)).toContainText(
      `// ${messages['use.js.axios.comment']}`,
    );
    await expect(page.locator('article pre.language-javascript').nth(1)).toContainText(
      `validateStatus: () => true, // ${messages['snippet.printErrors']}`,
    );
    expect((await blocks.allInnerTexts()).join('\n')).not.toMatch(/^(\/\/|#) Using /m);
  });
}

for (const locale of LOCALES.filter((l) => l !== 'en')) {
  test(`switching language on the authentication guide lands on the same page in ${locale}`, async ({ page }) => {
    await page.goto('/docs/authentication');
    await page.locator('.navbar__items--right .dropdown').hover();
    await page.locator(`.dropdown__menu a[lang="${locale}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${localePrefix(locale)}/docs/authentication$`));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('article h1')).not.toHaveText('Authentication');
  });
}

test('every page lists its other languages as hreflang alternates', async ({ page }) => {
  await page.goto('/ja/docs/api/website-add');
  for (const locale of LOCALES) {
    await expect(page.locator(`head link[rel=alternate][hreflang="${locale}"]`)).toHaveAttribute(
      'href',
      new RegExp(`${localePrefix(locale)}/docs/api/website-add$`),
    );
  }
});

test('the playground target and instance URL survive a language switch', async ({ page }) => {
  // A local stand-in: the playground reads the instance's public document as soon as it is chosen.
  const server = await startTestServer('cors');
  try {
    await page.goto('/docs/api/global-config');
    const playground = page.getByTestId('playground');
    await playground.getByText('Instance', { exact: true }).click();
    await playground.getByLabel('Instance URL').fill(server.url);
    await page.locator('.navbar__items--right .dropdown').hover();
    await page.locator('.dropdown__menu a[lang="de"]').click();
    await expect(page).toHaveURL(/\/de\/docs\/api\/global-config$/);
    await expect(page.getByTestId('base-url-help')).toContainText(`${server.url}/open`);
    await expect(page.getByTestId('playground').locator('input[type=url]')).toHaveValue(server.url);
  } finally {
    await server.close();
  }
});
