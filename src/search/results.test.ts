import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptRuns, toResultView, type PagefindResultData } from './results';

const data = (over: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/fr/docs/api/website-all',
  excerpt: 'Lister les <mark>sites</mark> web',
  meta: { title: 'Sites web', method: 'GET', path: '/workspace/{workspaceId}/website/all' },
  sub_results: [
    {
      title: 'Sites web',
      url: '/fr/docs/api/website-all',
      excerpt: 'Les <mark>sites</mark> suivis',
      locations: [1, 4],
    },
    { title: 'Réponses', url: '/fr/docs/api/website-all#responses', excerpt: '<mark>sites</mark>', locations: [9] },
  ],
  ...over,
});

describe('excerptRuns', () => {
  it('splits marked words from the text around them', () => {
    expect(excerptRuns('Lister les <mark>sites</mark> web')).toEqual([
      { text: 'Lister les ', marked: false },
      { text: 'sites', marked: true },
      { text: ' web', marked: false },
    ]);
  });

  it('keeps markup of the page as text, never as HTML', () => {
    const runs = excerptRuns('a &lt;script&gt;alert(1)&lt;/script&gt; <b>b</b> <mark>c</mark>');
    expect(runs.map((r) => r.text).join('')).toBe('a <script>alert(1)</script> b c');
    expect(runs.find((r) => r.marked)?.text).toBe('c');
  });

  it('drops the zero-width spaces Pagefind puts between Japanese and Chinese words', () => {
    expect(excerptRuns('<mark>モニター</mark>\u200bを\u200b削除')).toEqual([
      { text: 'モニター', marked: true },
      { text: 'を削除', marked: false },
    ]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown ones', () => {
    expect(decodeEntities('&amp;&#39;&#x7b;&quot;&unknown;')).toBe('&\'{"&unknown;');
  });
});

describe('toResultView', () => {
  it("shows the page's title, method and path, and opens the section with most matches", () => {
    expect(toResultView(data())).toEqual({
      url: '/fr/docs/api/website-all',
      title: 'Sites web',
      section: undefined,
      method: 'GET',
      path: '/workspace/{workspaceId}/website/all',
      excerpt: [
        { text: 'Les ', marked: false },
        { text: 'sites', marked: true },
        { text: ' suivis', marked: false },
      ],
    });
  });

  it('never repeats the title as the section (the old "Sites web › Sites web")', () => {
    const view = toResultView(
      data({ sub_results: [{ title: ' sites WEB ', url: '/fr/docs/api/website-all', excerpt: 'x', locations: [1] }] }),
    );
    expect(view.section).toBeUndefined();
  });

  it('names a section other than the title, and links it', () => {
    const view = toResultView(
      data({ sub_results: [{ title: 'Réponses', url: '/fr/docs/api/x#responses', excerpt: 'x', locations: [1, 2] }] }),
    );
    expect(view).toMatchObject({ section: 'Réponses', url: '/fr/docs/api/x#responses' });
  });

  it('falls back to the page for a guide without sections or metadata', () => {
    const view = toResultView({ url: '/docs/authentication', excerpt: 'API <mark>key</mark>', meta: {} });
    expect(view).toMatchObject({ url: '/docs/authentication', title: '/docs/authentication', method: undefined });
    expect(view.excerpt[1]).toEqual({ text: 'key', marked: true });
  });
});

describe('excerpts and sections for a query', () => {
  const stopWords = new Set(['a', 'the', 'の']);

  it('leaves stop words unmarked, and marks the words sought', () => {
    expect(excerptRuns('<mark>Remove</mark> <mark>a</mark> <mark>monitor</mark>', stopWords)).toEqual([
      { text: 'Remove', marked: true },
      { text: ' a ', marked: false },
      { text: 'monitor', marked: true },
    ]);
    expect(excerptRuns('<mark>モニター</mark>\u200b<mark>の</mark>\u200b一覧', stopWords)).toEqual([
      { text: 'モニター', marked: true },
      { text: 'の一覧', marked: false },
    ]);
  });

  const page = (subs: Array<[string, string, number]>): PagefindResultData => ({
    url: '/docs/api/feed-create-channel',
    excerpt: 'x',
    meta: { title: 'Create a feed channel' },
    sub_results: subs.map(([title, url, n]) => ({
      title,
      url,
      excerpt: title,
      locations: Array.from({ length: n }, (_, i) => i),
    })),
  });

  it('opens the page when its title holds the query, even if the responses match more often', () => {
    const view = toResultView(
      page([
        ['Create a feed channel', '/docs/api/feed-create-channel', 2],
        ['Responses', '/docs/api/feed-create-channel#responses', 9],
      ]),
      { terms: 'create a channel', stopWords },
    );
    expect(view.url).toBe('/docs/api/feed-create-channel');
  });

  it('opens a section whose heading holds the query', () => {
    const view = toResultView(
      page([
        ['Create a feed channel', '/docs/api/feed-create-channel', 3],
        ['Request body', '/docs/api/feed-create-channel#request-body', 1],
      ]),
      { terms: 'request body', stopWords },
    );
    expect(view).toMatchObject({ url: '/docs/api/feed-create-channel#request-body', section: 'Request body' });
  });

  it('else the section with the most matches (before the top on a tie), never one without any', () => {
    const view = toResultView(
      page([
        ['Create a feed channel', '/docs/api/feed-create-channel', 2],
        ['Request body', '/docs/api/feed-create-channel#request-body', 2],
        ['Responses', '/docs/api/feed-create-channel#responses', 1],
      ]),
      { terms: 'notifyFrequency', stopWords },
    );
    expect(view.url).toBe('/docs/api/feed-create-channel#request-body');
    const none = toResultView(
      page([
        ['A', '/docs/a', 0],
        ['Feed', '/docs/a#feed', 0],
      ]),
      { terms: 'feed' },
    );
    expect(none.url).toBe('/docs/a');
  });
});
