/**
 * Crawls every built page of each non-English locale (the static HTML in build/, parsed by Chromium with scripts
 * off) for English: (1) the English sentences the site itself writes, from every text field of the spec (a generic
 * walk, src/i18n/spec-texts.ts), every UI string, guide message and hand-written page, looked for anywhere on the
 * page; (2) franc's language identification on each text block of the main content (src/i18n/leftovers.ts).
 * Code and literal values are out of scope by markup: `<code>`, `<pre>`, `<kbd>`, `<samp>`, and `[data-literal]`
 * (type labels, enum values, defaults and patterns in the schema and parameter views).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { test, expect, LOCALES } from './fixtures';
import { englishSentences, findLeftovers, isJudged } from '../src/i18n/leftovers';
import { specTexts } from '../src/i18n/spec-texts';
import { DEFAULT_LOCALE, activeLocales } from '../src/i18n/locales';
import { PREPARED_SPEC_FILE, SPEC_CATALOG_DIR, apiDocsDir, docsDir, guideFile } from '../src/site-layout';

const root = path.resolve(__dirname, '..');
const build = path.join(root, 'build');
const TRANSLATED = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

const filesUnder = (dir: string, pattern: RegExp): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(file, pattern) : pattern.test(entry.name) ? [file] : [];
  });

/** The strings of a catalog: UI strings' `message` (not the English notes for translators), every other value. */
function catalogStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(catalogStrings);
  if (!value || typeof value !== 'object') return [];
  if ('message' in value) return catalogStrings(value.message);
  return Object.entries(value).flatMap(([key, v]) =>
    key.startsWith('_') || key === 'locale' ? [] : catalogStrings(v),
  );
}

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, 'utf8'));

/** What a locale writes itself: its UI strings, guide messages, spec catalog and hand-written pages. */
function localeTexts(locale: string): string[] {
  const texts: string[] = [];
  for (const file of filesUnder(path.join(root, 'i18n', locale), /\.json$/))
    if (!file.endsWith('.i18n-hash.json')) texts.push(...catalogStrings(readJson(file)));
  const generated = [path.join(root, apiDocsDir(locale)), path.join(root, guideFile(locale, 'authentication'))];
  for (const file of filesUnder(path.join(root, docsDir(locale)), /\.mdx?$/))
    if (!generated.some((g) => file.startsWith(g)))
      texts.push(fs.readFileSync(file, 'utf8').replace(/^---[\s\S]*?---\n/, ''));
  return texts;
}

/**
 * The English sentences to look for in a locale's pages: everything the site writes in English (UI strings,
 * guides, hand-written pages, and every text field of the spec), less what the locale's own translations write
 * the same way on purpose (a product name such as "Tianji Open API").
 */
function sentencesFor(locale: string): Set<string> {
  const english = englishSentences([
    ...localeTexts(DEFAULT_LOCALE),
    ...specTexts(readJson(path.join(root, PREPARED_SPEC_FILE))).map((t) => t.text),
  ]);
  const own = englishSentences([
    ...localeTexts(locale),
    ...catalogStrings(readJson(path.join(root, SPEC_CATALOG_DIR, `${locale}.json`))),
  ]);
  return new Set([...english].filter((s) => !own.has(s)));
}

/**
 * The text blocks of the page in the browser: its title and description, and the body's text nodes grouped by
 * their nearest block element, without code and literal values. Self-contained: it runs in the page.
 */
function textBlocks(): Array<{ text: string; main: boolean }> {
  const BLOCK =
    'p,li,td,th,dt,dd,h1,h2,h3,h4,h5,h6,summary,figcaption,blockquote,caption,label,legend,button,option,div,section,article,aside,main,header,footer,nav,details,form,fieldset,table,ul,ol,body';
  const EXCLUDED = 'code,pre,kbd,samp,script,style,svg,noscript,template,textarea,title,[data-literal]';
  const blocks = new Map<Element, string[]>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(EXCLUDED)) continue;
    const block = parent.closest(BLOCK) ?? document.body;
    if (!blocks.has(block)) blocks.set(block, []);
    blocks.get(block)!.push(node.nodeValue ?? '');
  }
  const main = document.querySelector('main');
  const head = [document.title, document.querySelector('meta[name=description]')?.getAttribute('content') ?? ''];
  return [
    ...head.map((text) => ({ text, main: false })),
    ...[...blocks].map(([element, parts]) => ({ text: parts.join(''), main: Boolean(main?.contains(element)) })),
  ];
}

