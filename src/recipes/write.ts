/**
 * Writes each recipe's page for every locale (build time, `npm run gen`): `<docs>/recipes/<name>.mdx`, from the
 * recipe, its translation (i18n/<locale>/recipes/<name>.json) and the recipes guide catalog. Git-ignored output.
 */
import fs from 'node:fs';
import path from 'node:path';
import kebabCase from 'lodash/kebabCase';
import type { ApiModel } from '../openapi/model';
import { exampleBaseUrl } from '../openapi/servers';
import { localizeOperation, readCatalog } from '../i18n/catalog';
import { DEFAULT_LOCALE, activeLocales } from '../i18n/locales';
import { readGuideMessages } from '../guides/messages';
import { docsDir, SPEC_CATALOG_DIR } from '../site-layout';
import { yamlString } from '../reference-pages/mdx';
import { guideHash } from '../guides/messages';
import { listRecipes, publishedRecipe, PUBLISHED_RECIPES_DIR, RECIPE_SUFFIX, type Recipe } from './recipes';
import { englishRecipeMessages, recipeProse, type RecipeMessages } from './prose';
import { renderRecipePage } from './page';

/** The folder of the recipe pages in a locale's docs (and their sidebar category). */
export const RECIPE_PAGES_DIR = 'recipes';
/** The guide catalog of the recipe pages' fixed wording. */
export const RECIPES_GUIDE = 'recipes';

export const recipeName = (recipe: Pick<Recipe, 'file'>) => recipe.file.slice(0, -RECIPE_SUFFIX.length);

export function recipeCatalogPath(root: string, locale: string, name: string): string {
  return path.join(root, 'i18n', locale, 'recipes', `${name}.json`);
}

/** A translation of a recipe's prose and the hash of the English it was made from. */
export function readRecipeMessages(
  root: string,
  locale: string,
  name: string,
): { messages: RecipeMessages; hash?: string } {
  const file = recipeCatalogPath(root, locale, name);
  if (!fs.existsSync(file)) return { messages: {} };
  const { _i18n_hash: hash, ...messages } = JSON.parse(fs.readFileSync(file, 'utf8')) as RecipeMessages;
  return { messages, hash };
}

/** The hash a translation records: of the English messages, as the guides' catalogs do. */
export const recipeHash = (english: RecipeMessages) => guideHash(english);

/** The recipes this site's spec has (a recipe of another document is left out). */
export function siteRecipes(root: string, specFile: string): Recipe[] {
  return listRecipes(root).filter((r) => publishedRecipe(r, path.resolve(root, specFile), 'x') !== undefined);
}

/** The sidebar label of the recipes category, per locale (for the docs plugin's `current.json`). */
export function recipesSidebarLabel(
  root: string,
  locale: string,
): Record<string, { message: string; description: string }> {
  const label = readGuideMessages(root, locale, RECIPES_GUIDE).messages['sidebar.label'];
  return typeof label === 'string'
    ? {
        'sidebar.docs.category.Recipes': {
          message: label,
          description: 'The label of the recipes category in the docs sidebar',
        },
      }
    : {};
}

export function writeRecipePages(root: string, model: ApiModel, specFile: string): void {
  const recipes = siteRecipes(root, specFile);
  const operations = new Map(model.operations.map((op) => [op.id, op]));
  const englishLabels = readGuideMessages(root, DEFAULT_LOCALE, RECIPES_GUIDE).messages;
  for (const locale of activeLocales()) {
    const dir = path.join(root, docsDir(locale), RECIPE_PAGES_DIR);
    fs.rmSync(dir, { recursive: true, force: true });
    if (recipes.length === 0) continue;
    fs.mkdirSync(dir, { recursive: true });
    const labels = { ...englishLabels, ...readGuideMessages(root, locale, RECIPES_GUIDE).messages };
    const catalog = readCatalog(path.join(root, SPEC_CATALOG_DIR), locale);
    recipes.forEach((recipe, index) => {
      const name = recipeName(recipe);
      const english = englishRecipeMessages(recipe.document);
      const translated = locale === DEFAULT_LOCALE ? {} : readRecipeMessages(root, locale, name).messages;
      const prose = recipeProse(english, translated);
      const body = renderRecipePage(
        {
          file: recipe.file,
          document: recipe.document,
          operations,
          baseUrl: exampleBaseUrl(model.serverUrl),
          operationSummary: (op) => localizeOperation(op, catalog).summary,
          // The reference pages' ids are the operation ids in kebab case (docusaurus-plugin-openapi-docs).
          operationLink: (op) => `/docs/api/${kebabCase(op.id)}`,
          downloadUrl: `pathname:///${PUBLISHED_RECIPES_DIR}/${recipe.file}`,
        },
        prose,
        labels,
      );
      const front = [
        '---',
        `title: ${yamlString(prose.title)}`,
        `sidebar_position: ${index + 1}`,
        `description: ${yamlString(prose.description)}`,
        'custom_edit_url: null',
        '---',
        "import RecipeRunner from '@site/src/components/RecipeRunner';",
      ].join('\n');
      fs.writeFileSync(path.join(dir, `${name}.mdx`), `${front}\n\n${body}`);
    });
  }
}
