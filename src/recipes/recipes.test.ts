import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRecipes, publishedRecipe, RECIPE_SUFFIX } from './recipes';

const root = path.resolve('/project');
const recipe = (text: string) => ({ path: path.join(root, 'openapi/recipes/a.arazzo.yaml'), text });
const SPEC = path.join(root, 'openapi/tianji.yaml');

const TEXT = `# A comment that stays.
arazzo: 1.0.1
info:
  title: A
  version: 1.0.0
  description: >-
    Folded text
    that stays folded.
sourceDescriptions:
  - name: other
    url: https://api.example.com/openapi.yaml
  - name: tianji
    url: ../tianji.yaml # the spec
    type: openapi
workflows: []
`;

describe('publishedRecipe', () => {
  it('points the source that is the spec at its published copy and changes nothing else', () => {
    expect(publishedRecipe(recipe(TEXT), SPEC, '../openapi.yaml')).toBe(
      TEXT.replace('url: ../tianji.yaml', 'url: "../openapi.yaml"'),
    );
  });

  it('leaves out a recipe that does not describe this spec', () => {
    expect(publishedRecipe(recipe(TEXT), path.join(root, 'other/spec.yaml'), '../openapi.yaml')).toBeUndefined();
    expect(publishedRecipe(recipe('arazzo: 1.0.1\nworkflows: []\n'), SPEC, '../openapi.yaml')).toBeUndefined();
  });
});

describe('listRecipes', () => {
  it("lists the project's recipes by file name, parsed", () => {
    const recipes = listRecipes(process.cwd());
    expect(recipes.length).toBeGreaterThan(0);
    expect(recipes.map((r) => r.file)).toEqual([...recipes.map((r) => r.file)].sort());
    for (const r of recipes) {
      expect(r.file.endsWith(RECIPE_SUFFIX)).toBe(true);
      expect(r.relativePath).toBe(`openapi/recipes/${r.file}`);
      expect(r.document.workflows.length).toBeGreaterThan(0);
    }
  });

  it('finds none where there is no recipe folder', () => {
    expect(listRecipes(path.join(root, 'nowhere'))).toEqual([]);
  });
});
