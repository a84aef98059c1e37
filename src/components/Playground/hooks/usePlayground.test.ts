// @vitest-environment jsdom
/**
 * The one order usePlayground owns, as a reader meets it: a value typed on one page is shared with the next
 * playground, a share link's values win over it for that page load, the snippet shows the key only while revealed,
 * the pointer warms the mock only while the mock is the target, and Ctrl+Enter sends. The network (fetch), msw, the
 * router and the instance store are stand-ins; the settings, key and shared-value stores are the real ones over
 * jsdom's storage.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import type { KeyboardEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OperationData } from '../../../openapi/types';
import type { MockWorkerControl } from '../../../mock/browser';

const location = { search: '', pathname: '/docs/api/website-info' };
vi.mock('@docusaurus/router', () => ({ useLocation: () => location }));
vi.mock('@docusaurus/ExecutionEnvironment', () => ({ default: { canUseDOM: true } }));
vi.mock('@docusaurus/Translate', () => ({ translate: ({ message }: { message: string }) => message }));
vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({ siteConfig: { baseUrl: '/' }, i18n: { currentLocale: 'en' } }),
}));
vi.mock('../../../generated-data', () => ({
  SITE_DATA: { apiPrefix: '/open', sharedParameters: ['websiteId'], serverUrl: 'https://{host}/open' },
  loadOperations: async () => [],
}));
const control = { reset: vi.fn(), prepare: vi.fn() } as unknown as MockWorkerControl;
const startMockWorker = vi.fn(async (_options: unknown) => control);
vi.mock('../../../mock/browser', () => ({ startMockWorker, stopMockWorker: vi.fn() }));
const OFF = { state: 'off' };
vi.mock('../instance/store', () => ({
  syncInstance: vi.fn(),
  recheckInstance: vi.fn(),
  subscribeInstance: () => () => {},
  getInstanceState: () => OFF,
  getServerInstanceState: () => OFF,
}));

const { usePlayground } = await import('./usePlayground');
const { SHARE_PARAM, encodeShare } = await import('../../../playground/share');

const operation = {
  id: 'website-info',
  method: 'GET',
  path: '/workspace/{workspaceId}/website/{websiteId}',
  secured: true,
  parameters: [
    { name: 'workspaceId', in: 'path', required: true, schema: { type: 'string' } },
    { name: 'websiteId', in: 'path', required: true, schema: { type: 'string' } },
  ],
  responses: [],
} as unknown as OperationData;

afterEach(() => {
  location.search = '';
  localStorage.clear();
  sessionStorage.clear();
  vi.clearAllMocks();
  vi.unstubAllGlobals();
});

describe('usePlayground', () => {
  it('shares a typed value with the next playground, and a share link’s values win over it on that page', async () => {
    const first = renderHook(() => usePlayground(operation));
    act(() => first.result.current.fields.setParam('path', 'websiteId', 'typed-site'));
    first.unmount();

    const next = renderHook(() => usePlayground(operation));
    await waitFor(() => expect(next.result.current.fields.values.path.websiteId).toBe('typed-site'));
    next.unmount();

    const values = { path: { workspaceId: 'ws-link', websiteId: 'link-site' }, query: {}, header: {}, body: '' };
    location.search = `?${SHARE_PARAM}=${encodeShare({ operation: 'website-info', target: 'mock', values })}`;
    const linked = renderHook(() => usePlayground(operation));
    await waitFor(() => expect(linked.result.current.fields.values.path.websiteId).toBe('link-site'));
    expect(linked.result.current.fields.values.path.workspaceId).toBe('ws-link');
  });

  it('puts the key in the snippet only while the reader reveals it', async () => {
    const { result } = renderHook(() => usePlayground(operation));
    act(() => result.current.target.keyStore!.setKey(result.current.target.scope!, 'sk_secret_key'));
    await waitFor(() => expect(result.current.target.apiKey).toBe('sk_secret_key'));
    expect(JSON.stringify(result.current.snippetRequest)).not.toContain('sk_secret_key');
    act(() => result.current.reveal.toggle());
    expect(JSON.stringify(result.current.snippetRequest)).toContain('sk_secret_key');
    act(() => result.current.reveal.toggle());
    expect(JSON.stringify(result.current.snippetRequest)).not.toContain('sk_secret_key');
  });

  it('warms the mock when the pointer comes while the mock is the target, and not while an instance is', async () => {
    const { result } = renderHook(() => usePlayground(operation));
    act(() => result.current.target.updateSettings({ target: 'instance', instanceUrl: 'https://tianji.example.com' }));
    await waitFor(() => expect(result.current.target.settings.target).toBe('instance'));
    // A start loads its modules first: give it the time it would take before looking.
    await act(async () => {
      result.current.formProps.onPointerEnter();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(startMockWorker).not.toHaveBeenCalled();

    act(() => result.current.target.updateSettings({ target: 'mock' }));
    await waitFor(() => expect(result.current.target.settings.target).toBe('mock'));
    act(() => result.current.formProps.onPointerEnter());
    await waitFor(() => expect(control.prepare).toHaveBeenCalledWith('website-info'));
  });

  it('sends on Ctrl+Enter with the values as they are', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response('{}', { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const { result } = renderHook(() => usePlayground(operation));
    act(() => result.current.fields.setParam('path', 'websiteId', 'site-1'));
    act(() => result.current.fields.setParam('path', 'workspaceId', 'ws-1'));
    const preventDefault = vi.fn();
    await act(async () =>
      result.current.formProps.onKeyDown({ key: 'Enter', ctrlKey: true, preventDefault } as unknown as KeyboardEvent),
    );
    expect(preventDefault).toHaveBeenCalled();
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(String(fetch.mock.calls[0][0])).toMatch(/\/mock-api\/open\/workspace\/ws-1\/website\/site-1$/);
  });
});
