import { describe, expect, it } from 'vitest';
import {
  historyRecord,
  HistoryStore,
  MAX_BODY_CHARS,
  MAX_HISTORY_ENTRIES,
  parseHistory,
  type HistoryRecord,
} from './history';
import { memorySlot, storageSlot, type WebStorage } from '../../storage';
import { fakeStorage, throwingStorage } from '../../storage-fixtures';

const KEY = 'sk_secret_never_stored';

function record(patch: Partial<HistoryRecord> = {}): HistoryRecord {
  return {
    at: 1_800_000_000_000,
    operationId: 'website-add',
    method: 'POST',
    path: '/workspace/{workspaceId}/website/add',
    pathAndQuery: '/workspace/ws1/website/add',
    target: 'mock',
    pagePath: 'docs/api/website-add',
    secured: true,
    values: {
      path: { workspaceId: 'ws1' },
      query: {},
      header: { 'X-Api-Key': KEY, 'X-Trace': 't' },
      body: '{"name":"Blog"}',
    },
    headers: [
      ['Authorization', `Bearer ${KEY}`],
      ['X-Api-Key', KEY],
      ['Content-Type', 'application/json'],
    ],
    body: { mimeType: 'application/json', text: '{"name":"Blog"}' },
    outcome: {
      kind: 'response',
      status: 200,
      statusText: 'OK',
      durationMs: 12,
      size: 20,
      headers: [['content-type', 'application/json']],
      body: '{"id":"site1"}',
      bodyCut: false,
    },
    ...patch,
  };
}

describe('HistoryStore', () => {
  it('keeps requests newest first, for the tab session', () => {
    const slot = memorySlot();
    const store = new HistoryStore(slot);
    store.add(record({ operationId: 'website-add' }));
    store.add(record({ operationId: 'website-info' }));
    expect(store.list().map((e) => e.operationId)).toEqual(['website-info', 'website-add']);
    expect(new Set(store.list().map((e) => e.id)).size).toBe(2);
    expect(new HistoryStore(slot).list().map((e) => e.operationId)).toEqual(['website-info', 'website-add']);
  });

  it('never keeps the key, the Authorization header or a credential-named header', () => {
    const storage = fakeStorage();
    const store = new HistoryStore(storageSlot('history', () => storage));
    const entry = store.add(record());
    expect(entry.headers).toEqual([['Content-Type', 'application/json']]);
    expect(entry.values.header).toEqual({ 'X-Trace': 't' });
    expect([...storage.data.values()].join('')).not.toContain(KEY);
    expect([...storage.data.values()].join('')).not.toMatch(/Authorization/i);
  });

  it('caps the number of entries and the size of bodies', () => {
    const store = new HistoryStore(memorySlot());
    for (let i = 0; i < MAX_HISTORY_ENTRIES + 5; i++) store.add(record({ pathAndQuery: `/r/${i}` }));
    expect(store.list()).toHaveLength(MAX_HISTORY_ENTRIES);
    expect(store.list()[0].pathAndQuery).toBe(`/r/${MAX_HISTORY_ENTRIES + 4}`);
    const big = 'x'.repeat(MAX_BODY_CHARS * 2);
    const entry = store.add(
      record({
        body: { mimeType: 'application/json', text: big },
        values: { path: {}, query: {}, header: {}, body: big },
        outcome: { ...(record().outcome as object), body: big } as HistoryRecord['outcome'],
      }),
    );
    expect(entry.body?.text).toHaveLength(MAX_BODY_CHARS);
    expect(entry.requestCut).toBe(true);
    expect(entry.outcome).toMatchObject({ bodyCut: true });
    expect(entry.outcome.kind === 'response' && entry.outcome.body).toHaveLength(MAX_BODY_CHARS);
  });

  it('keeps every entry in memory when the storage refuses, and the newest that fit in storage', () => {
    const data = fakeStorage();
    // A storage that takes only short strings, as a full one does.
    const small: WebStorage = {
      ...data,
      setItem: (key, value) => {
        if (value.length > 2_000) throw new Error('QuotaExceededError');
        data.setItem(key, value);
      },
    };
    const store = new HistoryStore(storageSlot('history', () => small));
    for (let i = 0; i < 10; i++) store.add(record({ pathAndQuery: `/r/${i}` }));
    expect(store.list()).toHaveLength(10);
    const stored = parseHistory(data.getItem('tianji-playground:history'));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.length).toBeLessThan(10);
    expect(stored[0].pathAndQuery).toBe('/r/9');
    // Another slot of the same storage is untouched.
    data.setItem('tianji-playground:mock-store', '{"kept":true}');
    store.add(record());
    expect(data.getItem('tianji-playground:mock-store')).toBe('{"kept":true}');
  });

  it('works without storage, and clears', () => {
    const store = new HistoryStore(storageSlot('history', () => throwingStorage));
    store.add(record());
    expect(store.list()).toHaveLength(1);
    let calls = 0;
    store.subscribe(() => calls++);
    store.clear();
    expect(store.list()).toEqual([]);
    expect(calls).toBe(1);
  });
});

