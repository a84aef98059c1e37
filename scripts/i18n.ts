/**
 * `npm run i18n:check`  — per locale: translated / missing / stale counts; exits 1 when anything is missing or stale.
 * `npm run i18n:stamp -- <locale…>` — after updating translations, record the current English hashes in them.
 * `npm run i18n:extract` — add new UI string ids to every locale's code.json (docusaurus write-translations).
 * Sources: the spec (openapi/), i18n/en/ (UI strings and guide messages), docs/ (hand-written pages).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadEnglishSources } from '../src/i18n/sources';
import { SPEC_CATALOG_DIR, apiDocsDir, docsDir, guideFile, specPath } from '../src/site-layout';
import { readCatalog } from '../src/i18n/catalog';
import { guideHash, readGuideMessages } from '../src/guides/messages';
import { englishRecipeMessages } from '../src/recipes/prose';
import {
  RECIPE_PAGES_DIR,
  readRecipeMessages,
  recipeCatalogPath,
  recipeHash,
  recipeName,
  siteRecipes,
} from '../src/recipes/write';
import { LOCALES, DEFAULT_LOCALE } from '../src/i18n/locales';
import * as check from '../src/i18n/check';
import { catalogTexts, checkGlossary, pageTexts, parseGlossary, type CatalogText } from '../src/i18n/glossary';

const root = path.resolve(__dirname, '..');
const TRANSLATED = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
const CODE_FILES = ['code.json', 'docusaurus-theme-classic/navbar.json', 'docusaurus-theme-classic/footer.json'];

const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
const readJson = <T>(file: string): T | undefined => {
  const text = read(file);
  return text === undefined ? undefined : (JSON.parse(text) as T);
};
const rel = (file: string) => path.relative(root, file);

/** The English the catalogs translate: the operations model's text, and every other text of the spec (check.ts). */
const englishSources = (): Promise<check.EnglishSources> =>
  loadEnglishSources(path.resolve(root, specPath()), specPath());

/** Hand-written English pages (generated ones are translated through catalogs instead). */
function englishPages(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (rel(file) !== apiDocsDir(DEFAULT_LOCALE) && rel(file) !== recipePagesDir) walk(file);
      } else if (/\.mdx?$/.test(entry.name) && rel(file) !== guideFile(DEFAULT_LOCALE, 'authentication'))
        out.push(path.relative(path.join(root, docsDir(DEFAULT_LOCALE)), file));
    }
  };
  walk(path.join(root, docsDir(DEFAULT_LOCALE)));
  return out.sort();
}

// Recipes: their prose is translated in i18n/<locale>/recipes/<name>.json against the recipe's English (src/recipes/).
const recipePagesDir = `${docsDir(DEFAULT_LOCALE)}/${RECIPE_PAGES_DIR}`;
const recipeCatalogs = () =>
  siteRecipes(root, specPath()).map((recipe) => ({
    name: recipeName(recipe),
    english: englishRecipeMessages(recipe.document),
  }));

const pageOf = (locale: string, page: string) => path.join(root, docsDir(locale), page);
const guideNames = () =>
  fs
    .readdirSync(path.join(root, 'i18n/en/guides'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));
const hashFileOf = (file: string) => file.replace(/\.json$/, '.i18n-hash.json');

const glossaryFile = (locale: string) => path.join(root, 'src/i18n/glossary', `${locale}.json`);

/** Every translated text of a locale, for the glossary: UI strings, guides, the spec catalog, hand-written pages. */
function localeTexts(locale: string): CatalogText[] {
  const texts: CatalogText[] = [];
  const addJson = (file: string) => {
    const data = readJson(file);
    if (data !== undefined) texts.push(...catalogTexts(rel(file), data));
  };
  for (const name of CODE_FILES) addJson(path.join(root, 'i18n', locale, name));
  for (const name of guideNames()) addJson(path.join(root, 'i18n', locale, 'guides', `${name}.json`));
  for (const { name } of recipeCatalogs()) addJson(recipeCatalogPath(root, locale, name));
  addJson(path.join(root, SPEC_CATALOG_DIR, `${locale}.json`));
  for (const page of englishPages()) {
    const text = read(pageOf(locale, page));
    if (text !== undefined) texts.push(...pageTexts(rel(pageOf(locale, page)), text));
  }
  return texts;
}

/** The glossary and typography of each locale that has one (src/i18n/glossary/<locale>.json); 1 on any finding. */
function runGlossary(): number {
  let failed = 0;
  for (const locale of TRANSLATED) {
    const file = glossaryFile(locale);
    if (!fs.existsSync(file)) continue;
    const findings = checkGlossary(parseGlossary(readJson(file), rel(file)), localeTexts(locale));
    console.log(`glossary ${locale.padEnd(8)} ${findings.length === 0 ? 'ok' : `${findings.length} finding(s)`}`);
    for (const f of findings.slice(0, 30)) console.log(`  ${f.where}: ${f.message} (${f.rule}): ${f.excerpt}`);
    if (findings.length > 30) console.log(`  … and ${findings.length - 30} more`);
    failed += findings.length;
  }
  if (failed > 0) console.log(`Fix these texts (the glossary and its rules: src/i18n/glossary/<locale>.json).`);
  return failed > 0 ? 1 : 0;
}

