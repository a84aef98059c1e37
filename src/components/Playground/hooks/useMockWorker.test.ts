// @vitest-environment jsdom
/**
 * The mock's lifecycle by target: started on demand (warm, Send, reset) while the mock is the target, stopped when
 * the reader turns to their instance. src/mock/browser (msw) is a stand-in here.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MockWorkerControl } from '../../../mock/browser';

vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({ siteConfig: { baseUrl: '/de/' }, i18n: { currentLocale: 'de' } }),
}));
vi.mock('../../../generated-data', () => ({
  SITE_DATA: { apiPrefix: '/open' },
  loadOperations: async () => [{ id: 'website-info' }],
}));
const control = { reset: vi.fn(), prepare: vi.fn() } as unknown as MockWorkerControl;
const startMockWorker = vi.fn(async (_options: unknown) => control);
const stopMockWorker = vi.fn();
vi.mock('../../../mock/browser', () => ({ startMockWorker, stopMockWorker }));

const { useMockWorker } = await import('./useMockWorker');

afterEach(() => {
  vi.clearAllMocks();
  startMockWorker.mockImplementation(async () => control);
});

describe('useMockWorker', () => {
  // First: the mock's module is only loaded by a start, and nothing can be stopped before.
  it('stops nothing when the reader turns to their instance before the mock ever started', () => {
    const { rerender } = renderHook(({ target }) => useMockWorker(target), {
      initialProps: { target: 'mock' as 'mock' | 'instance' },
    });
    rerender({ target: 'instance' });
    expect(stopMockWorker).not.toHaveBeenCalled();
  });

  it('starts the mock at the page’s mock URL with the operations, under the site’s base URL', async () => {
    const { result } = renderHook(() => useMockWorker('mock'));
    await act(() => result.current.start());
    expect(startMockWorker).toHaveBeenCalledWith({
      operations: [{ id: 'website-info' }],
      baseUrl: `${window.location.origin}/de/mock-api/open`,
      workerUrl: '/de/mockServiceWorker.js',
      scope: '/de/',
    });
  });

  it('warms only while the mock is the target, and readies the page’s operation', async () => {
    const { result, rerender } = renderHook(({ target }) => useMockWorker(target, 'website-info'), {
      initialProps: { target: 'instance' as 'mock' | 'instance' },
    });
    act(() => result.current.warm());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(startMockWorker).not.toHaveBeenCalled();
    rerender({ target: 'mock' });
    act(() => result.current.warm());
    await waitFor(() => expect(control.prepare).toHaveBeenCalledWith('website-info'));
  });

  it('stops the mock when the reader turns to their instance, and starts it again on their return', async () => {
    const { result, rerender } = renderHook(({ target }) => useMockWorker(target), {
      initialProps: { target: 'mock' as 'mock' | 'instance' },
    });
    await act(() => result.current.start());
    rerender({ target: 'instance' });
    expect(stopMockWorker).toHaveBeenCalled();
    rerender({ target: 'mock' });
    await act(() => result.current.start());
    expect(startMockWorker).toHaveBeenCalledTimes(2);
  });

  it('tells whether a reset worked or the mock would not start', async () => {
    const { result } = renderHook(() => useMockWorker('mock'));
    await act(() => result.current.reset());
    expect(control.reset).toHaveBeenCalled();
    expect(result.current.notice).toBe('reset');
    startMockWorker.mockRejectedValue(new Error('no service worker'));
    await act(() => result.current.reset());
    expect(result.current.notice).toBe('start-failed');
  });
});
