/**
 * `npm run gen`: everything derived from the spec before Docusaurus builds.
 *   1. validate the spec: unusable → one line per error (file + JSON path), exit 1; anything else → warnings
 *      counted per rule, and the build goes on (src/openapi/validate.ts)
 *   2. prepare it (bundled, OpenAPI 3, every operation named) into .generated/openapi.json, which every later
 *      step reads (src/openapi/prepare.ts)
 *   3. the operations model (src/openapi/model.ts), computed once and written to .generated/: the operations
 *      (read by the page generator and, when used, by the browser's mock) and the site data (the API prefix)
 *   3b. each operation page's history (src/history/generated.ts): when it was added and changed, from
 *      openapi/history.json, for the spec whose version the history ends with
 *   4. reference pages for every locale: one `docusaurus gen-api-docs all` that parses the spec once (patched
 *      plugin, see generatePages) and renders each locale's pages (src/reference-pages/)
 *   5. the authentication guide for every locale (src/guides/), the recipe pages (src/recipes/write.ts), and the
 *      sidebar's translated labels
 *   6. the official SDK's coverage: its generated client, read from node_modules, matched to the operations
 *      (src/snippets/targets/ts-sdk/), for the SDK snippet tab
 * Everything written here is git-ignored build output: the spec stays the only source.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { SpecValidationError, formatWarnings, validateSpec, type SpecProblem } from '../src/openapi/validate';
import { prepareSpec } from '../src/openapi/prepare';
import { loadApiModel, writeApiModel } from '../src/openapi/model';
import { writeGuides } from '../src/guides/write';
import { recipesSidebarLabel, writeRecipePages } from '../src/recipes/write';
import { pageHistoryFor, writeGeneratedPageHistory } from '../src/history/generated';
import { PAGE_WRITE_FAILURE } from '../src/upstream-internals';
import { readSdkCoverage } from '../src/site-build/sdk-reader';
import { readCatalog } from '../src/i18n/catalog';
import { sidebarTranslations } from '../src/i18n/sidebar-labels';
import { LOCALES, DEFAULT_LOCALE, activeLocales } from '../src/i18n/locales';
import {
  PREPARED_SPEC_FILE,
  SDK_COVERAGE_FILE,
  SPEC_CATALOG_DIR,
  apiDocsDir,
  sidebarTranslationsFile,
  specPath,
} from '../src/site-layout';

const SPEC = specPath();
const root = path.resolve(__dirname, '..');

/** Validates and prepares the spec; exits with the errors when it is unusable. */
async function prepared(): Promise<SpecProblem[]> {
  try {
    const warnings = await validateSpec(SPEC, root);
    const { document, warnings: filledIn } = await prepareSpec(path.resolve(root, SPEC), SPEC);
    fs.mkdirSync(path.dirname(path.join(root, PREPARED_SPEC_FILE)), { recursive: true });
    fs.writeFileSync(path.join(root, PREPARED_SPEC_FILE), JSON.stringify(document));
    return [...warnings, ...filledIn];
  } catch (error) {
    if (!(error instanceof SpecValidationError)) throw error;
    console.error(`Invalid OpenAPI document (${error.problems.length} problem(s)):\n${error.message}`);
    process.exit(1);
  }
}

/**
 * `docusaurus gen-api-docs all`: one process for the locales being built (docusaurus.config.ts has an entry for
 * each active locale). The plugin, as patched (patches/docusaurus-plugin-openapi-docs+5.2.0.patch), reads, bundles
 * and models the spec once for all of them and skips its Postman conversion; each locale only renders its pages
 * with its own catalog. What the plugin (or a page generator) throws ends the build with its message and the
 * spec's name, never as a stack trace.
 */
function generatePages(): void {
  const docusaurus = require.resolve('@docusaurus/core/bin/docusaurus.mjs');
  const run = spawnSync(process.execPath, [docusaurus, 'gen-api-docs', 'all', '--plugin-id', 'openapi'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SPEC },
  });
  // The plugin reports a page it could not write and goes on: for us that page is missing, so it is a failure.
  const failed = run.status !== 0 || PAGE_WRITE_FAILURE.test(run.stderr);
  if (failed) {
    const reasons = [...new Set(run.stderr.split('\n').filter((l) => l.trim() && !/^\s+at /.test(l)))];
    console.error(`${SPEC}: the reference pages could not be generated:\n  ${reasons.slice(0, 10).join('\n  ')}`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const warnings = await prepared();
  if (warnings.length > 0) console.warn(formatWarnings(warnings));

  const model = await loadApiModel(path.join(root, PREPARED_SPEC_FILE));
  writeApiModel(root, model);
  const { info } = JSON.parse(fs.readFileSync(path.join(root, PREPARED_SPEC_FILE), 'utf8')) as {
    info?: { version?: unknown };
  };
  const specVersion = typeof info?.version === 'string' ? info.version : undefined;
  const history = pageHistoryFor(
    root,
    specVersion,
    model.operations.map((op) => op.id),
    model.operations,
  );
  writeGeneratedPageHistory(root, history.pages);
  if (history.note) console.log(`Operation pages without history: ${history.note}.`);

  // gen-api-docs never overwrites, so stale pages of removed operations would survive without this.
  for (const locale of LOCALES) fs.rmSync(path.join(root, apiDocsDir(locale)), { recursive: true, force: true });
  generatePages();

  writeGuides(root, model);
  writeRecipePages(root, model, SPEC);

  const tagNames = model.tags.map((t) => t.name);
  for (const locale of activeLocales().filter((l) => l !== DEFAULT_LOCALE)) {
    const file = path.join(root, sidebarTranslationsFile(locale));
    const labels = {
      ...sidebarTranslations(readCatalog(path.join(root, SPEC_CATALOG_DIR), locale), tagNames),
      ...recipesSidebarLabel(root, locale),
    };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(labels, null, 2)}\n`);
  }

  const sdk = readSdkCoverage(root, model.operations);
  fs.writeFileSync(path.join(root, SDK_COVERAGE_FILE), JSON.stringify(sdk));

  console.log(
    `SDK snippets: ${sdk.package} ${sdk.version} has ${Object.keys(sdk.calls).length} of ${model.operations.length} operations` +
      (sdk.unmatched.length ? ` (and ${sdk.unmatched.length} calls the spec no longer has)` : ''),
  );
  console.log(
    `Generated ${model.operations.length} operations × ${activeLocales().length} locales from ${SPEC} in ${Date.now() - started} ms`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
