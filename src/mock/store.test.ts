import { describe, expect, it } from 'vitest';
import { createMockStore, MOCK_STORE_SLOT } from './store';
import { browserStorage, STORAGE_PREFIX, storageSlot, type WebStorage } from '../storage';
import { throwingStorage } from '../storage-fixtures';

const MOCK_STORE_KEY = `${STORAGE_PREFIX}${MOCK_STORE_SLOT}`;

class FakeStorage implements WebStorage {
  data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

describe('createMockStore', () => {
  it('keeps records per collection and workspace, in creation order', () => {
    const store = createMockStore({ storage: null });
    store.put('website', 'ws1', { id: 'a', name: 'A' });
    store.put('website', 'ws1', { id: 'b', name: 'B' });
    store.put('website', 'ws2', { id: 'c', name: 'C' });
    store.put('monitor', 'ws1', { id: 'm', name: 'M' });
    expect(store.list('website', 'ws1').map((r) => r.id)).toEqual(['a', 'b']);
    expect(store.list('website', 'ws2').map((r) => r.id)).toEqual(['c']);
    expect(store.list('monitor', 'ws1').map((r) => r.id)).toEqual(['m']);
    expect(store.list('survey', 'ws1')).toEqual([]);
    expect(store.get('website', 'ws1', 'b')).toEqual({ id: 'b', name: 'B' });
    expect(store.get('website', 'ws2', 'b')).toBeUndefined();
  });

  it('replaces a record with the same id in place', () => {
    const store = createMockStore({ storage: null });
    store.put('website', 'ws', { id: 'a', name: 'A' });
    store.put('website', 'ws', { id: 'b', name: 'B' });
    store.put('website', 'ws', { id: 'a', name: 'A2' });
    expect(store.list('website', 'ws')).toEqual([
      { id: 'a', name: 'A2' },
      { id: 'b', name: 'B' },
    ]);
  });

  it('hands out copies, so callers cannot change stored records', () => {
    const store = createMockStore({ storage: null });
    const input = { id: 'a', tags: ['x'] };
    const returned = store.put('website', 'ws', input);
    input.tags.push('y');
    returned.tags = [];
    store.get('website', 'ws', 'a')!.tags = [];
    expect(store.get('website', 'ws', 'a')).toEqual({ id: 'a', tags: ['x'] });
  });

  it('removes records and tells whether there was one', () => {
    const store = createMockStore({ storage: null });
    store.put('website', 'ws', { id: 'a' });
    expect(store.remove('website', 'ws', 'a')).toBe(true);
    expect(store.remove('website', 'ws', 'a')).toBe(false);
    expect(store.remove('website', 'other', 'seed')).toBe(false);
    expect(store.get('website', 'ws', 'a')).toBeUndefined();
  });

  it('seeds a (collection, workspace) once, before what was stored, and never again after a deletion', () => {
    const store = createMockStore({ storage: null });
    let asked = 0;
    const seeds = () => {
      asked++;
      return [
        { id: 's1', name: 'Seed' },
        { id: 'a', name: 'Seed A' },
      ];
    };
    store.put('website', 'ws', { id: 'a', name: 'Mine' });
    store.seed('website', 'ws', seeds);
    store.seed('website', 'ws', seeds);
    expect(asked).toBe(1);
    expect(store.list('website', 'ws')).toEqual([
      { id: 's1', name: 'Seed' },
      { id: 'a', name: 'Mine' },
    ]);
    store.remove('website', 'ws', 's1');
    store.seed('website', 'ws', seeds);
    expect(store.list('website', 'ws').map((r) => r.id)).toEqual(['a']);
    store.seed('website', 'ws2', seeds);
    expect(store.list('website', 'ws2').map((r) => r.id)).toEqual(['s1', 'a']);
    expect(asked).toBe(2);
  });

  it('tells which workspaces hold an id', () => {
    const store = createMockStore({ storage: null });
    store.put('feedChannel', 'ws1', { id: 'c' });
    store.put('feedChannel', 'ws2', { id: 'c' });
    store.put('feedChannel', 'ws3', { id: 'd' });
    expect(store.workspacesWith('feedChannel', 'c')).toEqual(['ws1', 'ws2']);
    expect(store.workspacesWith('feedChannel', 'x')).toEqual([]);
    expect(store.workspacesWith('website', 'c')).toEqual([]);
  });

  it('reset forgets records and seeding', () => {
    const store = createMockStore({ storage: null });
    store.put('website', 'ws', { id: 'a' });
    store.seed('website', 'ws', () => [{ id: 's' }]);
    store.reset();
    expect(store.list('website', 'ws')).toEqual([]);
    store.seed('website', 'ws', () => [{ id: 's' }]);
    expect(store.list('website', 'ws')).toEqual([{ id: 's' }]);
  });

  it('persists to the injected storage and reloads from it', () => {
    const storage = new FakeStorage();
    const slot = storageSlot(MOCK_STORE_SLOT, () => storage);
    const first = createMockStore({ storage: slot });
    first.put('website', 'ws', { id: 'a', name: 'A' });
    first.seed('website', 'ws', () => [{ id: 'seed' }]);
    first.remove('website', 'ws', 'seed');
    expect(storage.getItem(MOCK_STORE_KEY)).toContain('"name":"A"');

    const second = createMockStore({ storage: slot });
    expect(second.get('website', 'ws', 'a')).toEqual({ id: 'a', name: 'A' });
    second.seed('website', 'ws', () => [{ id: 'seed' }]);
    expect(second.list('website', 'ws').map((r) => r.id)).toEqual(['a']);

    second.reset();
    expect(storage.getItem(MOCK_STORE_KEY)).toBeNull();
    expect(createMockStore({ storage: slot }).list('website', 'ws')).toEqual([]);
  });

  it('uses the slot it is given', () => {
    const storage = new FakeStorage();
    createMockStore({ storage: storageSlot('other', () => storage) }).put('page', 'ws', { id: 'p' });
    expect([...storage.data.keys()]).toEqual([`${STORAGE_PREFIX}other`]);
  });

  it('starts empty from a corrupt or foreign persisted copy', () => {
    const storage = new FakeStorage();
    const slot = storageSlot(MOCK_STORE_SLOT, () => storage);
    for (const raw of [
      'not json',
      '[]',
      '{"v":999,"records":{},"seeded":{}}',
      '{"v":1,"records":{},"removed":{}}',
      'null',
    ]) {
      storage.setItem(MOCK_STORE_KEY, raw);
      expect(createMockStore({ storage: slot }).list('website', 'ws')).toEqual([]);
    }
  });

  it('keeps working in memory when the storage throws', () => {
    const broken = throwingStorage;
    const store = createMockStore({ storage: storageSlot(MOCK_STORE_SLOT, () => broken) });
    store.put('website', 'ws', { id: 'a' });
    expect(store.list('website', 'ws')).toHaveLength(1);
    store.reset();
    expect(store.list('website', 'ws')).toEqual([]);
  });

  it('finds no sessionStorage in Node, so the default store is memory-only', () => {
    expect(browserStorage('sessionStorage')).toBeNull();
    const store = createMockStore();
    store.put('website', 'ws', { id: 'a' });
    expect(store.list('website', 'ws')).toHaveLength(1);
  });
});
