/**
 * The recipes as the built site publishes them: each `.arazzo.yaml` downloads from `<locale>/recipes/`, is listed
 * in the locale's llms.txt, and its source description resolves, from where it is published, to the published spec.
 */
import { parse } from 'yaml';
import { test, expect, localePrefix } from './fixtures';
import { listRecipes, type ArazzoDocument } from '../src/recipes/recipes';

const recipes = listRecipes('.');

for (const locale of ['en', 'ja']) {
  test(`${locale}: every recipe downloads, listed in llms.txt, pointing at the published spec`, async ({
    request,
    baseURL,
  }) => {
    expect(recipes.length).toBeGreaterThanOrEqual(6);
    const prefix = localePrefix(locale);
    const llms = await (await request.get(`${prefix}/llms.txt`)).text();
    for (const recipe of recipes) {
      const url = new URL(`${prefix}/recipes/${recipe.file}`, baseURL);
      expect(llms).toContain(`[${recipe.document.info.title}](`);
      expect(llms).toContain(`${url.pathname})`);

      const response = await request.get(url.href);
      expect(response.ok(), url.href).toBe(true);
      const published = parse(await response.text()) as ArazzoDocument;
      // The same workflows as the repository's file; only the source's address differs.
      expect(published.workflows).toEqual(recipe.document.workflows);
      const [source] = published.sourceDescriptions;
      const spec = await request.get(new URL(source.url, url).href);
      expect(spec.ok(), source.url).toBe(true);
      expect(await spec.text()).toContain('openapi: 3.1.0');
    }
  });
}
