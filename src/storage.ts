/**
 * The one storage adapter of the playground. The remembered API key, the settings and the mock's state each
 * live in a named slot under one prefix. A slot holds one string and never throws: storage can be missing
 * (server rendering, Node), blocked (privacy settings, sandboxed iframes) or full, and none of that may
 * break the playground. Nothing here logs.
 */

export const STORAGE_PREFIX = 'tianji-playground:';

/** One named string in some storage. Fail-safe: a read that fails gives null, a write that fails is dropped. */
export interface StorageSlot {
  get(): string | null;
  set(value: string): void;
  remove(): void;
}

/** The part of the Web Storage API a slot uses. */
export interface WebStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type BrowserStorageKind = 'localStorage' | 'sessionStorage';

/** The page's localStorage or sessionStorage; null outside a browser, or where merely reaching it throws. */
export function browserStorage(kind: BrowserStorageKind): WebStorage | null {
  try {
    return (globalThis as { window?: Partial<Record<BrowserStorageKind, WebStorage>> }).window?.[kind] ?? null;
  } catch {
    return null; // e.g. storage blocked by the browser's privacy settings
  }
}

// Not @docusaurus/theme-common's createStorageSlot: a failed set there console.errors the value, i.e. the API key.
/** A slot `STORAGE_PREFIX + name` in whatever storage `storage` returns at the time of each call. */
export function storageSlot(name: string, storage: () => WebStorage | null): StorageSlot {
  const key = STORAGE_PREFIX + name;
  function attempt<T>(action: (store: WebStorage) => T, fallback: T): T {
    try {
      const store = storage();
      return store ? action(store) : fallback;
    } catch {
      return fallback; // full, blocked or gone: the owner keeps its value in memory
    }
  }
  return {
    get: () => attempt((store) => store.getItem(key), null),
    set: (value) => attempt((store) => store.setItem(key, value), undefined),
    remove: () => attempt((store) => store.removeItem(key), undefined),
  };
}

/** A slot in the page's localStorage (kept on this device) or sessionStorage (kept for this tab session). */
export function browserSlot(kind: BrowserStorageKind, name: string): StorageSlot {
  return storageSlot(name, () => browserStorage(kind));
}

/** A slot in memory only, for tests. */
export function memorySlot(initial: string | null = null): StorageSlot {
  let value = initial;
  return {
    get: () => value,
    set: (next) => void (value = next),
    remove: () => void (value = null),
  };
}
