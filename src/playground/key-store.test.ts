import { describe, expect, it } from 'vitest';
import { ApiKeyStore, keyElsewhere, keyFor, keyScope, MOCK_SCOPE, scopeOfBaseUrl } from './key-store';
import { memorySlot, storageSlot } from '../storage';
import { throwingStorage } from '../storage-fixtures';

const A = 'https://a.example.com';
const B = 'http://127.0.0.1:8123';

describe('keyScope', () => {
  it('is the mock scope on the mock, the instance origin otherwise, nothing for an invalid URL', () => {
    expect(keyScope('mock', 'https://a.example.com', '/open')).toBe(MOCK_SCOPE);
    expect(keyScope('instance', 'https://a.example.com/tianji/', '/open')).toBe(A);
    expect(keyScope('instance', 'HTTPS://A.example.com:443/open', '/open')).toBe(A);
    expect(keyScope('instance', 'a.example.com', '/open')).toBeUndefined();
    expect(keyScope('instance', 'javascript:alert(1)', '/open')).toBeUndefined();
    expect(keyScope('instance', '', '/open')).toBeUndefined();
  });

  it('of a base URL: its origin, or the mock', () => {
    expect(scopeOfBaseUrl('instance', `${B}/open`)).toBe(B);
    expect(scopeOfBaseUrl('mock', `${B}/open`)).toBe(MOCK_SCOPE);
    expect(scopeOfBaseUrl('instance', 'nonsense')).toBeUndefined();
    expect(scopeOfBaseUrl('instance', undefined)).toBeUndefined();
  });
});

describe('ApiKeyStore', () => {
  it('binds a key to its origin: another origin, the mock and no scope get none', () => {
    const store = new ApiKeyStore(memorySlot());
    store.setKey(A, 'sk_a');
    expect(keyFor(store.get(), A)).toBe('sk_a');
    expect(keyFor(store.get(), B)).toBe('');
    expect(keyFor(store.get(), MOCK_SCOPE)).toBe('');
    expect(keyFor(store.get(), undefined)).toBe('');
  });

  it('refuses a scope that is not an origin (a path, another protocol)', () => {
    const store = new ApiKeyStore(memorySlot());
    store.setKey(`${A}/open`, 'sk');
    store.setKey('javascript:alert(1)', 'sk');
    expect(store.get().keys.size).toBe(0);
  });

  it('offers the latest key of another instance, never the mock key, and brings it only when asked', () => {
    const store = new ApiKeyStore(memorySlot());
    store.setKey(MOCK_SCOPE, 'demo');
    expect(keyElsewhere(store.get(), B)).toBeUndefined();
    store.setKey(A, 'sk_a');
    expect(keyElsewhere(store.get(), B)).toEqual({ origin: A });
    expect(keyElsewhere(store.get(), MOCK_SCOPE)).toBeUndefined();
    expect(keyFor(store.get(), B)).toBe('');
    store.bring(A, B);
    expect(keyFor(store.get(), B)).toBe('sk_a');
    expect(keyElsewhere(store.get(), B)).toBeUndefined();
  });

  it('keeps keys in memory only by default', () => {
    const slot = memorySlot();
    const store = new ApiKeyStore(slot);
    store.setKey(A, 'sk_secret');
    expect(store.get().remembered).toBe(false);
    expect(slot.get()).toBeNull();
    // A new page (reload) starts without it.
    expect(keyFor(new ApiKeyStore(slot).get(), A)).toBe('');
  });

  it('writes each key with its origin only when remembered, and survives a reload', () => {
    const slot = memorySlot();
    const store = new ApiKeyStore(slot);
    store.setKey(A, 'sk_secret');
    store.setRemembered(true);
    expect(JSON.parse(slot.get()!)).toEqual({ v: 2, keys: { [A]: 'sk_secret' } });
    const again = new ApiKeyStore(slot).get();
    expect(again.remembered).toBe(true);
    expect(keyFor(again, A)).toBe('sk_secret');
    expect(keyFor(again, B)).toBe('');
  });

  it('drops a key saved without its origin by an older version, and anything unreadable', () => {
    for (const old of ['sk_old', '{"v":2,"keys":["sk"]}', '{"v":2,"keys":{"https://a.example.com/x":"sk"}}']) {
      const slot = memorySlot(old);
      const store = new ApiKeyStore(slot);
      expect([...store.get().keys.values()].join()).toBe('');
      if (old === 'sk_old' || old.includes('["sk"]')) expect(slot.get()).toBeNull();
    }
  });

  it('removes them from the device when unticked or forgotten', () => {
    const slot = memorySlot(JSON.stringify({ v: 2, keys: { [A]: 'sk_old' } }));
    const store = new ApiKeyStore(slot);
    store.setRemembered(false);
    expect(slot.get()).toBeNull();
    expect(keyFor(store.get(), A)).toBe('sk_old');
    store.setRemembered(true);
    store.forget();
    expect(store.get()).toEqual({ keys: new Map(), remembered: false });
    expect(slot.get()).toBeNull();
  });

  it('notifies subscribers', () => {
    const store = new ApiKeyStore(memorySlot());
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.setKey(A, 'a');
    off();
    store.setKey(A, 'b');
    expect(calls).toBe(1);
  });

  it('survives a storage that throws', () => {
    const store = new ApiKeyStore(storageSlot('api-key', () => throwingStorage));
    store.setKey(A, 'k');
    store.setRemembered(true);
    expect(keyFor(store.get(), A)).toBe('k');
    expect(store.get().remembered).toBe(true);
  });
});
