/**
 * Outputs for machines, written into every locale's build: the OpenAPI document itself (linked from the API index),
 * a Markdown twin of every operation page and guide next to its HTML (`…/website-add.md`, src/markdown-pages/),
 * `llms.txt` (the locale's pages, linking those twins, and the recipes) and `llms-full.txt` (every twin in one file),
 * and the recipes (openapi/recipes/*.arazzo.yaml, src/recipes/) in `recipes/`, pointing at the published spec.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent } from '@docusaurus/plugin-content-docs';
import { CHANGELOG_FEED, CHANGELOG_PATH } from './changelog';
import { buildLlmsFullTxt, buildLlmsTxt, type LlmsPage, type LlmsRecipe } from './llms-txt';
import { listRecipes, PUBLISHED_RECIPES_DIR, publishedRecipe } from '../recipes/recipes';
import { readGeneratedOperations, readGeneratedSiteData } from '../openapi/model';
import { localizeOperation, readCatalog } from '../i18n/catalog';
import { exampleBaseUrl } from '../openapi/servers';
import { SPEC_CATALOG_DIR, codeTranslationsFile } from '../site-layout';
import { DEFAULT_LOCALE } from '../i18n/locales';
import { markdownLabels } from '../markdown-pages/labels';
import { operationMarkdown } from '../markdown-pages/operation';
import { guideMarkdown } from '../markdown-pages/guide';
import { hasMarkdownTwin, markdownUrl, operationIdOf } from '../markdown-pages/twins';

export interface MachineReadableOptions {
  /** The spec file; copied as `openapi.<ext>`. */
  spec: string;
}

export function specFileName(spec: string): string {
  return `openapi${path.extname(spec).toLowerCase() === '.json' ? '.json' : '.yaml'}`;
}

type Doc = LoadedContent['loadedVersions'][number]['docs'][number];

/** The docs of the default docs plugin, as this locale's build loaded them (titles and sources translated). */
function loadedDocs(plugins: Array<{ name: string; options: { id?: string }; content: unknown }>): Doc[] {
  const docs = plugins.find(
    (p) => p.name === 'docusaurus-plugin-content-docs' && (p.options.id ?? 'default') === 'default',
  );
  return (docs?.content as LoadedContent | undefined)?.loadedVersions.flatMap((v) => v.docs) ?? [];
}

export default function machineReadable(context: LoadContext, options: MachineReadableOptions): Plugin {
  const { siteDir, baseUrl } = context;
  const locale = context.i18n.currentLocale;
  const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(siteDir, file), 'utf8'));

  return {
    name: 'machine-readable',
    async postBuild({ outDir, plugins, siteConfig, routesPaths }) {
      const fileName = specFileName(options.spec);
      fs.copyFileSync(path.resolve(siteDir, options.spec), path.join(outDir, fileName));

      const origin = siteConfig.url.replace(/\/$/, '');
      const recipes: LlmsRecipe[] = [];
      for (const recipe of listRecipes(siteDir)) {
        // Published in `recipes/`, one level below the spec's copy.
        const text = publishedRecipe(recipe, path.resolve(siteDir, options.spec), `../${fileName}`);
        if (text === undefined) continue; // a recipe of another spec than the one this site is built from
        fs.mkdirSync(path.join(outDir, PUBLISHED_RECIPES_DIR), { recursive: true });
        fs.writeFileSync(path.join(outDir, PUBLISHED_RECIPES_DIR, recipe.file), text);
        const { info } = recipe.document;
        recipes.push({
          title: info.title,
          description: info.description,
          url: `${origin}${baseUrl}${PUBLISHED_RECIPES_DIR}/${recipe.file}`,
        });
      }

      const operations = new Map(readGeneratedOperations(siteDir).map((op) => [op.id, op]));
      const catalog = readCatalog(path.join(siteDir, SPEC_CATALOG_DIR), locale);
      const labels = markdownLabels(
        readJson(codeTranslationsFile(locale)),
        readJson(codeTranslationsFile(DEFAULT_LOCALE)),
      );
      const exampleBase = exampleBaseUrl(readGeneratedSiteData(siteDir).serverUrl);

      /** The page's Markdown, or undefined for pages without a twin (the API index, tag pages). */
      const markdownOf = (doc: Doc): string | undefined => {
        if (!hasMarkdownTwin(doc)) return undefined;
        const operationId = operationIdOf(doc);
        if (operationId === undefined)
          return guideMarkdown(fs.readFileSync(doc.source.replace(/^@site\//, `${siteDir}/`), 'utf8'), baseUrl);
        const op = operations.get(operationId);
        if (!op)
          throw new Error(
            `${doc.source}: operation "${operationId}" is not in the operations model: run \`npm run gen\`.`,
          );
        return operationMarkdown(localizeOperation(op, catalog), { labels, baseUrl: exampleBase });
      };

      const pages: LlmsPage[] = [];
      for (const doc of loadedDocs(plugins).sort((a, b) => a.permalink.localeCompare(b.permalink))) {
        const markdown = markdownOf(doc);
        const url = markdown === undefined ? doc.permalink : markdownUrl(doc.permalink);
        if (markdown !== undefined) {
          const file = path.join(outDir, url.slice(baseUrl.length));
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, markdown);
        }
        pages.push({
          title: doc.title,
          description: doc.description || undefined,
          url: `${origin}${url}`,
          section: doc.id.startsWith('api/') ? 'reference' : 'guide',
          markdown,
        });
      }

      const site = {
        title: siteConfig.title,
        summary: labels.llmsSummary,
        labels,
        specUrl: `${origin}${baseUrl}${fileName}`,
        pages,
        recipes,
        changelog: routesPaths.includes(`${baseUrl}${CHANGELOG_PATH}`)
          ? {
              title: readJson(codeTranslationsFile(locale))['changelog.title'].message,
              url: `${origin}${baseUrl}${CHANGELOG_PATH}`,
              markdownUrl: `${origin}${markdownUrl(`${baseUrl}${CHANGELOG_PATH}`)}`,
              feedUrl: `${origin}${baseUrl}${CHANGELOG_FEED}`,
            }
          : undefined,
      };
      fs.writeFileSync(path.join(outDir, 'llms.txt'), buildLlmsTxt(site));
      fs.writeFileSync(path.join(outDir, 'llms-full.txt'), buildLlmsFullTxt(site));
    },
  };
}
