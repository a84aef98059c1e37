import { test, expect, LOCALES, localePrefix } from './fixtures';
import { TOP, countBytes, readQuerySet, recallOf, runLocale } from '../test/search/run-queries';

/**
 * The committed query set (test/search/queries.json: summaries, paths, operation ids, words, katakana, kanji,
 * Chinese, typos) through the navbar search of the built site: in every locale, at least 95 % of the queries
 * must find their page among the first three results. `npm run search:eval` gives the same figures per engine.
 */
const MIN_RECALL = 0.95;
const set = readQuerySet();

test.describe('search finds the expected page in the top three, per locale', () => {
  test('the query set covers every locale with at least 20 queries', () => {
    expect(Object.keys(set).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) expect(set[locale].length, locale).toBeGreaterThanOrEqual(20);
  });

  for (const locale of LOCALES) {
    test(`${locale}: recall@${TOP} ≥ ${MIN_RECALL * 100} %`, async ({ page }) => {
      test.setTimeout(180_000);
      const bytes = countBytes(page);
      await page.goto(`${localePrefix(locale)}/docs/getting-started`);
      const outcomes = await runLocale(page, locale, set[locale], bytes);
      const misses = outcomes.filter((o) => o.rank === null).map((o) => `[${o.kind}] ${o.query} → ${o.top.join(', ')}`);
      expect(recallOf(outcomes), `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(MIN_RECALL);
    });
  }
});
