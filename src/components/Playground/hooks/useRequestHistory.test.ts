// @vitest-environment jsdom
/** The tab's history as the panel reads it: every request that ended, newest first, following each new one. */
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PlaygroundValues } from '../../../playground/initial-values';
import type { SendOutcome } from '../../../request/send';

vi.mock('@docusaurus/ExecutionEnvironment', () => ({ default: { canUseDOM: true } }));

const { historyStore, recordSent, useRequestHistory } = await import('./useRequestHistory');

const values: PlaygroundValues = { path: { websiteId: 's1' }, query: {}, header: {}, body: '' };

function sent(websiteId: string, status: number) {
  const outcome = {
    kind: 'response',
    status,
    statusText: '',
    headers: [],
    contentType: 'application/json',
    durationMs: 5,
    size: 2,
    text: '{}',
    truncated: false,
    blob: new Blob(['{}']),
  } satisfies SendOutcome;
  return recordSent({
    operation: { id: 'website-info', method: 'GET', path: '/website/{websiteId}', secured: false },
    values: { ...values, path: { websiteId } },
    target: 'mock',
    instanceUrl: '',
    baseUrl: 'http://localhost/mock-api/open',
    request: { method: 'GET', url: `http://localhost/mock-api/open/website/${websiteId}`, headers: [] },
    outcome,
    siteBaseUrl: '/fr/',
  });
}

afterEach(() => {
  historyStore()?.clear();
  sessionStorage.clear();
});

describe('useRequestHistory', () => {
  it('lists the requests that ended, newest first, and follows each new one', () => {
    window.history.replaceState(null, '', '/fr/docs/api/website-info');
    const { result } = renderHook(() => useRequestHistory());
    expect(result.current).toEqual([]);
    act(() => void sent('s1', 200));
    act(() => void sent('s2', 404));
    expect(result.current.map((e) => [e.pathAndQuery, e.outcome.kind === 'response' && e.outcome.status])).toEqual([
      ['/website/s2', 404],
      ['/website/s1', 200],
    ]);
    // The page is kept below the locale's base URL, so "load into its page" works in any language.
    expect(result.current[0]?.pagePath).toBe('docs/api/website-info');
  });

  it('keeps the history for the tab: a playground mounted later sees it', () => {
    window.history.replaceState(null, '', '/fr/docs/api/website-info');
    act(() => void sent('s3', 200));
    expect(JSON.stringify(sessionStorage)).toContain('/website/s3');
    const { result } = renderHook(() => useRequestHistory());
    expect(result.current.map((e) => e.pathAndQuery)).toEqual(['/website/s3']);
  });
});
