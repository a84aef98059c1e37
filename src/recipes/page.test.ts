import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApiModel } from '../openapi/model';
import { readGuideMessages } from '../guides/messages';
import { DEFAULT_SPEC } from '../site-layout';
import { renderRecipePage, type Labels } from './page';
import { englishRecipeMessages, recipeProse } from './prose';
import { listRecipes } from './recipes';
import { readRecipeMessages } from './write';

const root = process.cwd();
const model = await loadApiModel(path.resolve(DEFAULT_SPEC));
const operations = new Map(model.operations.map((op) => [op.id, op]));
const recipe = listRecipes(root).find((r) => r.file === 'website-traffic.arazzo.yaml')!;
const labels = (locale: string): Labels => ({
  ...readGuideMessages(root, 'en', 'recipes').messages,
  ...readGuideMessages(root, locale, 'recipes').messages,
});
const render = (locale: string) =>
  renderRecipePage(
    {
      file: recipe.file,
      document: recipe.document,
      operations,
      baseUrl: 'https://your-tianji-domain.com/open',
      operationSummary: (op) => op.summary,
      operationLink: (op) => `/docs/api/${op.id}`,
      downloadUrl: `pathname:///recipes/${recipe.file}`,
    },
    recipeProse(englishRecipeMessages(recipe.document), readRecipeMessages(root, locale, 'website-traffic').messages),
    labels(locale),
  );

describe('a recipe page', () => {
  const page = render('en');

  it('tells each step with its operation, where its values come from, its request and what success means', () => {
    expect(page).toContain('# Track a website and read its traffic');
    expect(page).toContain('### Step 1: addWebsite');
    expect(page).toContain('(/docs/api/website-add)');
    expect(page).toContain('- `websiteId` (path): the `websiteId` returned by step 1 (`addWebsite`)');
    expect(page).toContain('- `workspaceId` (path): your input `workspaceId`');
    expect(page).toContain('- `Authorization` (header): your API key');
    expect(page).toContain('- the status code is 200');
    expect(page).toContain("- the answer's `id` is the `websiteId` returned by step 1 (`addWebsite`)");
    expect(page).toContain("- `websiteId`: the answer's `id`");
    expect(page).toContain("curl -X POST 'https://your-tianji-domain.com/open/workspace/");
    expect(page).toContain("-H 'Authorization: Bearer <your_api_key_here>'");
    expect(page).toContain('[website-traffic.arazzo.yaml](pathname:///recipes/website-traffic.arazzo.yaml)');
    expect(page).toMatch(/^<RecipeRunner recipe=\{JSON\.parse\(".*"\)\} \/>$/m);
  });

  it('is written in the locale: the recipe prose and the fixed wording translated, ids and code literal', () => {
    const ja = render('ja');
    expect(ja).toContain('# Webサイトを追跡してトラフィックを読む');
    expect(ja).toContain('### ステップ1：addWebsite');
    expect(ja).toContain('- `websiteId`（パス）：ステップ1（`addWebsite`）が返した`websiteId`');
    for (const english of Object.values(englishRecipeMessages(recipe.document))) expect(ja).not.toContain(english);
  });

  it('names every message the page needs in every locale', () => {
    for (const locale of fs.readdirSync(path.join(root, 'i18n')))
      expect(Object.keys(labels(locale)).sort()).toEqual(Object.keys(labels('en')).sort());
  });
});
