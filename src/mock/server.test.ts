/**
 * The mock as a local server: real HTTP requests over a socket, answered by the browser's handlers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY } from './auth';
import { loadTinyOperations } from './fixtures/index';
import { OPERATION_HEADER } from './handlers';
import { startMockServer, type MockServer } from './server';

const WS = 'cldemoworkspace0000000001';
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ operations: await loadTinyOperations(), apiPrefix: '/open', port: 0 });
});
afterAll(() => server.close());

const auth = { authorization: `Bearer ${DEMO_API_KEY}` };

describe('startMockServer', () => {
  it('listens on a free port of the loopback and answers under the API prefix', () => {
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/open$/);
    expect(server.baseUrl).not.toMatch(/:0\//);
  });

  it('asks for the key on a secured operation and accepts the demo key', async () => {
    const url = `${server.baseUrl}/workspace/${WS}/website/all`;
    const without = await fetch(url);
    expect(without.status).toBe(401);
    expect(await without.json()).toMatchObject({ code: 'UNAUTHORIZED', issues: expect.any(Array) });
    const wrong = await fetch(url, { headers: { authorization: 'Bearer sk_wrong' } });
    expect(wrong.status).toBe(403);
    const withKey = await fetch(url, { headers: auth });
    expect(withKey.status).toBe(200);
    expect(withKey.headers.get(OPERATION_HEADER)).toBe('website-all');
    expect(Array.isArray(await withKey.json())).toBe(true);
  });

  it('answers a public operation without a key', async () => {
    expect((await fetch(`${server.baseUrl}/global/config`)).status).toBe(200);
  });

  it('keeps what a request created for the next ones: create → get → delete → not found', async () => {
    const created = await fetch(`${server.baseUrl}/workspace/${WS}/website/add`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Server test', domain: 'server-test.example.com' }),
    });
    expect(created.status).toBe(200);
    const { id } = (await created.json()) as { id: string };
    expect(id).toMatch(/^[a-z][a-z0-9]+$/);

    const got = await fetch(`${server.baseUrl}/workspace/${WS}/website/${id}/info`, { headers: auth });
    expect(got.status).toBe(200);
    expect(await got.json()).toMatchObject({ id, name: 'Server test', domain: 'server-test.example.com' });

    const deleted = await fetch(`${server.baseUrl}/workspace/${WS}/website/${id}`, { method: 'DELETE', headers: auth });
    expect(deleted.status).toBe(200);
    const gone = await fetch(`${server.baseUrl}/workspace/${WS}/website/${id}/info`, { headers: auth });
    // website-info documents a nullable 200 and no 404: not found is `null` (answers.ts).
    expect(gone.status).toBe(200);
    expect(await gone.json()).toBeNull();
  });

  it('checks the body as the browser mock does', async () => {
    const bad = await fetch(`${server.baseUrl}/workspace/${WS}/website/add`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_REQUEST', issues: expect.any(Array) });
  });

  it('answers 404 with the error shape outside every operation, and CORS preflights', async () => {
    const outside = await fetch(`${server.origin}/elsewhere`);
    expect(outside.status).toBe(404);
    expect(await outside.json()).toMatchObject({ code: 'NOT_FOUND', issues: expect.any(Array) });
    const preflight = await fetch(`${server.baseUrl}/workspace/${WS}/website/all`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
  });
});
