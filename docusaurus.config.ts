import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type { APIOptions, PluginOptions as OpenApiPluginOptions } from 'docusaurus-plugin-openapi-docs/src/types';
import { themes as prismThemes } from 'prism-react-renderer';
import { createPageGenerators } from './src/spec/page-markdown';
import { readCatalog } from './src/spec/catalog';
import { LOCALES, DEFAULT_LOCALE, LOCALE_CONFIGS } from './src/i18n/locales';

// Environment switches, read once. SPEC points the whole site at another OpenAPI document.
const SPEC = process.env.SPEC ?? 'openapi/tianji.yaml';
const BASE_URL = process.env.BASE_URL ?? '/';
const SITE_URL = process.env.SITE_URL ?? 'https://tianji-api-docs.example.com';

const PAGE_TEMPLATE = 'src/spec/templates/page.mustache';

/** One gen-api-docs entry per locale: same spec, pages written where Docusaurus looks for that locale. */
function apiDocsEntries(): Record<string, APIOptions> {
  return Object.fromEntries(
    LOCALES.map((locale) => [
      locale === DEFAULT_LOCALE ? 'tianji' : `tianji_${locale.replace('-', '_')}`,
      {
        specPath: SPEC,
        outputDir:
          locale === DEFAULT_LOCALE ? 'docs/api' : `i18n/${locale}/docusaurus-plugin-content-docs/current/api`,
        template: PAGE_TEMPLATE,
        infoTemplate: PAGE_TEMPLATE,
        tagTemplate: PAGE_TEMPLATE,
        showSchemas: false,
        // Tag pages are made only with these options; every locale writes a sidebar.ts, but sidebars.ts
        // reads the default locale's (labels come from each locale's pages and current.json).
        sidebarOptions: { groupPathsBy: 'tag', categoryLinkSource: 'tag' },
        markdownGenerators: createPageGenerators(readCatalog('openapi/i18n', locale)),
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
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'warn',
  markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } },
  future: { v4: true, faster: true },

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALES],
    localeConfigs: LOCALE_CONFIGS,
  },

  customFields: { spec: SPEC },

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
  ],

  themeConfig: {
    navbar: {
      title: 'Tianji API',
      logo: { alt: 'Tianji', src: 'img/logo.svg' },
      items: [
        { type: 'doc', docId: 'getting-started', position: 'left', label: 'Guides' },
        { to: '/docs/api', position: 'left', label: 'API reference', activeBaseRegex: '/docs/api' },
        { type: 'localeDropdown', position: 'right' },
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
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
      additionalLanguages: ['bash', 'php', 'json', 'http', 'python'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
