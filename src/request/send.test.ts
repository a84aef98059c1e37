import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPLAY_LIMIT_BYTES, formatBytes, sendRequest } from './send';

let server: http.Server;
let base: string;
const seen: Array<{ method?: string; url?: string; auth?: string; body: string }> = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, auth: req.headers.authorization, body });
      if (req.url === '/hang') return; // never answers
      if (req.url === '/big') {
        res.setHeader('content-type', 'application/json');
        return res.end(`"${'x'.repeat(DISPLAY_LIMIT_BYTES + 10)}"`);
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('sendRequest', () => {
  it('sends method, URL, headers and body and reads the answer', async () => {
    const outcome = await sendRequest(
      {
        method: 'POST',
        url: `${base}/x?a=1`,
        headers: [{ name: 'Authorization', value: 'Bearer k' }],
        body: { mimeType: 'application/json', text: '{"n":1}' },
      },
      { timeoutMs: 5000 },
    );
    expect(outcome).toMatchObject({
      kind: 'response',
      status: 200,
      text: '{"ok":true}',
      truncated: false,
      contentType: 'application/json',
    });
    expect(seen.at(-1)).toEqual({ method: 'POST', url: '/x?a=1', auth: 'Bearer k', body: '{"n":1}' });
  });

  it('gives up after the timeout', async () => {
    const outcome = await sendRequest({ method: 'GET', url: `${base}/hang`, headers: [] }, { timeoutMs: 300 });
    expect(outcome).toMatchObject({ kind: 'failure', reason: 'timeout' });
  });

  it('stops when the reader cancels', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const outcome = await sendRequest(
      { method: 'GET', url: `${base}/hang`, headers: [] },
      { timeoutMs: 5000, signal: controller.signal },
    );
    expect(outcome).toMatchObject({ kind: 'failure', reason: 'aborted' });
  });

  it('keeps only the first megabyte as text and the whole body as a blob', async () => {
    const outcome = await sendRequest({ method: 'GET', url: `${base}/big`, headers: [] }, { timeoutMs: 5000 });
    if (outcome.kind !== 'response') throw new Error('expected a response');
    expect(outcome.truncated).toBe(true);
    expect(outcome.text.length).toBe(DISPLAY_LIMIT_BYTES);
    expect(outcome.blob.size).toBe(DISPLAY_LIMIT_BYTES + 12);
  });

  it('calls an unreachable cross-origin server a network failure', async () => {
    const outcome = await sendRequest(
      { method: 'GET', url: 'http://127.0.0.1:9/x', headers: [] },
      { timeoutMs: 5000, pageOrigin: 'http://127.0.0.1:1' },
    );
    expect(outcome).toMatchObject({ kind: 'failure', reason: 'network' });
  });

  it('calls a cross-origin failure of a live server a CORS refusal', async () => {
    // Stands in for the browser: the real request fails like a CORS block, the no-cors probe succeeds.
    const fakeFetch = (async (_url: string, init?: RequestInit) => {
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const outcome = await sendRequest(
      { method: 'GET', url: `${base}/x`, headers: [] },
      { timeoutMs: 5000, pageOrigin: 'http://127.0.0.1:1', fetchImpl: fakeFetch },
    );
    expect(outcome).toMatchObject({ kind: 'failure', reason: 'cors' });
  });
});

describe('formatBytes', () => {
  it.each([
    [12, '12 B'],
    [2048, '2.0 KB'],
    [10 * 1024 * 1024, '10.0 MB'],
  ])('%d → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});
