import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OperationData } from '../openapi/types';
import { DEMO_API_KEY } from './auth';
import { createMockHandlers, OPERATION_HEADER } from './handlers';
import { resourceCollections } from '../openapi/resources';
import { classifyOperation, referencedRecords, type ResourceAction } from './resources';
import { createMockStore } from './store';
import {
  loadReferenceOperations,
  loadSiteOperations,
  loadTinyOperations,
  REFERENCE_SPEC_PATH,
  sampleRequest,
  sampleValidBody,
} from './fixtures/index';

const TINY_OPERATIONS = await loadTinyOperations();
const reference = await loadReferenceOperations();
const SITE_OPERATIONS = await loadSiteOperations();
if (!reference) console.warn(`[mock tests] ${REFERENCE_SPEC_PATH} not found: reference-spec tests are skipped.`);

const AUTH = { Authorization: `Bearer ${DEMO_API_KEY}` };
const JSON_AUTH = { ...AUTH, 'Content-Type': 'application/json' };

const store = createMockStore({ storage: null });
const referenceStore = createMockStore({ storage: null });

// A real HTTP server on the same origin as the mock proves that requests outside baseUrl reach the network.
let realServer: Server;
let mockServer: ReturnType<typeof setupServer>;
let origin = '';
let base = '';
let referenceBase = '';

