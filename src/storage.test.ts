import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserSlot, browserStorage, memorySlot, STORAGE_PREFIX, storageSlot } from './storage';
import { fakeStorage, throwingStorage } from './storage-fixtures';

const throwing = throwingStorage;

afterEach(() => vi.restoreAllMocks());

describe('storage slots', () => {
  it('keep one string under the one prefix', () => {
    const storage = fakeStorage();
    const slot = storageSlot('settings', () => storage);
    expect(slot.get()).toBeNull();
    slot.set('{"a":1}');
    expect([...storage.data]).toEqual([[`${STORAGE_PREFIX}settings`, '{"a":1}']]);
    expect(slot.get()).toBe('{"a":1}');
    slot.remove();
    expect(storage.data.size).toBe(0);
    expect(STORAGE_PREFIX).toBe('tianji-playground:');
  });

  it('never throw and never log, whether the storage throws, is missing or cannot be reached', () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const unreachable = () => {
      throw new Error('SecurityError');
    };
    for (const slot of [
      storageSlot('api-key', () => throwing),
      storageSlot('api-key', () => null),
      storageSlot('api-key', unreachable),
    ]) {
      expect(() => slot.set('sk_secret')).not.toThrow();
      expect(slot.get()).toBeNull();
      expect(() => slot.remove()).not.toThrow();
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('find no browser storage in Node, so browser slots keep nothing there', () => {
    expect(browserStorage('localStorage')).toBeNull();
    expect(browserStorage('sessionStorage')).toBeNull();
    const slot = browserSlot('localStorage', 'settings');
    slot.set('x');
    expect(slot.get()).toBeNull();
  });

  it('reach the window storage of their kind, at each call', () => {
    const local = fakeStorage();
    const session = fakeStorage();
    vi.stubGlobal('window', { localStorage: local, sessionStorage: session });
    try {
      browserSlot('localStorage', 'api-key').set('sk_remembered');
      browserSlot('sessionStorage', 'mock-store').set('{}');
      expect([...local.data.keys()]).toEqual([`${STORAGE_PREFIX}api-key`]);
      expect([...session.data.keys()]).toEqual([`${STORAGE_PREFIX}mock-store`]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('in memory, for tests', () => {
    const slot = memorySlot('start');
    expect(slot.get()).toBe('start');
    slot.set('next');
    expect(slot.get()).toBe('next');
    slot.remove();
    expect(slot.get()).toBeNull();
  });
});
