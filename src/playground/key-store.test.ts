import { describe, expect, it } from 'vitest';
import { ApiKeyStore, REMEMBERED_KEY_ITEM, type KeyStorage } from './key-store';

function memoryStorage(initial: Record<string, string> = {}): KeyStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => (k in data ? data[k] : null),
    setItem: (k, v) => void (data[k] = v),
    removeItem: (k) => void delete data[k],
  };
}

describe('ApiKeyStore', () => {
  it('keeps a key in memory only by default', () => {
    const storage = memoryStorage();
    const store = new ApiKeyStore(storage);
    store.setKey('sk_secret');
    expect(store.get()).toEqual({ key: 'sk_secret', remembered: false });
    expect(storage.data).toEqual({});
    // A new page (reload) starts without it.
    expect(new ApiKeyStore(storage).get().key).toBe('');
  });

  it('writes the key to the device only when remembered, and survives a reload', () => {
    const storage = memoryStorage();
    const store = new ApiKeyStore(storage);
    store.setKey('sk_secret');
    store.setRemembered(true);
    expect(storage.data[REMEMBERED_KEY_ITEM]).toBe('sk_secret');
    expect(new ApiKeyStore(storage).get()).toEqual({ key: 'sk_secret', remembered: true });
  });

  it('removes it from the device when unticked or forgotten', () => {
    const storage = memoryStorage({ [REMEMBERED_KEY_ITEM]: 'sk_old' });
    const store = new ApiKeyStore(storage);
    store.setRemembered(false);
    expect(storage.data).toEqual({});
    expect(store.get().key).toBe('sk_old');
    store.setRemembered(true);
    store.forget();
    expect(store.get()).toEqual({ key: '', remembered: false });
    expect(storage.data).toEqual({});
  });

  it('notifies subscribers', () => {
    const store = new ApiKeyStore(null);
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.setKey('a');
    off();
    store.setKey('b');
    expect(calls).toBe(1);
  });

  it('survives a storage that throws', () => {
    const broken: KeyStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    const store = new ApiKeyStore(broken);
    store.setKey('k');
    store.setRemembered(true);
    expect(store.get()).toEqual({ key: 'k', remembered: true });
  });
});