describe('parseHistory', () => {
  it('drops what is not an entry', () => {
    expect(parseHistory(null)).toEqual([]);
    expect(parseHistory('{nope')).toEqual([]);
    expect(parseHistory('{"a":1}')).toEqual([]);
    const store = new HistoryStore(memorySlot());
    const good = store.add(record());
    expect(parseHistory(JSON.stringify([good, { id: 'x' }, null, 5]))).toEqual([good]);
  });

  it('drops an entry with a method, a target or an instance URL the site would never have written', () => {
    const store = new HistoryStore(memorySlot());
    const good = store.add(record())!;
    const tampered = [
      { ...good, method: 'TRACE' },
      { ...good, target: 'elsewhere' },
      { ...good, target: 'instance', instanceBaseUrl: 'javascript:alert(1)' },
      { ...good, target: 'instance', instanceBaseUrl: undefined },
    ];
    expect(parseHistory(JSON.stringify([good, ...tampered]))).toEqual([good]);
    const instance = { ...good, target: 'instance', instanceBaseUrl: 'https://t.example.com/open' };
    expect(parseHistory(JSON.stringify([instance]))).toEqual([instance]);
  });
});

describe('historyRecord', () => {
  it('records what was sent after the base URL, and the outcome without the blob', () => {
    const sent = historyRecord({
      operation: { id: 'website-all', method: 'GET', path: '/workspace/{workspaceId}/website/all', secured: true },
      values: { path: { workspaceId: 'ws1' }, query: {}, header: {}, body: '' },
      target: 'instance',
      instanceUrl: 'https://t.example.com',
      baseUrl: 'https://t.example.com/open',
      pagePath: 'docs/api/website-all',
      request: {
        method: 'GET',
        url: 'https://t.example.com/open/workspace/ws1/website/all',
        headers: [{ name: 'Authorization', value: `Bearer ${KEY}` }],
      },
      outcome: {
        kind: 'response',
        status: 200,
        statusText: 'OK',
        headers: [],
        contentType: 'application/json',
        durationMs: 5,
        size: 2,
        text: '[]',
        truncated: false,
        blob: new Blob(['[]']),
      },
      at: 1,
    });
    expect(sent).toMatchObject({
      pathAndQuery: '/workspace/ws1/website/all',
      instanceBaseUrl: 'https://t.example.com/open',
      outcome: { kind: 'response', status: 200, body: '[]', bodyCut: false },
    });
    expect(sent.outcome).not.toHaveProperty('blob');
    const entry = new HistoryStore(memorySlot()).add(sent);
    expect(JSON.stringify(entry)).not.toContain(KEY);
    const failed = historyRecord({
      values: sent.values,
      target: 'mock',
      baseUrl: 'http://x/mock-api/open',
      pagePath: '',
      operation: { id: 'a', method: 'GET', path: '/a', secured: false },
      request: { method: 'GET', url: 'http://x/mock-api/open/a', headers: [] },
      outcome: { kind: 'failure', reason: 'timeout', durationMs: 30000 },
      at: 2,
    });
    expect(failed).toMatchObject({ pathAndQuery: '/a', outcome: { kind: 'failure', reason: 'timeout' } });
    expect(failed).not.toHaveProperty('instanceBaseUrl');
  });
});
