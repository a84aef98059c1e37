/**
 * The recipes: Tianji tasks as Arazzo 1.0 documents in openapi/recipes/, each a workflow of the spec's operations
 * (by operationId) with its inputs, the values passed between steps and what success means. Linted and run end to
 * end by Redocly's tools in test/recipes.test.ts, published next to the spec in the build (src/plugins/
 * machine-readable.ts). Node only: reads the files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isScalar, parse, parseDocument } from 'yaml';
import { RECIPES_DIR } from '../site-layout';
import type { ArazzoDocument } from './arazzo';

/** What a recipe's file name ends with. */
export const RECIPE_SUFFIX = '.arazzo.yaml';
/** The name every recipe gives the spec in `sourceDescriptions` (Respect's `--server <name>=<url>` uses it). */
export const RECIPE_SOURCE_NAME = 'tianji';
/** Where the build publishes the recipes, under each locale's base URL. */
export const PUBLISHED_RECIPES_DIR = 'recipes';

export type { ArazzoDocument } from './arazzo';

export interface Recipe {
  /** File name, e.g. `website-traffic.arazzo.yaml`. */
  file: string;
  /** Absolute path. */
  path: string;
  /** Path from the project root, e.g. `openapi/recipes/website-traffic.arazzo.yaml`. */
  relativePath: string;
  text: string;
  document: ArazzoDocument;
}

/** Every recipe of the project, by file name. */
export function listRecipes(root: string): Recipe[] {
  const dir = path.join(root, RECIPES_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(RECIPE_SUFFIX))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      return {
        file,
        path: path.join(dir, file),
        relativePath: `${RECIPES_DIR}/${file}`,
        text,
        document: parse(text) as ArazzoDocument,
      };
    });
}

/**
 * The recipe as published beside the spec's copy: the source description that points at the spec file (relative
 * to the recipe, as in the repository) is pointed at the published copy instead, relative to where the recipe is
 * published. Comments and layout are kept. Undefined when the recipe does not describe this spec.
 */
export function publishedRecipe(
  recipe: Pick<Recipe, 'path' | 'text'>,
  specPath: string,
  publishedSpecUrl: string,
): string | undefined {
  const document = parseDocument(recipe.text);
  const descriptions = (document.toJS() as Partial<ArazzoDocument>).sourceDescriptions ?? [];
  const index = descriptions.findIndex(
    (source) =>
      typeof source.url === 'string' &&
      !/^[a-z][a-z0-9+.-]*:/i.test(source.url) &&
      path.resolve(path.dirname(recipe.path), source.url) === path.resolve(specPath),
  );
  const node = index < 0 ? undefined : document.getIn(['sourceDescriptions', index, 'url'], true);
  if (!isScalar(node) || !node.range) return undefined;
  // Only the value's characters change, so the file reads as written (comments, folding, order).
  const [start, end] = node.range;
  return recipe.text.slice(0, start) + JSON.stringify(publishedSpecUrl) + recipe.text.slice(end);
}
