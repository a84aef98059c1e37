import { describe, expect, it, vi } from 'vitest';
import { RESULT_LIMIT, pagefindClient, type PagefindModule } from './pagefind-client';

function fakeModule(results = 12) {
  const data = vi.fn(async (i: number) => ({ url: `/docs/p${i}`, excerpt: 'x', meta: { title: `P${i}` } }));
  const module: PagefindModule = {
    options: vi.fn(async () => undefined),
    init: vi.fn(async () => undefined),
    debouncedSearch: vi.fn(async () => ({
      results: Array.from({ length: results }, (_, i) => ({ data: () => data(i) })),
    })),
  };
  return { module, data };
}

describe('pagefindClient', () => {
  it('loads the bundle once, with result URLs left as indexed', async () => {
    const { module } = fakeModule();
    const load = vi.fn(async () => module);
    const client = pagefindClient('/fr/pagefind/pagefind.js', load, '/open');
    client.preload();
    await client.search('a');
    await client.search('b');
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('/fr/pagefind/pagefind.js');
    expect(module.options).toHaveBeenCalledWith(expect.objectContaining({ baseUrl: '/' }));
    expect(module.init).toHaveBeenCalledTimes(1);
  });

  it("fetches only the shown results' fragments, and asks without the server's prefix", async () => {
    const { module, data } = fakeModule(12);
    const client = pagefindClient('/pagefind/pagefind.js', async () => module, '/open');
    const views = (await client.search('/open/global/config'))?.results;
    expect(module.debouncedSearch).toHaveBeenCalledWith('/global/config', {}, expect.any(Number));
    expect(views).toHaveLength(RESULT_LIMIT);
    expect(data).toHaveBeenCalledTimes(RESULT_LIMIT);
    expect(views![0]).toMatchObject({ url: '/docs/p0', title: 'P0' });
  });

  it('lists a result whose title is the query first, among the shown ones', async () => {
    const { module } = fakeModule(12);
    const client = pagefindClient('/pagefind/pagefind.js', async () => module);
    const views = (await client.search('p4'))?.results;
    expect(views!.map((v) => v.title).slice(0, 3)).toEqual(['P4', 'P0', 'P1']);
  });

  it('reports a superseded query as null', async () => {
    const { module } = fakeModule();
    vi.mocked(module.debouncedSearch).mockResolvedValueOnce(null);
    const client = pagefindClient('/pagefind/pagefind.js', async () => module);
    expect(await client.search('a')).toBeNull();
  });

  it('tries to load again after a failed load', async () => {
    const { module } = fakeModule();
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(module);
    const client = pagefindClient('/pagefind/pagefind.js', load);
    await expect(client.search('a')).rejects.toThrow('offline');
    expect((await client.search('a'))?.results).toHaveLength(RESULT_LIMIT);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('pagefindClient: the words the index is asked', () => {
  it('rewrites variants to the pages’ forms and corrects misspelt Latin words from the vocabulary', async () => {
    const { module } = fakeModule(3);
    const loadVocabulary = vi.fn(async () => ['remove', 'monitor', 'notifyfrequency']);
    const ja = pagefindClient('/ja/pagefind/pagefind.js', async () => module, '/open', {
      locale: 'ja',
      loadVocabulary,
    });
    ja.preload();
    await ja.search('ウェブサイト');
    expect(module.debouncedSearch).toHaveBeenLastCalledWith('Webサイト', {}, expect.any(Number));
    expect(await ja.search('notifyFrequncy')).toMatchObject({ correctedTo: 'notifyfrequency' });
    expect(module.debouncedSearch).toHaveBeenLastCalledWith('notifyfrequency', {}, expect.any(Number));
    // A rewritten spelling is not a correction to announce.
    expect(await ja.search('ウェブサイト')).not.toHaveProperty('correctedTo');
    expect(loadVocabulary).toHaveBeenCalledTimes(1);
    expect(loadVocabulary).toHaveBeenCalledWith('/ja/pagefind/vocabulary.json');
  });

  it('searches as typed when the vocabulary cannot be loaded', async () => {
    const { module } = fakeModule(3);
    const en = pagefindClient('/pagefind/pagefind.js', async () => module, '', {
      loadVocabulary: async () => Promise.reject(new Error('404')),
    });
    await en.search('remvoe a monitor');
    expect(module.debouncedSearch).toHaveBeenLastCalledWith('remvoe a monitor', {}, expect.any(Number));
  });

  it('leaves stop words unmarked in excerpts', async () => {
    const { module } = fakeModule(1);
    vi.mocked(module.debouncedSearch).mockResolvedValueOnce({
      results: [{ data: async () => ({ url: '/docs/a', excerpt: '<mark>the</mark> <mark>monitor</mark>', meta: {} }) }],
    });
    const en = pagefindClient('/pagefind/pagefind.js', async () => module);
    const [view] = (await en.search('the monitor'))!.results;
    expect(view.excerpt).toEqual([
      { text: 'the ', marked: false },
      { text: 'monitor', marked: true },
    ]);
  });
});
