// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResultView } from '../../search/results';

/** Each search's answer, settled by the test in any order. */
const pending = new Map<string, { resolve: (r: SearchResultView[] | null) => void; reject: (e: Error) => void }>();
vi.mock('../../generated-data', () => ({ SITE_DATA: { apiPrefix: '/open' } }));
// The site's locale, as Docusaurus gives it (its context module is JSX that only the site's bundler reads).
vi.mock('@docusaurus/useDocusaurusContext', () => ({ default: () => ({ i18n: { currentLocale: 'en' } }) }));
vi.mock('../../search/pagefind-client', () => ({
  pagefindClient: () => ({
    preload: () => {},
    // The client answers with the results (and the corrected query, none here), or null when superseded.
    search: (query: string) =>
      new Promise<SearchResultView[] | null>((resolve, reject) => pending.set(query, { resolve, reject })).then(
        (results) => results && { results },
      ),
  }),
}));
const { usePagefindSearch } = await import('./usePagefindSearch');

const result = (title: string) => ({ title }) as unknown as SearchResultView;

beforeEach(() => pending.clear());

describe('usePagefindSearch', () => {
  it('shows the answer to the latest query, and drops a late answer to an older one', async () => {
    const { result: hook } = renderHook(() => usePagefindSearch('/pagefind/pagefind.js'));
    act(() => hook.current.search('web'));
    expect(hook.current.status).toBe('searching');
    act(() => hook.current.search('website'));
    await act(async () => pending.get('website')!.resolve([result('Websites')]));
    await act(async () => pending.get('web')!.resolve([result('Old')]));
    expect(hook.current.results.map((r) => r.title)).toEqual(['Websites']);
    expect(hook.current.status).toBe('done');
  });

  it('goes back to idle on a blank query, and reports a failure of the latest query only', async () => {
    const { result: hook } = renderHook(() => usePagefindSearch('/pagefind/pagefind.js'));
    act(() => hook.current.search('monitor'));
    act(() => hook.current.search('  '));
    expect(hook.current.status).toBe('idle');
    await act(async () => pending.get('monitor')!.reject(new Error('offline')));
    expect(hook.current.status).toBe('idle');
    act(() => hook.current.search('survey'));
    await act(async () => pending.get('survey')!.reject(new Error('offline')));
    expect(hook.current.status).toBe('error');
  });
});