/** A page for reading built HTML: scripts off, no request leaves the page. */
async function readerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await context.route('**/*', (route) => route.abort());
  return context.newPage();
}

/** The crawl of one page: its HTML as Chromium parses it, through the classifier; `judged`: blocks franc read. */
async function crawlHtml(page: Page, html: string, locale: string, sentences: Set<string>) {
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  const blocks = await page.evaluate(textBlocks);
  const judged = blocks.filter((b) => b.main && isJudged(b.text)).length;
  return { leftovers: findLeftovers(blocks, locale, sentences), judged };
}

const htmlOf = (locale: string, page: string) => fs.readFileSync(path.join(build, locale, `${page}.html`), 'utf8');

for (const locale of TRANSLATED) {
  test(`no English is left on any page in ${locale}`, async ({ browser }) => {
    test.setTimeout(10 * 60_000);
    const sentences = sentencesFor(locale);
    expect(sentences.size).toBeGreaterThan(300);
    const dir = path.join(build, locale);
    // Only a locale left out on purpose (DOCS_LOCALES) is skipped; one missing from a build that should hold it fails.
    test.skip(!activeLocales().includes(locale), `${locale} is not in DOCS_LOCALES`);
    expect(fs.existsSync(dir), `${locale} is in the build`).toBe(true);
    const page = await readerPage(browser);
    const files = filesUnder(dir, /\.html$/);
    const leftovers: string[] = [];
    let judged = 0;
    for (const file of files) {
      const crawled = await crawlHtml(page, fs.readFileSync(file, 'utf8'), locale, sentences);
      judged += crawled.judged;
      for (const found of crawled.leftovers)
        leftovers.push(`${path.relative(build, file)} [${found.kind}] ${JSON.stringify(found.text)}`);
    }
    const counts = { dictionary: 0, language: 0 };
    for (const l of leftovers) counts[l.includes('[dictionary]') ? 'dictionary' : 'language']++;
    console.log(
      `i18n crawl ${locale}: ${files.length} pages, ${sentences.size} English sentences looked for; found ${counts.dictionary} of them; ${judged} blocks identified, ${counts.language} as English`,
    );
    expect(files.length).toBeGreaterThan(137);
    expect(judged, 'blocks long enough for the language identifier').toBeGreaterThan(files.length);
    if (leftovers.length) {
      fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
      fs.writeFileSync(path.join(root, `test-results/i18n-leftovers-${locale}.txt`), leftovers.join('\n'));
    }
    expect(leftovers.slice(0, 50)).toEqual([]);
  });
}

test.describe('the crawl sees what it claims to', () => {
  test('an English response line, schema description or paragraph planted in a French or Japanese page is reported', async ({
    browser,
  }) => {
    const page = await readerPage(browser);
    for (const [locale, succeeded, issuePath, errorBody] of [
      [
        'fr',
        'La requête a abouti.',
        "L'endroit de l'entrée où se trouve le problème.",
        "Le corps de toute réponse d'erreur.",
      ],
      ['ja', 'リクエストは成功しました。', '問題のある入力の箇所。', 'すべてのエラーレスポンスのボディ。'],
    ] as const) {
      const html = htmlOf(locale, 'docs/api/website-add');
      const sentences = sentencesFor(locale);
      expect((await crawlHtml(page, html, locale, sentences)).leftovers, `${locale} page as built`).toEqual([]);
      for (const [translation, english] of [
        [succeeded, 'The request succeeded.'], // a response line
        [issuePath, 'Where in the input the problem is.'], // a nested property of a component schema
        [errorBody, 'The body of every error response.'], // a component schema's own description
      ]) {
        expect(html, `${locale} page shows "${translation}"`).toContain(translation);
        const { leftovers } = await crawlHtml(page, html.replaceAll(translation, english), locale, sentences);
        expect(leftovers, `${locale}: planted "${english}"`).toContainEqual({
          kind: 'dictionary',
          text: english.replace(/\.$/, ''),
        });
      }
      // English the dictionary does not know, as a paragraph of the main content: franc reports the block.
      const unknown = 'This call lists every website of the workspace with its domain, newest first, in one page.';
      const planted = await crawlHtml(page, html.replace('</h1>', `</h1><p>${unknown}</p>`), locale, sentences);
      expect(planted.leftovers).toEqual([{ kind: 'language', text: unknown }]);
      // The same English as code or as a literal value is not reported.
      const asCode = html.replace('</h1>', `</h1><p><code>${unknown}</code> <span data-literal>${unknown}</span></p>`);
      expect((await crawlHtml(page, asCode, locale, sentences)).leftovers).toEqual([]);
    }
  });
});
