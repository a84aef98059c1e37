/**
 * `npm run gen`: everything derived from the spec before Docusaurus builds.
 *   1. validate the spec (file + JSON path on error, exit 1)
 *   2. reference pages for every locale (docusaurus gen-api-docs, customised in src/spec/page-markdown.ts)
 *   3. browser data: the operations for the mock (.generated/operations.json, loaded only when used) and
 *      the API prefix the playground appends to an instance URL (.generated/site-data.json)
 *   4. the authentication guide for every locale (src/guides/), and the sidebar's translated tag labels
 * Everything written here is git-ignored build output: the spec stays the only source.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SpecValidationError, validateSpec } from '../src/openapi/validate';
import { loadSpec } from '../src/openapi/load';
import { operationsOf } from '../src/openapi/operations';
import { writeGuides } from '../src/guides/write';
import { readCatalog } from '../src/i18n/catalog';
import { sidebarTranslations } from '../src/i18n/sidebar-labels';
import { LOCALES, DEFAULT_LOCALE, activeLocales } from '../src/i18n/locales';

const SPEC = process.env.SPEC ?? 'openapi/tianji.yaml';
const root = path.resolve(__dirname, '..');

/** The gen-api-docs entry of a locale, as docusaurus.config.ts names them. */
function apiDocsEntryId(locale: string): string {
  return locale === DEFAULT_LOCALE ? 'tianji' : `tianji_${locale.replace('-', '_')}`;
}

function apiOutputDir(locale: string): string {
  return locale === DEFAULT_LOCALE ? 'docs/api' : `i18n/${locale}/docusaurus-plugin-content-docs/current/api`;
}

/** The path part of the spec's first server (`https://{host}/open` → `/open`), which the playground appends. */
function apiPrefixOf(document: Record<string, any>): string {
  const url = String(document.servers?.[0]?.url ?? '').replace(/\{[^}]+\}/g, 'host');
  try {
    return new URL(url, 'https://host').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  try {
    await validateSpec(SPEC, root);
  } catch (error) {
    if (error instanceof SpecValidationError) {
      console.error(`Invalid OpenAPI document (${error.problems.length} problem(s)):\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }

  // gen-api-docs never overwrites, so stale pages of removed operations would survive without this.
  for (const locale of LOCALES) fs.rmSync(path.join(root, apiOutputDir(locale)), { recursive: true, force: true });
  const docusaurus = require.resolve('@docusaurus/core/bin/docusaurus.mjs');
  // One process for every locale when all are built (the spec is parsed once); else only the ones asked for.
  const entries = activeLocales().length === LOCALES.length ? ['all'] : activeLocales().map(apiDocsEntryId);
  for (const entry of entries) {
    execFileSync(process.execPath, [docusaurus, 'gen-api-docs', entry, '--plugin-id', 'openapi'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, SPEC },
    });
  }

  const document = await loadSpec(path.resolve(root, SPEC));
  const operations = operationsOf(document);
  fs.mkdirSync(path.join(root, '.generated'), { recursive: true });
  fs.writeFileSync(path.join(root, '.generated/operations.json'), JSON.stringify(operations));
  fs.writeFileSync(path.join(root, '.generated/site-data.json'), JSON.stringify({ apiPrefix: apiPrefixOf(document) }));

  writeGuides({ root, document, operations });

  const tagNames = ((document.tags ?? []) as Array<{ name: string }>).map((t) => t.name);
  for (const locale of activeLocales().filter((l) => l !== DEFAULT_LOCALE)) {
    const file = path.join(root, 'i18n', locale, 'docusaurus-plugin-content-docs/current.json');
    const labels = sidebarTranslations(readCatalog(path.join(root, 'openapi/i18n'), locale), tagNames);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(labels, null, 2)}\n`);
  }

  console.log(
    `Generated ${operations.length} operations × ${activeLocales().length} locales from ${SPEC} in ${Date.now() - started} ms`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