beforeAll(async () => {
  realServer = createServer((req, res) => {
    res.setHeader('Content-Type', 'text/plain');
    res.end(`real ${req.method} ${req.url}`);
  });
  await new Promise<void>((resolve) => realServer.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(realServer.address() as AddressInfo).port}`;
  base = `${origin}/mock/open`;
  referenceBase = `${origin}/mock/reference/`;
  mockServer = setupServer(
    ...createMockHandlers(TINY_OPERATIONS, { baseUrl: base, store, knownKeys: [DEMO_API_KEY] }),
    ...(reference
      ? createMockHandlers(reference, { baseUrl: referenceBase, store: referenceStore, knownKeys: [DEMO_API_KEY] })
      : []),
  );
  mockServer.listen({ onUnhandledRequest: 'bypass' });
});

afterAll(async () => {
  mockServer?.close();
  await new Promise((resolve) => realServer?.close(resolve));
});

beforeEach(() => {
  store.reset();
  referenceStore.reset();
});

async function call(method: string, path: string, init: { headers?: Record<string, string>; body?: unknown } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: init.headers,
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, text, json: json as any, headers: response.headers };
}

describe('auth', () => {
  it('answers 401 with the documented body when a secured operation gets no key', async () => {
    const res = await call('GET', '/workspace/ws1/website/all');
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ code: 'UNAUTHORIZED', message: 'Authorization not provided', issues: [] });
  });

  it('answers 401 when the header is not a bearer token', async () => {
    for (const Authorization of ['Basic Zm9vOmJhcg==', DEMO_API_KEY, 'Bearer ']) {
      const res = await call('GET', '/workspace/ws1/website/all', { headers: { Authorization } });
      expect(res.status, Authorization).toBe(401);
    }
  });

  it('answers 403 for an unknown key', async () => {
    const res = await call('GET', '/workspace/ws1/website/all', { headers: { Authorization: 'Bearer wrong' } });
    expect(res.status).toBe(403);
    expect(res.json).toEqual({ code: 'FORBIDDEN', message: 'Insufficient access', issues: [] });
  });

  it('answers 200 with a body for the demo key', async () => {
    const res = await call('GET', '/workspace/ws1/website/all', { headers: AUTH });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.json).toEqual([expect.objectContaining({ id: 'seed1', name: 'Example site', workspaceId: 'ws1' })]);
  });

  it('lets public operations through with any header or none', async () => {
    for (const headers of [undefined, { Authorization: 'Bearer wrong' }, { Authorization: 'nonsense' }]) {
      const res = await call('GET', '/global/config', { headers });
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ allowRegister: false });
    }
  });

  it('checks auth before the body, as the real server does', async () => {
    const res = await call('POST', '/workspace/ws1/website/add', { body: { name: 5 } });
    expect(res.status).toBe(401);
  });
});

describe('input validation', () => {
  it('answers 400 with issues for an invalid body', async () => {
    const res = await call('POST', '/workspace/ws1/website/add', { headers: JSON_AUTH, body: { name: 5 } });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('BAD_REQUEST');
    expect(res.json.message).toBe('Invalid input data');
    expect(res.json.issues).toEqual(
      expect.arrayContaining([
        { path: '/name', message: 'must be string' },
        { path: '/domain', message: "must have required property 'domain'" },
      ]),
    );
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await call('POST', '/workspace/ws1/website/add', { headers: JSON_AUTH, body: '{"name":' });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('BAD_REQUEST');
    expect(res.json.issues[0].message).toMatch(/not valid JSON/);
  });

  it('answers 400 when a required body is missing', async () => {
    const res = await call('POST', '/workspace/ws1/website/add', { headers: AUTH });
    expect(res.status).toBe(400);
  });

  it('accepts unknown formats such as cuid2', async () => {
    const res = await call('POST', '/workspace/ws1/website/add', {
      headers: JSON_AUTH,
      body: { name: 'a', domain: 'a.example', monitorId: 'Not A Cuid!' },
    });
    expect(res.status).toBe(200);
  });

  it('answers 400 when a required query parameter is missing', async () => {
    const res = await call('GET', '/workspace/ws1/website/seed1/stats?startAt=1', { headers: AUTH });
    expect(res.status).toBe(400);
    expect(res.json.issues).toEqual([{ path: '/endAt', message: "Required query parameter 'endAt' is missing" }]);
    const ok = await call('GET', '/workspace/ws1/website/seed1/stats?startAt=1&endAt=2', { headers: AUTH });
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ pageviews: 42 });
  });
});

describe('routing', () => {
  it('answers 404 JSON for an unknown route under the base URL', async () => {
    const res = await call('GET', '/x', { headers: AUTH });
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ code: 'NOT_FOUND', message: 'No operation matches GET /x', issues: [] });
  });

  it('answers 404 for a known path with another method, and for the base itself', async () => {
    expect((await call('PATCH', '/global/config')).json.message).toBe('No operation matches PATCH /global/config');
    expect((await call('GET', '')).status).toBe(404);
  });

  it('does not handle URLs outside the base URL', async () => {
    for (const path of ['/open/global/config', '/mock/openx/global/config', '/mock']) {
      const res = await fetch(`${origin}${path}`);
      expect(await res.text()).toBe(`real GET ${path}`);
    }
  });

  it('prefers literal segments over parameters, whatever the order of operations', async () => {
    const ops: OperationData[] = [
      {
        id: 'thing-get',
        method: 'GET',
        path: '/things/{id}',
        tag: 't',
        summary: '',
        secured: false,
        parameters: [],
        responses: [],
      },
      {
        id: 'thing-all',
        method: 'GET',
        path: '/things/all',
        tag: 't',
        summary: '',
        secured: false,
        parameters: [],
        responses: [],
      },
    ];
    const orderBase = `${origin}/mock/order`;
    mockServer.use(...createMockHandlers(ops, { baseUrl: orderBase, store, knownKeys: [] }));
    try {
      expect((await fetch(`${orderBase}/things/all`)).headers.get(OPERATION_HEADER)).toBe('thing-all');
      expect((await fetch(`${orderBase}/things/a%20b`)).headers.get(OPERATION_HEADER)).toBe('thing-get');
    } finally {
      mockServer.resetHandlers();
    }
  });

  it('answers an empty body for a 204 operation', async () => {
    const res = await call('POST', '/workspace/ws1/ping', { headers: AUTH });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
  });
});

describe('stateful websites', () => {
  it('adds, lists, gets, updates, deletes and resets', async () => {
    const added = await call('POST', '/workspace/ws1/website/add', {
      headers: JSON_AUTH,
      body: { name: 'Docs', domain: 'docs.example.com' },
    });
    expect(added.status).toBe(200);
    const id: string = added.json.id;
    expect(id).toMatch(/^[a-z][0-9a-z]{23}$/);
    expect(added.json).toMatchObject({ name: 'Docs', domain: 'docs.example.com', workspaceId: 'ws1' });
    expect(Date.parse(added.json.createdAt)).not.toBeNaN();

    const listed = await call('GET', '/workspace/ws1/website/all', { headers: AUTH });
    expect(listed.json.map((w: { id: string }) => w.id)).toEqual(['seed1', id]);
    expect((await call('GET', '/workspace/ws2/website/all', { headers: AUTH })).json).toHaveLength(1);

    const got = await call('GET', `/workspace/ws1/website/${id}/info`, { headers: AUTH });
    expect(got.json).toMatchObject({ id, name: 'Docs', domain: 'docs.example.com' });

    const updated = await call('PUT', `/workspace/ws1/website/${id}/update`, {
      headers: JSON_AUTH,
      body: { name: 'Docs 2' },
    });
    expect(updated.json).toMatchObject({ id, name: 'Docs 2', domain: 'docs.example.com' });
    expect((await call('GET', `/workspace/ws1/website/${id}/info`, { headers: AUTH })).json.name).toBe('Docs 2');

    const deleted = await call('DELETE', `/workspace/ws1/website/${id}`, { headers: AUTH });
    expect(deleted.status).toBe(200);
    expect(deleted.json).toMatchObject({ id, name: 'Docs 2' });
    const afterDelete = await call('GET', '/workspace/ws1/website/all', { headers: AUTH });
    expect(afterDelete.json.map((w: { id: string }) => w.id)).toEqual(['seed1']);
    // website-info documents no 404 but a nullable 200: null; website-delete documents neither: 404.
    const gone = await call('GET', `/workspace/ws1/website/${id}/info`, { headers: AUTH });
    expect([gone.status, gone.json]).toEqual([200, null]);
    expect((await call('DELETE', `/workspace/ws1/website/${id}`, { headers: AUTH })).status).toBe(404);

    const again = await call('POST', '/workspace/ws1/website/add', {
      headers: JSON_AUTH,
      body: { name: 'X', domain: 'x.io' },
    });
    store.reset();
    const afterReset = await call('GET', '/workspace/ws1/website/all', { headers: AUTH });
    expect(afterReset.json.map((w: { id: string }) => w.id)).toEqual(['seed1']);
    expect(afterReset.json).not.toContainEqual(expect.objectContaining({ id: again.json.id }));
  });

  it('finds unknown and foreign ids nowhere, and keeps deleted seeds gone', async () => {
    const got = await call('GET', '/workspace/ws1/website/abc/info', { headers: AUTH });
    expect([got.status, got.json]).toEqual([200, null]);
    expect((await call('DELETE', '/workspace/ws1/website/abc', { headers: AUTH })).json).toEqual({
      code: 'NOT_FOUND',
      message: 'No website with id abc in workspace ws1',
      issues: [],
    });
    const seed = await call('GET', '/workspace/ws1/website/seed1/info', { headers: AUTH });
    expect(seed.json).toMatchObject({ id: 'seed1', name: 'Example site', workspaceId: 'ws1' });

    const added = await call('POST', '/workspace/ws1/website/add', {
      headers: JSON_AUTH,
      body: { name: 'Mine', domain: 'mine.example' },
    });
    expect((await call('GET', `/workspace/ws2/website/${added.json.id}/info`, { headers: AUTH })).json).toBeNull();
    expect((await call('DELETE', `/workspace/ws2/website/${added.json.id}`, { headers: AUTH })).status).toBe(404);
    const stats = await call('GET', `/workspace/ws2/website/${added.json.id}/stats?startAt=1&endAt=2`, {
      headers: AUTH,
    });
    expect(stats.status).toBe(404);

    expect((await call('DELETE', '/workspace/ws1/website/seed1', { headers: AUTH })).status).toBe(200);
    expect((await call('GET', '/workspace/ws1/website/all', { headers: AUTH })).json.map((w: any) => w.id)).toEqual([
      added.json.id,
    ]);
    expect((await call('GET', '/workspace/ws1/website/seed1/info', { headers: AUTH })).json).toBeNull();
  });
});

describe('stateful upsert', () => {
  it('creates without an id (storing what was sent, not the schema defaults) and updates with one', async () => {
    const created = await call('POST', '/workspace/ws1/worker/upsert', { headers: JSON_AUTH, body: { name: 'job' } });
    expect(created.json).toMatchObject({ name: 'job', workspaceId: 'ws1' });
    expect(created.json).not.toHaveProperty('active');
    expect(store.list('worker', 'ws1').find((w) => w.id === created.json.id)).not.toHaveProperty('active');
    const id = created.json.id;
    const updated = await call('POST', '/workspace/ws1/worker/upsert', {
      headers: JSON_AUTH,
      body: { id, name: 'job 2', active: false },
    });
    expect(updated.json).toMatchObject({ id, name: 'job 2', active: false });
    expect((await call('GET', `/workspace/ws1/worker/${id}/info`, { headers: AUTH })).json).toMatchObject({
      id,
      name: 'job 2',
    });
  });
});

describe('classifyOperation', () => {
  const kinds = (ops: OperationData[]) =>
    Object.fromEntries(ops.map((o) => [o.id, classifyOperation(o)?.action ?? null]));

  it('recognizes record operations from their spec entries', () => {
    expect(kinds(TINY_OPERATIONS)).toEqual({
      'global-config': null,
      'website-all': 'list',
      'website-info': 'get',
      'website-add': 'create',
      'website-updateInfo': 'update',
      'website-delete': 'delete',
      'website-stats': null,
      'worker-upsert': 'upsert',
      'worker-get': 'get',
      'no-content': null,
    });
  });
});

describe('referencedRecords', () => {
  // The operations of the site's spec at these paths, with the relations its overlay declares.
  const refs = (path: string, values: Record<string, string>) => {
    const op = SITE_OPERATIONS.find((o) => o.path === path);
    if (!op) throw new Error(`no operation at ${path}`);
    return referencedRecords(op, (name) => values[name]);
  };

  it('names the records an operation works under, by path or query', () => {
    expect(refs('/workspace/{workspaceId}/website/{websiteId}/stats', { workspaceId: 'ws', websiteId: 'w' })).toEqual([
      { collection: 'website', id: 'w' },
    ]);
    expect(refs('/feed/{channelId}/{eventId}/archive', { channelId: 'c', eventId: 'e' })).toEqual([
      { collection: 'feedChannel', id: 'c' },
    ]);
    expect(refs('/workspace/{workspaceId}/telemetry/eventCount', { telemetryId: 't' })).toEqual([
      { collection: 'telemetry', id: 't' },
    ]);
  });

  it('leaves out absent optional ids, ids of no collection, and the record a record operation works on', () => {
    expect(refs('/workspace/{workspaceId}/monitor/events', {})).toEqual([]);
    expect(refs('/website/public/{shareId}/info', { shareId: 's' })).toEqual([]);
    expect(refs('/workspace/{workspaceId}/website/{websiteId}/info', { websiteId: 'w' })).toEqual([]);
  });
});

describe.skipIf(!reference)('reference spec', () => {
  const operations = reference ?? [];
  const requestInit = (op: OperationData, body?: string, headers: Record<string, string> = AUTH): RequestInit => ({
    method: op.method,
    headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
    body,
  });

  it('has the 137 operations', () => {
    expect(operations).toHaveLength(137);
    expect(operations.filter((o) => !o.secured).map((o) => o.id)).toEqual(
      expect.arrayContaining([
        'global-config',
        'user-login',
        'user-loginWithToken',
        'user-register',
        'monitor-getPublicInfo',
      ]),
    );
  });

  it('answers every operation with the demo key and sampled valid inputs', async () => {
    const failures: string[] = [];
    for (const op of operations) {
      referenceStore.reset();
      const { url, body } = sampleRequest(op, referenceBase.replace(/\/$/, ''));
      const res = await fetch(url, requestInit(op, body));
      const text = await res.text();
      if (res.status >= 300 || res.headers.get(OPERATION_HEADER) !== op.id) {
        // Also catches a request answered by another operation whose template happens to match its URL.
        failures.push(
          `${op.id} ${op.method} ${url} → ${res.status} ${res.headers.get(OPERATION_HEADER)} ${text.slice(0, 300)}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });

  it('answers 401 to every secured operation without a key, and never to a public one', async () => {
    for (const op of operations) {
      const { url, body } = sampleRequest(op, referenceBase.replace(/\/$/, ''));
      const res = await fetch(url, requestInit(op, body, {}));
      if (op.secured) expect(res.status, op.id).toBe(401);
      else expect(res.status, op.id).not.toBe(401);
    }
  });

  describe('keeps records of every covered collection', () => {
    const workspaceId = 'ws1demo';
    const byAction = (collection: string, action: ResourceAction) =>
      operations.find((o) => {
        const binding = classifyOperation(o);
        return binding?.collection === collection && binding.action === action;
      });

    /** A request with sampled valid inputs, but this workspace and (when given) this record id. */
    function requestFor(op: OperationData, idKeys: string[], id?: string): { url: string; init: RequestInit } {
      const keys = [...idKeys, 'id'];
      const sampled = sampleRequest(op, referenceBase.replace(/\/$/, ''));
      const url = new URL(sampled.url);
      let path = op.path.replace('{workspaceId}', workspaceId);
      for (const key of keys) if (id) path = path.replace(`{${key}}`, id);
      path = path.replace(/\{[^}]+\}/g, 'x');
      url.pathname = new URL(referenceBase).pathname.replace(/\/$/, '') + path;
      if (url.searchParams.has('workspaceId')) url.searchParams.set('workspaceId', workspaceId);
      for (const key of keys) {
        if (id && op.parameters.some((p) => p.in === 'query' && p.name === key)) url.searchParams.set(key, id);
      }
      let body: string | undefined;
      if (op.requestBody) {
        const value = sampleValidBody(op.requestBody.schema, op.requestBody.example) as Record<string, unknown>;
        const properties = (op.requestBody.schema.properties ?? {}) as Record<string, unknown>;
        for (const key of keys) {
          if (!(key in properties)) continue;
          if (id) value[key] = id;
          else delete value[key];
        }
        if ('workspaceId' in properties) value.workspaceId = workspaceId;
        body = JSON.stringify(value);
      }
      return { url: url.toString(), init: requestInit(op, body) };
    }

    async function send(op: OperationData, idKeys: string[], id?: string) {
      const { url, init } = requestFor(op, idKeys, id);
      const res = await fetch(url, init);
      return { status: res.status, json: (await res.json()) as any };
    }

    const ids = (list: unknown) => (Array.isArray(list) ? list.map((item: { id?: string }) => item?.id) : []);

    it.each(resourceCollections(operations))('%s', async (collection) => {
      const create = byAction(collection, 'create') ?? byAction(collection, 'upsert');
      const list = byAction(collection, 'list');
      const get = byAction(collection, 'get');
      const remove = byAction(collection, 'delete');
      // The id names the collection's record operations declare.
      const idKeys = [
        ...new Set([create, list, get, remove].flatMap((o) => (o && classifyOperation(o)?.idKeys) ?? [])),
      ];
      expect(create, 'create or upsert').toBeDefined();
      expect(list, 'list').toBeDefined();
      expect(remove, 'delete').toBeDefined();

      const created = await send(create!, idKeys);
      expect(created.status).toBe(200);
      const id: string = created.json.id;
      expect(id).toMatch(/^[a-z][0-9a-z]+$/);
      expect(ids((await send(list!, idKeys)).json)).toContain(id);

      if (get) {
        const got = await send(get, idKeys, id);
        expect(got.status).toBe(200);
        expect(got.json.id).toBe(id);
      }

      expect((await send(remove!, idKeys, id)).status).toBe(200);
      expect(ids((await send(list!, idKeys)).json)).not.toContain(id);
      if (get) expect((await send(get, idKeys, id)).status).toBe(404);
    });
  });
});
