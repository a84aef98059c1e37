/**
 * `npm run gen`: everything derived from the spec before Docusaurus builds.
 *   1. validate the spec (file + JSON path on error, exit 1)
 *   2. the operations model (src/openapi/model.ts), computed once and written to .generated/: the operations
 *      (read by the page generator and, when used, by the browser's mock) and the site data (the API prefix)
 *   3. reference pages for every locale (docusaurus gen-api-docs, customised in src/reference-pages/)
 *   4. the authentication guide for every locale (src/guides/), and the sidebar's translated tag labels
 * Everything written here is git-ignored build output: the spec stays the only source.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SpecValidationError, validateSpec } from '../src/openapi/validate';
import { loadApiModel, writeApiModel } from '../src/openapi/model';
import { writeGuides } from '../src/guides/write';
import { readCatalog } from '../src/i18n/catalog';
import { sidebarTranslations } from '../src/i18n/sidebar-labels';
import { LOCALES, DEFAULT_LOCALE, activeLocales } from '../src/i18n/locales';
import { SPEC_CATALOG_DIR, apiDocsDir, apiDocsEntryId, sidebarTranslationsFile, specPath } from '../src/site-layout';

const SPEC = specPath();
const root = path.resolve(__dirname, '..');

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

  const model = await loadApiModel(path.resolve(root, SPEC));
  writeApiModel(root, model);

  // gen-api-docs never overwrites, so stale pages of removed operations would survive without this.
  for (const locale of LOCALES) fs.rmSync(path.join(root, apiDocsDir(locale)), { recursive: true, force: true });
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

  writeGuides(root, model);

  const tagNames = model.tags.map((t) => t.name);
  for (const locale of activeLocales().filter((l) => l !== DEFAULT_LOCALE)) {
    const file = path.join(root, sidebarTranslationsFile(locale));
    const labels = sidebarTranslations(readCatalog(path.join(root, SPEC_CATALOG_DIR), locale), tagNames);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(labels, null, 2)}\n`);
  }

  console.log(
    `Generated ${model.operations.length} operations × ${activeLocales().length} locales from ${SPEC} in ${Date.now() - started} ms`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
