// @vitest-environment jsdom
/**
 * The history panel's actions: send an entry again (to this page's mock, or the instance it went to with that
 * instance's key only), and load it into its page through a share link. The network (fetch), the mock and the
 * router are stand-ins; the key store and the history are the real ones over jsdom's storage.
 */
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HistoryEntry } from '../../../playground/session/history';

vi.mock('@docusaurus/ExecutionEnvironment', () => ({ default: { canUseDOM: true } }));
vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({ siteConfig: { baseUrl: '/ja/' }, i18n: { currentLocale: 'ja' } }),
}));
vi.mock('../../../generated-data', () => ({ SITE_DATA: { apiPrefix: '/open' }, loadOperations: async () => [] }));
const push = vi.fn();
vi.mock('@docusaurus/router', () => ({ useHistory: () => ({ push }) }));
const startMockWorker = vi.fn(async () => ({ reset: () => {}, prepare: () => {} }));
vi.mock('../../../mock/browser', () => ({ startMockWorker, stopMockWorker: () => {} }));

const { useResend } = await import('./useResend');
const { useApiKey } = await import('./useApiKey');
const { historyStore } = await import('./useRequestHistory');
const { SHARE_PARAM, decodeShare } = await import('../../../playground/share');

function entry(patch: Partial<HistoryEntry>): HistoryEntry {
  return {
    id: 'e1',
    at: 0,
    operationId: 'website-info',
    method: 'GET',
    path: '/website/{websiteId}',
    pathAndQuery: '/website/s1',
    target: 'mock',
    pagePath: 'docs/api/website-info',
    secured: true,
    values: { path: { websiteId: 's1' }, query: {}, header: {}, body: '' },
    headers: [['Accept', 'application/json']],
    requestCut: false,
    outcome: { kind: 'response', status: 200, statusText: 'OK', durationMs: 1 },
    ...patch,
  } as HistoryEntry;
}

const INSTANCE: Partial<HistoryEntry> = {
  target: 'instance',
  instanceUrl: 'https://t.example',
  instanceBaseUrl: 'https://t.example/open',
};

function network() {
  const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response('{}', { status: 200 }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function sentHeaders(fetch: ReturnType<typeof network>) {
  return new Headers(fetch.mock.calls[0]?.[1].headers);
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.clearAllMocks();
  historyStore()?.clear();
  localStorage.clear();
  sessionStorage.clear();
});

describe('useResend', () => {
  it('sends a mock entry again to this page’s mock and records the new request', async () => {
    const fetch = network();
    const { result } = renderHook(() => useResend());
    let again: HistoryEntry | undefined;
    await act(async () => void (again = await result.current.resend(entry({}))));
    expect(fetch.mock.calls[0]?.[0]).toBe(`${window.location.origin}/ja/mock-api/open/website/s1`);
    expect(sentHeaders(fetch).get('accept')).toBe('application/json');
    expect(again?.outcome).toMatchObject({ kind: 'response', status: 200 });
    expect(historyStore()?.list()[0]?.id).toBe(again?.id);
  });

  it('sends an instance entry with the key entered for that instance, and no key entered elsewhere', async () => {
    const fetch = network();
    const { result: keys } = renderHook(() => useApiKey());
    act(() => keys.current[1]?.setKey('https://other.example', 'other-key'));
    const { result } = renderHook(() => useResend());
    await act(async () => void (await result.current.resend(entry(INSTANCE))));
    expect(fetch.mock.calls[0]?.[0]).toBe('https://t.example/open/website/s1');
    expect(sentHeaders(fetch).get('authorization')).toBeNull();
    act(() => keys.current[1]?.setKey('https://t.example', 'tianji-key'));
    await act(async () => void (await result.current.resend(entry(INSTANCE))));
    expect(new Headers(fetch.mock.calls[1]?.[1].headers).get('authorization')).toBe('Bearer tianji-key');
  });

  it('sends nothing and records nothing when the mock would not start', async () => {
    const fetch = network();
    startMockWorker.mockRejectedValueOnce(new Error('no service worker'));
    const { result } = renderHook(() => useResend());
    let again: HistoryEntry | undefined = entry({});
    await act(async () => void (again = await result.current.resend(entry({}))));
    expect(again).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
    expect(historyStore()?.list()).toEqual([]);
  });

  it('loads an entry into its page, in the reader’s language, through a share link with its values', () => {
    const { result } = renderHook(() => useResend());
    act(() => result.current.load(entry(INSTANCE)));
    const url = new URL(String(push.mock.calls[0]?.[0]), 'http://localhost');
    expect(url.pathname).toBe('/ja/docs/api/website-info');
    expect(url.hash).toBe('#playground');
    expect(decodeShare(url.searchParams.get(SHARE_PARAM) ?? '')).toMatchObject({
      operation: 'website-info',
      target: 'instance',
      instanceUrl: 'https://t.example',
      values: { path: { websiteId: 's1' } },
    });
  });
});
