import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeHistory } from '../history/record';
import { readHistoryFile } from '../history/sources';
import { checkInstance } from './check';
import { diagnose, isMixedContent, runDoctor, type FetchLike } from './doctor';
import { startServer, type RunningServer, type ServerKind } from './fixtures/servers';

/** Node's fetch as a browser on another origin sees it: without the server's CORS header, a normal fetch fails. */
const browserFetch: FetchLike = async (url, init) => {
  const response = await fetch(url, { signal: init?.signal });
  if (init?.mode === 'no-cors') return { status: 0, type: 'opaque', headers: new Headers(), text: async () => '' };
  if (!response.headers.get('access-control-allow-origin')) throw new TypeError('Failed to fetch');
  return response;
};

const PAGE = 'http://localhost:3000/docs/api/worker-all';
const records = decodeHistory(readHistoryFile('openapi/history.json'));

describe('the doctor against six local servers', () => {
  const kinds: ServerKind[] = [
    'tianji',
    'openapi-off',
    'cors-stripped',
    'wrong-base-path',
    'not-tianji',
    'unreachable',
  ];
  const servers = {} as Record<ServerKind, RunningServer>;
  beforeAll(async () => {
    for (const kind of kinds) servers[kind] = await startServer(kind);
  });
  afterAll(async () => {
    for (const kind of kinds) await servers[kind]?.close();
  });
  const run = (kind: ServerKind) =>
    runDoctor({
      baseUrl: `${servers[kind].url}/open`,
      pageUrl: PAGE,
      apiPrefix: '/open',
      fetch: browserFetch,
      timeoutMs: 3000,
    });

  it('finds a healthy Tianji healthy', async () => {
    expect(await run('tianji')).toEqual({ ok: true });
  });
  for (const kind of ['openapi-off', 'cors-stripped', 'not-tianji', 'unreachable'] as const) {
    it(`names ${kind}`, async () => {
      expect(await run(kind)).toMatchObject({ ok: false, kind });
    });
  }
  it('names a wrong base path and offers the origin', async () => {
    expect(await run('wrong-base-path')).toEqual({
      ok: false,
      kind: 'wrong-base-path',
      suggestion: new URL(servers['wrong-base-path'].url).origin,
    });
  });
  it('says mixed content before trying anything', async () => {
    const spy = vi.fn(browserFetch);
    const result = await runDoctor({
      baseUrl: 'http://tianji.example.com/open',
      pageUrl: 'https://docs.example.com/docs/api/worker-all',
      apiPrefix: '/open',
      fetch: spy,
    });
    expect(result).toEqual({ ok: false, kind: 'mixed-content', suggestion: 'https://tianji.example.com/open' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('compares a readable instance, and gives the diagnosis when it cannot', async () => {
    const input = { pageUrl: PAGE, apiPrefix: '/open', fetch: browserFetch, records, timeoutMs: 3000 };
    const ok = await checkInstance({ ...input, baseUrl: `${servers.tianji.url}/open` });
    expect(ok.ok && ok.comparison.version).toBe('v1.22.0');
    expect(ok.ok && ok.comparison.missing).toContain('worker-all');
    const off = await checkInstance({ ...input, baseUrl: `${servers['openapi-off'].url}/open` });
    expect(off).toEqual({ ok: false, kind: 'openapi-off' });
  });
});

describe('diagnose (pure)', () => {
  const json = (text: string, status = 200) => ({
    kind: 'answer' as const,
    status,
    contentType: 'application/json',
    text,
  });
  const html = { kind: 'answer' as const, status: 200, contentType: 'text/html', text: '<html></html>' };
  it('tells each kind from what the probes saw', () => {
    expect(diagnose({ document: { kind: 'failed' }, documentNoCors: { kind: 'failed' } })).toMatchObject({
      kind: 'unreachable',
    });
    expect(diagnose({ document: { kind: 'failed' }, documentNoCors: { kind: 'opaque' } })).toMatchObject({
      kind: 'cors-stripped',
    });
    expect(diagnose({ document: html, health: json('{"status":"ok"}') })).toMatchObject({ kind: 'openapi-off' });
    expect(
      diagnose(
        { document: json('{}', 404), health: json('{}', 404), originHealth: json('{"status":"ok"}') },
        'https://t.example',
      ),
    ).toEqual({
      ok: false,
      kind: 'wrong-base-path',
      suggestion: 'https://t.example',
    });
    expect(diagnose({ document: html, health: html })).toMatchObject({ kind: 'not-tianji' });
    expect(diagnose({ document: json('{"openapi":"3.0.0","paths":{}}') })).toEqual({ ok: true });
  });
  it('knows mixed content, and that loopback is not', () => {
    expect(isMixedContent('https://docs.example/x', 'http://tianji.example/open')).toBe(true);
    expect(isMixedContent('https://docs.example/x', 'http://127.0.0.1:8080/open')).toBe(false);
    expect(isMixedContent('http://docs.example/x', 'http://tianji.example/open')).toBe(false);
    expect(isMixedContent('https://docs.example/x', 'https://tianji.example/open')).toBe(false);
  });
});
