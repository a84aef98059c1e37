import { useCallback, useMemo, useRef, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { SITE_DATA } from '../../generated-data';
import { pagefindClient, type PagefindModule } from '../../search/pagefind-client';
import type { SearchResultView } from '../../search/results';

export type SearchStatus = 'idle' | 'searching' | 'done' | 'error';

// The index is a file of the build, not of the bundle: the bundler must leave this import alone.
const importBundle = (url: string) => import(/* webpackIgnore: true */ url) as Promise<PagefindModule>;
const loadVocabulary = async (url: string) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as string[];
};

/** The query's results from the locale's Pagefind index; a late answer to an older query is dropped. */
export function usePagefindSearch(bundleUrl: string) {
  const { currentLocale: locale } = useDocusaurusContext().i18n;
  const client = useMemo(
    () => pagefindClient(bundleUrl, importBundle, SITE_DATA.apiPrefix, { locale, loadVocabulary }),
    [bundleUrl, locale],
  );
  const [results, setResults] = useState<SearchResultView[]>([]);
  const [correctedTo, setCorrectedTo] = useState<string | undefined>();
  const [status, setStatus] = useState<SearchStatus>('idle');
  const latest = useRef('');

  const search = useCallback(
    (query: string) => {
      latest.current = query;
      if (query.trim() === '') {
        setResults([]);
        setCorrectedTo(undefined);
        setStatus('idle');
        return;
      }
      setStatus('searching');
      client.search(query).then(
        (found) => {
          if (found === null || latest.current !== query) return;
          setResults(found.results);
          setCorrectedTo(found.correctedTo);
          setStatus('done');
        },
        () => {
          if (latest.current === query) setStatus('error');
        },
      );
    },
    [client],
  );

  return { results, correctedTo, status, search, preload: client.preload };
}
