import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { APIOptions, PluginOptions as OpenApiPluginOptions } from 'docusaurus-plugin-openapi-docs/src/types';
import { themes as prismThemes } from 'prism-react-renderer';
import { withReadableColors } from './src/code-theme';
import { createPageGenerators, operationLookup } from './src/reference-pages/page-mdx';
import { readGeneratedOperations } from './src/openapi/model';
import {
  DEFAULT_SPEC,
  PAGE_TEMPLATE,
  PREPARED_SPEC_FILE,
  SPEC_CATALOG_DIR,
  apiDocsDir,
  apiDocsEntryId,
  specPath,
} from './src/site-layout';
import { readCatalog } from './src/i18n/catalog';
import { historyFor, preparedSpecVersion } from './src/history/generated';
import { specFileName, type MachineReadableOptions } from './src/plugins/machine-readable';
import { DEFAULT_LOCALE, LOCALE_CONFIGS, activeLocales } from './src/i18n/locales';

// Environment switches, read once. SPEC points the whole site at another OpenAPI document.
const SPEC = specPath();
// Our own pages must not link to nowhere; another API's descriptions often link to paths of its own site
// (GitHub's say `/rest/webhooks/…`), which only warn: the reference still builds.
const LINK_CHECK = SPEC === DEFAULT_SPEC ? 'throw' : 'warn';
const BASE_URL = process.env.BASE_URL ?? '/';
// The changelog exists when the history ends with the prepared spec's release (src/plugins/changelog.ts): with
// another spec, or before `npm run gen`, the navbar does not offer a page that is not there.
const HAS_CHANGELOG = historyFor(__dirname, preparedSpecVersion(__dirname)).records !== undefined;
const SITE_URL = process.env.SITE_URL ?? 'https://tianji-api-docs.example.com';
// rspack's persistent cache speeds up a rebuild, but a cold build (CI, a static host's builder) pays for writing
// it in memory and time: opt in with BUILD_CACHE=true.
const BUILD_CACHE = process.env.BUILD_CACHE === 'true';
const LOCALES = activeLocales();

/** One gen-api-docs entry per locale: same spec, pages written where Docusaurus looks for that locale. */
function apiDocsEntries(): Record<string, APIOptions> {
  // Pages take their operation from the model `npm run gen` wrote, read once for every locale.
  const operationOf = operationLookup(() => readGeneratedOperations(__dirname));
  return Object.fromEntries(
    LOCALES.map((locale) => [
      apiDocsEntryId(locale),
      {
        // The spec as `npm run gen` prepared it (bundled, OpenAPI 3, every operation named).
        specPath: PREPARED_SPEC_FILE,
        outputDir: apiDocsDir(locale),
        template: PAGE_TEMPLATE,
        infoTemplate: PAGE_TEMPLATE,
        tagTemplate: PAGE_TEMPLATE,
        showSchemas: false,
        // Tag pages are made only with these options; every locale writes a sidebar.ts, but sidebars.ts
        // reads the default locale's (labels come from each locale's pages and current.json).
        sidebarOptions: { groupPathsBy: 'tag', categoryLinkSource: 'tag' },
        markdownGenerators: createPageGenerators(readCatalog(SPEC_CATALOG_DIR, locale), operationOf),
      } satisfies APIOptions,
    ]),
  );
}

const config: Config = {
  title: 'Tianji API',
  tagline: 'Reference and live playground for the Tianji Open API',
  favicon: 'img/favicon.svg',
  url: SITE_URL,
  baseUrl: BASE_URL,
  trailingSlash: false,
  onBrokenLinks: LINK_CHECK,
  onBrokenAnchors: 'warn',
  markdown: { hooks: { onBrokenMarkdownLinks: LINK_CHECK } },
  future: { v4: true, faster: { rspackPersistentCache: BUILD_CACHE } },

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: LOCALES,
    // Each locale's base URL said outright: Docusaurus infers `/<locale>/` only when it builds several locales at
    // once, and a large site builds them one process at a time (src/site-build/plan.ts).
    localeConfigs: Object.fromEntries(
      LOCALES.map((l) => [l, { ...LOCALE_CONFIGS[l], baseUrl: l === DEFAULT_LOCALE ? BASE_URL : `${BASE_URL}${l}/` }]),
    ),
  },

  // The spec's file name in the build (see src/plugins/machine-readable.ts), for the API index's download link.
  customFields: { specFile: specFileName(SPEC) },

  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          routeBasePath: 'docs',
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    [
      'docusaurus-plugin-openapi-docs',
      {
        id: 'openapi',
        docsPluginId: 'classic',
        config: apiDocsEntries(),
      } satisfies OpenApiPluginOptions,
    ],
    ['./src/plugins/machine-readable.ts', { spec: SPEC } satisfies MachineReadableOptions],
    // The offline search index (Pagefind), built from each locale's pages after the build; the navbar's
    // search box is src/theme/SearchBar.
    './src/plugins/pagefind.ts',
    // The API's changelog per locale, with its Markdown twin and Atom feed (src/plugins/changelog.ts).
    './src/plugins/changelog.ts',
    // Send takes a click before the page has hydrated (slow phones): see src/playground/early-send.ts.
    './src/plugins/early-send.ts',
    // Every page's Content-Security-Policy, its inline scripts allowed by hash (src/security/csp.ts).
    './src/plugins/csp.ts',
  ],

  themeConfig: {
    navbar: {
      title: 'Tianji API',
      logo: { alt: 'Tianji', src: 'img/logo.svg' },
      items: [
        { type: 'doc', docId: 'getting-started', position: 'left', label: 'Guides' },
        { to: '/docs/api', position: 'left', label: 'API reference', activeBaseRegex: '/docs/api' },
        ...(HAS_CHANGELOG ? [{ to: '/changelog', position: 'left' as const, label: 'Changelog' }] : []),
        // The playground's request history (src/theme/NavbarItem/ComponentTypes.tsx). On the left: a phone's top bar
        // keeps it beside the logo, where the search box does not cover it.
        { type: 'custom-history', position: 'left' },
        { type: 'localeDropdown', position: 'right' },
        { type: 'search', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Docs',
          items: [
            { label: 'Getting started', to: '/docs/getting-started' },
            { label: 'Authentication', to: '/docs/authentication' },
            { label: 'API reference', to: '/docs/api' },
          ],
        },
      ],
      copyright: 'Tianji is open source under the Apache 2.0 license.',
    },
    prism: {
      // Token colours brought to WCAG AA on each theme's background (src/code-theme.ts).
      theme: withReadableColors(prismThemes.github),
      darkTheme: withReadableColors(prismThemes.dracula),
      additionalLanguages: ['bash', 'php', 'json', 'http', 'python'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
