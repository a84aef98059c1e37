/**
 * Where the site keeps what: the spec and its catalogs, the generated files, and each locale's docs folder. The one
 * home of these paths and names: docusaurus.config.ts, the scripts, the guides and the tests import them. Paths are
 * relative to the project root. Pure constants and functions, safe to import from browser code.
 */
import { DEFAULT_LOCALE } from './i18n/locales';

/** The spec the site is built from, unless `SPEC=` points at another document. */
export const DEFAULT_SPEC = 'openapi/tianji.yaml';

export function specPath(env: Record<string, string | undefined> = process.env): string {
  return env.SPEC ?? DEFAULT_SPEC;
}

/** The facts of every published version of the API (src/history/record.ts), committed; `npm run history` writes it. */
export const HISTORY_FILE = 'openapi/history.json';
/** The recipes: Arazzo 1.0 workflows over the spec's operations, one `<name>.arazzo.yaml` each (src/recipes/). */
export const RECIPES_DIR = 'openapi/recipes';

/** Translations of the spec's prose, one `<locale>.json` each. */
export const SPEC_CATALOG_DIR = 'openapi/i18n';

/** What `npm run gen` derives from the spec for the build and the browser (git-ignored). */
export const GENERATED_DIR = '.generated';
/** The spec as every later step reads it: bundled, OpenAPI 3, every operation named (src/openapi/prepare.ts). */
export const PREPARED_SPEC_FILE = `${GENERATED_DIR}/openapi.json`;
/** The operations model (src/openapi/operations.ts), computed once; pages, mock and guides read it. */
export const OPERATIONS_FILE = `${GENERATED_DIR}/operations.json`;
/** Facts of the spec the playground needs on every page (the API prefix). */
export const SITE_DATA_FILE = `${GENERATED_DIR}/site-data.json`;
/** Each operation page's history facts (src/history/generated.ts): the release it was added in, later changes. */
export const OPERATION_HISTORY_FILE = `${GENERATED_DIR}/operation-history.json`;
/** Which operations the official SDK has, and its call for each (src/snippets/targets/ts-sdk/coverage.ts). */
export const SDK_COVERAGE_FILE = `${GENERATED_DIR}/sdk-coverage.json`;

/** The reference pages' template for gen-api-docs (the body comes from src/reference-pages/). */
export const PAGE_TEMPLATE = 'src/reference-pages/templates/page.mustache';

/** The id of a locale's gen-api-docs entry in docusaurus.config.ts, as `docusaurus gen-api-docs <id>` takes it. */
export function apiDocsEntryId(locale: string): string {
  return locale === DEFAULT_LOCALE ? 'tianji' : `tianji_${locale.replace('-', '_')}`;
}

/** The folder Docusaurus reads a locale's docs from. */
export function docsDir(locale: string): string {
  return locale === DEFAULT_LOCALE ? 'docs' : `i18n/${locale}/docusaurus-plugin-content-docs/current`;
}

/** Where a locale's reference pages are generated. */
export function apiDocsDir(locale: string): string {
  return `${docsDir(locale)}/api`;
}

/** A locale's sidebar translations (tag labels), written by `npm run gen`. */
export function sidebarTranslationsFile(locale: string): string {
  return `i18n/${locale}/docusaurus-plugin-content-docs/current.json`;
}

/** The host readers replace with their own in examples and snippets. */
export const PLACEHOLDER_HOST = 'your-tianji-domain.com';
export const PLACEHOLDER_ORIGIN = `https://${PLACEHOLDER_HOST}`;

/** Where a generated guide (src/guides/) is written for a locale. */
export function guideFile(locale: string, name: string): string {
  return `${docsDir(locale)}/${name}.mdx`;
}

/** A locale's UI strings (Docusaurus code translations; English's hold every id with its English text). */
export function codeTranslationsFile(locale: string): string {
  return `i18n/${locale}/code.json`;
}
