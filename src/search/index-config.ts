/**
 * What the search index reads of a built page, as data: the content root and the parts left out. Shared by the
 * build plugin (src/plugins/pagefind.ts) and its tests. The reference component marks its own weights and
 * metadata with `data-pagefind-*` attributes (src/components/ApiOperation).
 */

/** Pagefind reads each page from here: Docusaurus's `<main>` holds the doc, its breadcrumbs and pager. */
export const ROOT_SELECTOR = 'main';

/**
 * Left out of the index. Code blocks repeat paths and ids of other pages (the guides' snippets, the examples);
 * the rest is chrome every page shares. Pagefind already skips `nav`, `footer`, `script` and forms.
 */
export const EXCLUDE_SELECTORS = [
  '.theme-code-block',
  '[data-testid="playground"]',
  '.theme-doc-breadcrumbs',
  '.theme-doc-toc-mobile',
  '.theme-doc-footer',
  '.theme-doc-version-badge',
  '.pagination-nav',
  '.hash-link',
];

/** The folder of each locale's index, under that locale's base URL. */
export const INDEX_FOLDER = 'pagefind';

/** Each locale's vocabulary for spelling correction (src/search/typo.ts), beside its index. */
export const VOCABULARY_FILE = 'vocabulary.json';

/** Pagefind's own UI bundles, written with every index: the site has its own search box, so they go. */
export const UNUSED_BUNDLE_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Routes indexed: the docs (guides and reference), as the old index did, and the changelog; not the home page. */
export function isIndexedRoute(route: string, baseUrl: string): boolean {
  return route.startsWith(`${baseUrl}docs/`) || route === `${baseUrl}docs` || route === `${baseUrl}changelog`;
}

/** The HTML file Docusaurus wrote for a route (`trailingSlash: false`: `docs/x.html`; `docs/` → `docs/index.html`). */
export function htmlFileOf(route: string, baseUrl: string): string[] {
  const relative = route.slice(baseUrl.length).replace(/\/$/, '');
  return relative === '' ? ['index.html'] : [`${relative}.html`, `${relative}/index.html`];
}
