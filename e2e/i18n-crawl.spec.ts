/**
 * Crawls every built page of each non-English locale (the static HTML in build/) for English sentences the
 * site itself wrote: UI strings, spec text, guide messages and hand-written pages. Code, identifiers and
 * names are out of scope (code blocks are skipped; short phrases are not sentences).
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { test, expect, LOCALES } from './fixtures';

const root = path.resolve(__dirname, '..');
const build = path.join(root, 'build');

/** English sentences of four words or more, from every source the site translates. */
function englishSentences(): Set<string> {
  const texts: string[] = [];
  const json = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
  for (const file of [
    'i18n/en/code.json',
    'i18n/en/docusaurus-theme-classic/navbar.json',
    'i18n/en/docusaurus-theme-classic/footer.json',
  ]) {
    for (const { message } of Object.values(json(file)) as Array<{ message: string }>) texts.push(message);
  }
  for (const value of Object.values(json('i18n/en/guides/authentication.json')))
    texts.push(...([] as string[]).concat(value as string));
  const spec = YAML.parse(fs.readFileSync(path.join(root, 'openapi/tianji.yaml'), 'utf8'));
  texts.push(spec.info.description, ...spec.tags.map((t: { description: string }) => t.description));
  for (const item of Object.values(spec.paths) as Array<Record<string, any>>) {
    for (const op of Object.values(item)) {
      texts.push(
        op.summary,
        op.description,
        ...(op.parameters ?? []).map((p: { description?: string }) => p.description ?? ''),
      );
    }
  }
  const guide = fs.readFileSync(path.join(root, 'docs/getting-started.md'), 'utf8');
  texts.push(guide.replace(/^---[\s\S]*?---\n/, '').replace(/```[\s\S]*?```/g, ''));

  const sentences = new Set<string>();
  for (const text of texts) {
    const plain = text
      .replace(/`[^`]*`/g, ' ')
      .replace(/\{[a-z]+\}/gi, ' ')
      .replace(/[*_#>[\]()]/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ');
    for (const piece of plain.split(/(?<=[.!?:;])\s+|\n/)) {
      const sentence = piece
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[.!?:;,]$/, '');
      if (sentence.split(' ').filter((w) => /[a-z]{2,}/i.test(w)).length >= 4) sentences.add(sentence);
    }
  }
  return sentences;
}

function visibleText(html: string): string {
  return html
    .replace(/<(script|style|pre|code|svg|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(file) : entry.name.endsWith('.html') ? [file] : [];
  });
}

test('no English sentence is left on any page of a translated locale', async () => {
  const sentences = [...englishSentences()];
  expect(sentences.length).toBeGreaterThan(300);
  const leftovers: string[] = [];
  let pages = 0;
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    for (const file of htmlFiles(path.join(build, locale))) {
      pages++;
      const text = visibleText(fs.readFileSync(file, 'utf8'));
      for (const sentence of sentences)
        if (text.includes(sentence)) leftovers.push(`${path.relative(build, file)}: "${sentence}"`);
    }
  }
  console.log(
    `i18n crawl: ${pages} pages in ${LOCALES.length - 1} locales, ${sentences.length} English sentences looked for, ${leftovers.length} found`,
  );
  expect(pages).toBeGreaterThan(6 * 137);
  if (leftovers.length) fs.writeFileSync(path.join(root, 'test-results/i18n-leftovers.txt'), leftovers.join('\n'));
  expect(leftovers.slice(0, 50)).toEqual([]);
});