async function runCheck(): Promise<number> {
  const en = await englishSources();
  const findings: check.Finding[] = [];
  for (const locale of TRANSLATED) {
    const specFile = path.join(root, SPEC_CATALOG_DIR, `${locale}.json`);
    findings.push(
      ...check.checkSpecCatalog(locale, rel(specFile), readCatalog(path.join(root, SPEC_CATALOG_DIR), locale), en),
    );
    for (const name of guideNames()) {
      const english = readGuideMessages(root, DEFAULT_LOCALE, name).messages;
      const file = path.join(root, 'i18n', locale, 'guides', `${name}.json`);
      findings.push(
        check.checkMessageCatalog(
          locale,
          rel(file),
          english,
          guideHash(english),
          fs.existsSync(file) ? readGuideMessages(root, locale, name) : undefined,
        ),
      );
    }
    for (const { name, english } of recipeCatalogs()) {
      const file = recipeCatalogPath(root, locale, name);
      findings.push(
        check.checkMessageCatalog(
          locale,
          rel(file),
          english,
          recipeHash(english),
          fs.existsSync(file) ? readRecipeMessages(root, locale, name) : undefined,
        ),
      );
    }
    for (const page of englishPages()) {
      const englishBody = check.splitFrontMatter(read(pageOf(DEFAULT_LOCALE, page))!).body;
      findings.push(check.checkPage(locale, rel(pageOf(locale, page)), englishBody, read(pageOf(locale, page))));
    }
    for (const name of CODE_FILES) {
      const english = readJson<check.CodeMessages>(path.join(root, 'i18n/en', name)) ?? {};
      const file = path.join(root, 'i18n', locale, name);
      findings.push(...check.checkCodeMessages(locale, rel(file), english, readJson(file), readJson(hashFileOf(file))));
    }
  }
  const summary = check.summarize(findings);
  console.log('locale    translated  missing  stale');
  for (const [locale, c] of summary)
    console.log(
      `${locale.padEnd(9)} ${String(c.translated).padStart(10)} ${String(c.missing).padStart(8)} ${String(c.stale).padStart(6)}`,
    );
  const problems = findings.filter((f) => f.status !== 'translated');
  for (const f of problems.slice(0, 40)) console.log(`  ${f.status.padEnd(7)} ${f.where}`);
  if (problems.length > 40) console.log(`  … and ${problems.length - 40} more`);
  if (problems.length > 0)
    console.log('Translate or update these, then run `npm run i18n:stamp -- <locale>` (README: Translating).');
  const glossary = runGlossary();
  return problems.length > 0 || glossary ? 1 : 0;
}

async function runStamp(locales: string[]): Promise<void> {
  const en = await englishSources();
  for (const locale of locales) {
    const specFile = path.join(root, SPEC_CATALOG_DIR, `${locale}.json`);
    if (fs.existsSync(specFile)) {
      const raw = JSON.parse(fs.readFileSync(specFile, 'utf8'));
      const stamped = check.stampSpecCatalog({ ...readCatalog(path.join(root, SPEC_CATALOG_DIR), locale) }, en);
      fs.writeFileSync(
        specFile,
        `${JSON.stringify({ ...raw, info: stamped.info, tags: stamped.tags, operations: stamped.operations, parameters: stamped.parameters, texts: stamped.texts }, null, 2)}\n`,
      );
    }
    for (const name of guideNames()) {
      const file = path.join(root, 'i18n', locale, 'guides', `${name}.json`);
      if (!fs.existsSync(file)) continue;
      const { _i18n_hash: _old, ...messages } = JSON.parse(fs.readFileSync(file, 'utf8'));
      const english = readGuideMessages(root, DEFAULT_LOCALE, name).messages;
      fs.writeFileSync(file, `${JSON.stringify({ _i18n_hash: guideHash(english), ...messages }, null, 2)}\n`);
    }
    for (const { name, english } of recipeCatalogs()) {
      const file = recipeCatalogPath(root, locale, name);
      if (!fs.existsSync(file)) continue;
      const { _i18n_hash: _old, ...messages } = JSON.parse(fs.readFileSync(file, 'utf8'));
      fs.writeFileSync(file, `${JSON.stringify({ _i18n_hash: recipeHash(english), ...messages }, null, 2)}\n`);
    }
    for (const page of englishPages()) {
      const translated = read(pageOf(locale, page));
      if (translated === undefined) continue;
      fs.writeFileSync(
        pageOf(locale, page),
        check.stampPage(translated, check.splitFrontMatter(read(pageOf(DEFAULT_LOCALE, page))!).body),
      );
    }
    for (const name of CODE_FILES) {
      const english = readJson<check.CodeMessages>(path.join(root, 'i18n/en', name));
      const file = path.join(root, 'i18n', locale, name);
      const translated = readJson<check.CodeMessages>(file);
      if (english && translated)
        fs.writeFileSync(
          hashFileOf(file),
          `${JSON.stringify(check.stampCodeMessages(english, translated), null, 2)}\n`,
        );
    }
    console.log(`stamped ${locale}`);
  }
}

function runExtract(): void {
  const docusaurus = require.resolve('@docusaurus/core/bin/docusaurus.mjs');
  for (const locale of LOCALES) {
    execFileSync(process.execPath, [docusaurus, 'write-translations', '--locale', locale], {
      cwd: root,
      stdio: 'inherit',
    });
  }
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'check') process.exit(await runCheck());
  if (command === 'stamp') return runStamp(args.length > 0 ? args : [...TRANSLATED]);
  if (command === 'extract') return runExtract();
  console.error('usage: tsx scripts/i18n.ts check | stamp [locale…] | extract');
  process.exit(2);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
