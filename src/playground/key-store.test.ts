import { describe, expect, it } from 'vitest';
import { ApiKeyStore } from './key-store';
import { memorySlot, storageSlot } from '../storage';
import { throwingStorage } from '../storage-fixtures';

describe('ApiKeyStore', () => {
  it('keeps a key in memory only by default', () => {
    const slot = memorySlot();
    const store = new ApiKeyStore(slot);
    store.setKey('sk_secret');
    expect(store.get()).toEqual({ key: 'sk_secret', remembered: false });
    expect(slot.get()).toBeNull();
    // A new page (reload) starts without it.
    expect(new ApiKeyStore(slot).get().key).toBe('');
  });

  it('writes the key to the device only when remembered, and survives a reload', () => {
    const slot = memorySlot();
    const store = new ApiKeyStore(slot);
    store.setKey('sk_secret');
    store.setRemembered(true);
    expect(slot.get()).toBe('sk_secret');
    expect(new ApiKeyStore(slot).get()).toEqual({ key: 'sk_secret', remembered: true });
  });

  it('removes it from the device when unticked or forgotten', () => {
    const slot = memorySlot('sk_old');
    const store = new ApiKeyStore(slot);
    store.setRemembered(false);
    expect(slot.get()).toBeNull();
    expect(store.get().key).toBe('sk_old');
    store.setRemembered(true);
    store.forget();
    expect(store.get()).toEqual({ key: '', remembered: false });
    expect(slot.get()).toBeNull();
  });

  it('notifies subscribers', () => {
    const store = new ApiKeyStore(memorySlot());
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.setKey('a');
    off();
    store.setKey('b');
    expect(calls).toBe(1);
  });

  it('survives a storage that throws', () => {
    const broken = throwingStorage;
    const store = new ApiKeyStore(storageSlot('api-key', () => broken));
    store.setKey('k');
    store.setRemembered(true);
    expect(store.get()).toEqual({ key: 'k', remembered: true });
  });
});
