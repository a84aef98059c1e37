/**
 * The browser side of Pagefind, kept apart from React: loads the locale's `pagefind.js` (a module of the build,
 * outside the bundle) and its vocabulary once, and turns a query into result views: the pages' forms of its words
 * (normalize.ts), its misspelt Latin words corrected (typo.ts). Only the fragments of the results shown are
 * fetched.
 */
import { VOCABULARY_FILE } from './index-config';
import { lexiconOf, rewriterOf } from './normalize';
import { searchTerms } from './query';
import { exactFirst } from './rank';
import { toResultView, type PagefindResultData, type SearchResultView } from './results';
import { speller, type Speller } from './typo';

/** The part of pagefind.js's module API used here. */
export interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: Record<string, unknown>,
    debounceMs?: number,
  ): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

/** Results shown in the list. */
export const RESULT_LIMIT = 8;
/** Wait this long after the last keystroke before searching. */
export const DEBOUNCE_MS = 120;

export interface ClientOptions {
  /** The site's locale: its synonyms, spellings and stop words (src/search/lexicon). */
  locale?: string;
  /** Reads the locale's vocabulary (a JSON array of words) from the index folder; none: no spelling correction. */
  loadVocabulary?: (url: string) => Promise<string[]>;
}

/** The words the index is asked (prefix dropped, pages' forms, spelling corrected); `corrected` when spelt anew. */
export function indexQuery(
  query: string,
  apiPrefix: string,
  locale: string,
  spell?: Speller,
): { terms: string; corrected: boolean } {
  const terms = rewriterOf(locale).rewrite(searchTerms(query, apiPrefix));
  const fixed = spell?.correct(terms);
  return fixed?.changed ? { terms: fixed.query, corrected: true } : { terms, corrected: false };
}

export interface SearchAnswer {
  results: SearchResultView[];
  /** The query searched instead of the one typed, when misspelt words were corrected ("Showing results for …"). */
  correctedTo?: string;
}

/**
 * Loads `bundleUrl` (…/pagefind/pagefind.js) through `importModule`, once per client. `apiPrefix` is the
 * servers' path prefix (`/open`), dropped from pasted paths (see query.ts).
 */
export function pagefindClient(
  bundleUrl: string,
  importModule: (url: string) => Promise<PagefindModule>,
  apiPrefix = '',
  { locale = 'en', loadVocabulary }: ClientOptions = {},
) {
  const stopWords = new Set(lexiconOf(locale).stopWords.map((w) => w.toLowerCase()));
  let spelling: Promise<Speller | undefined> | undefined;
  // A missing or broken vocabulary only turns spelling correction off.
  const loadSpeller = () =>
    (spelling ??= loadVocabulary
      ? loadVocabulary(bundleUrl.replace(/[^/]*$/, VOCABULARY_FILE)).then(speller, () => undefined)
      : Promise.resolve(undefined));
  let loading: Promise<PagefindModule> | undefined;
  const load = () => {
    loading ??= importModule(bundleUrl).then(async (pf) => {
      // Result URLs are the routes the plugin indexed, base URL and locale included: nothing to prefix.
      await pf.options({ baseUrl: '/', excerptLength: 16 });
      await pf.init();
      return pf;
    });
    // A failed load is not kept: the next query tries again.
    loading.catch(() => (loading = undefined));
    return loading;
  };
  return {
    /** Starts loading the index's entry files (on focus), so the first query waits less. */
    preload: (): void => {
      void load().catch(() => undefined);
      void loadSpeller();
    },
    /** The results of `query`, or `null` when a newer query superseded it. */
    async search(query: string): Promise<SearchAnswer | null> {
      const [pf, spell] = await Promise.all([load(), loadSpeller()]);
      const { terms, corrected } = indexQuery(query, apiPrefix, locale, spell);
      const found = await pf.debouncedSearch(terms, {}, DEBOUNCE_MS);
      if (found === null) return null;
      const data = await Promise.all(found.results.slice(0, RESULT_LIMIT).map((r) => r.data()));
      const results = exactFirst(data, terms).map((d) => toResultView(d, { terms, stopWords }));
      return corrected ? { results, correctedTo: terms } : { results };
    },
  };
}

export type PagefindClient = ReturnType<typeof pagefindClient>;
