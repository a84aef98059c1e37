// @vitest-environment jsdom
/**
 * Sending as the reader sees it: sending → the answer or the failure, a problem that blocks a send (and goes once
 * fixed), cancel, one send at a time, the mock that would not start. The network (fetch), the mock and the
 * instance doctor are stand-ins; the history is the real store over jsdom's sessionStorage.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OperationData } from '../../../openapi/types';
import type { PlaygroundValues } from '../../../playground/initial-values';
import type { PlaygroundSettings } from '../../../playground/settings';
import type { MockWorkerControl } from '../../../mock/browser';
import type { ParamIssue } from '../../../playground/param-check';

vi.mock('@docusaurus/ExecutionEnvironment', () => ({ default: { canUseDOM: true } }));
vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({ siteConfig: { baseUrl: '/' }, i18n: { currentLocale: 'en' } }),
}));
vi.mock('../../../generated-data', () => ({ SITE_DATA: { apiPrefix: '/open', sharedParameters: [] } }));
const recheckInstance = vi.fn();
vi.mock('../instance/store', () => ({ recheckInstance }));

const { useSend } = await import('./useSend');
const { historyStore } = await import('./useRequestHistory');

const operation = {
  id: 'website-info',
  method: 'GET',
  path: '/website/{websiteId}',
  secured: false,
  parameters: [{ name: 'websiteId', in: 'path', required: true, schema: { type: 'string' } }],
  responses: [],
} as unknown as OperationData;

function values(websiteId: string): PlaygroundValues {
  return { path: { websiteId }, query: {}, header: {}, body: '' };
}

const MOCK: PlaygroundSettings = { target: 'mock', instanceUrl: '', timeoutSeconds: 30 };
const INSTANCE: PlaygroundSettings = {
  target: 'instance',
  instanceUrl: 'https://tianji.example.com',
  timeoutSeconds: 30,
};

/** A network that answers when the test says so, and gives up when the request is aborted. */
function network() {
  const pending: Array<{ url: string; answer: (body: string, status?: number) => void; fail: () => void }> = [];
  const fetch = vi.fn(
    (url: string, init: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        pending.push({
          url,
          answer: (body, status = 200) =>
            resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } })),
          fail: () => reject(new TypeError('Failed to fetch')),
        });
      }),
  );
  vi.stubGlobal('fetch', fetch);
  return pending;
}

function params(issues: ParamIssue[] = []) {
  return { issues, check: async () => issues, warm: () => {} };
}

const started = async () => ({}) as MockWorkerControl;

function render(
  initial: {
    values?: PlaygroundValues;
    settings?: PlaygroundSettings;
    startMock?: () => Promise<MockWorkerControl>;
  } = {},
  issues: ParamIssue[] = [],
) {
  return renderHook(
    ({ v }) =>
      useSend({
        operation,
        values: v,
        settings: initial.settings ?? MOCK,
        apiKey: '',
        startMock: initial.startMock ?? started,
        params: params(issues),
      }),
    { initialProps: { v: initial.values ?? values('site1') } },
  );
}

beforeEach(() => {
  sessionStorage.clear();
  historyStore()?.clear();
});

afterEach(() => {
  vi.unstubAllGlobals();
  recheckInstance.mockReset();
});

describe('useSend', () => {
  it('shows sending, then the answer, to the mock of this page, and records it in the history', async () => {
    const pending = network();
    const { result } = render();
    expect(result.current.phase.state).toBe('idle');
    act(() => void result.current.send());
    await waitFor(() => expect(result.current.phase.state).toBe('sending'));
    expect(pending[0]?.url).toBe(`${window.location.origin}/mock-api/open/website/site1`);
    await act(async () => pending[0]?.answer('{"id":"site1"}'));
    await waitFor(() => expect(result.current.phase.state).toBe('done'));
    const { phase } = result.current;
    expect(phase.state === 'done' && phase.outcome.kind === 'response' && phase.outcome.text).toBe('{"id":"site1"}');
    expect(
      historyStore()
        ?.list()
        .map((e) => [e.operationId, e.pathAndQuery]),
    ).toEqual([['website-info', '/website/site1']]);
  });

  it('does not send while a problem holds, and stops showing it once the reader fixes it', async () => {
    const pending = network();
    const { result, rerender } = render({ values: values('') });
    await act(() => result.current.send());
    const { phase } = result.current;
    expect(phase.state === 'blocked' && phase.problem).toEqual({ kind: 'missing-required', names: ['websiteId'] });
    expect(pending).toHaveLength(0);
    rerender({ v: values('site1') });
    expect(result.current.phase.state).toBe('idle');
  });

  it('sends past a warning only when the reader sends anyway', async () => {
    const pending = network();
    const issue = { in: 'path', name: 'websiteId', keyword: 'minLength', message: 'too short' } satisfies ParamIssue;
    const { result } = render({}, [issue]);
    await act(() => result.current.send());
    const { phase } = result.current;
    expect(phase.state === 'blocked' && phase.problem).toEqual({ kind: 'param-schema', names: ['websiteId'] });
    expect(pending).toHaveLength(0);
    act(() => result.current.sendAnyway());
    await waitFor(() => expect(result.current.phase.state).toBe('sending'));
    expect(pending).toHaveLength(1);
  });

  it('cancels a send: the outcome says the reader aborted it', async () => {
    const pending = network();
    const { result } = render();
    act(() => void result.current.send());
    await waitFor(() => expect(result.current.phase.state).toBe('sending'));
    act(() => result.current.cancel());
    await waitFor(() => expect(result.current.phase.state).toBe('done'));
    const { phase } = result.current;
    expect(phase.state === 'done' && phase.outcome).toMatchObject({ kind: 'failure', reason: 'aborted' });
    expect(pending).toHaveLength(1);
  });

  it('sends one request at a time: Send again while one is out does nothing', async () => {
    const pending = network();
    const { result } = render();
    act(() => void result.current.send());
    await waitFor(() => expect(result.current.phase.state).toBe('sending'));
    await act(() => result.current.send());
    expect(pending).toHaveLength(1);
  });

  it('blocks with the mock-start problem when the mock would not start, sending nothing', async () => {
    const pending = network();
    const { result } = render({ startMock: () => Promise.reject(new Error('no service worker')) });
    await act(() => result.current.send());
    const { phase } = result.current;
    expect(phase.state === 'blocked' && phase.problem).toEqual({ kind: 'mock-start' });
    expect(pending).toHaveLength(0);
  });

  it('asks the instance doctor to look again when a request to the instance does not get through', async () => {
    const pending = network();
    const { result } = render({ settings: INSTANCE });
    act(() => void result.current.send());
    await waitFor(() => expect(pending).toHaveLength(1));
    expect(pending[0]?.url).toBe('https://tianji.example.com/open/website/site1');
    await act(async () => pending[0]?.fail());
    // The failed cross-origin request is diagnosed with a second (no-cors) request: that one fails too.
    await waitFor(() => expect(pending).toHaveLength(2));
    await act(async () => pending[1]?.fail());
    await waitFor(() => expect(result.current.phase.state).toBe('done'));
    expect(recheckInstance).toHaveBeenCalled();
  });
});
