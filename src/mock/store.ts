/**
 * The mock's memory: records the reader created, grouped by collection and workspace, plus the ids they
 * deleted (so a deleted seeded example stays gone). It lives as long as the browser tab session, so that
 * "create, then list" works across page navigations but a new session starts clean.
 */

/** The subset of the Web Storage API the store needs; injected so tests can pass a fake and Node has none. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type MockRecord = Record<string, unknown> & { id: string };

export interface MockStore {
  /** Records of one workspace, in creation order. */
  list(collection: string, workspaceId: string): MockRecord[];
  get(collection: string, workspaceId: string, id: string): MockRecord | undefined;
  /** Inserts or replaces (by id) and returns the stored copy. Clears a former deletion of that id. */
  put(collection: string, workspaceId: string, record: MockRecord): MockRecord;
  /** Deletes the record (if any) and remembers the id as deleted. Returns whether a record was stored. */
  remove(collection: string, workspaceId: string, id: string): boolean;
  isRemoved(collection: string, workspaceId: string, id: string): boolean;
  /** Forgets everything, including the persisted copy. */
  reset(): void;
}

export interface MockStoreOptions {
  /** Where to persist; `null` keeps everything in memory. Defaults to the tab's sessionStorage when usable. */
  storage?: StorageLike | null;
  key?: string;
}

export const MOCK_STORE_KEY = 'tianji-openapi-docs:mock-store';

/** Bumped when the persisted shape changes, so an old tab session never feeds us a shape we misread. */
const STATE_VERSION = 1;

type Buckets<T> = Record<string, Record<string, T[]>>;

interface State {
  v: number;
  records: Buckets<MockRecord>;
  removed: Buckets<string>;
}

function emptyState(): State {
  return { v: STATE_VERSION, records: {}, removed: {} };
}

/**
 * The tab's sessionStorage, or null where there is none (Node, SSR) or where touching it throws
 * (sandboxed iframes, storage disabled by the user).
 */
export function sessionStorageIfAvailable(): StorageLike | null {
  try {
    const storage = (globalThis as { sessionStorage?: StorageLike }).sessionStorage;
    if (!storage) return null;
    const probe = `${MOCK_STORE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function load(storage: StorageLike | null, key: string): State {
  if (!storage) return emptyState();
  try {
    const raw = storage.getItem(key);
    if (!raw) return emptyState();
    const parsed: unknown = JSON.parse(raw);
    if (
      isPlainObject(parsed) &&
      parsed.v === STATE_VERSION &&
      isPlainObject(parsed.records) &&
      isPlainObject(parsed.removed)
    ) {
      return parsed as unknown as State;
    }
  } catch {
    // A corrupt or unreadable copy must not break the playground; starting empty is the honest fallback.
  }
  return emptyState();
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function createMockStore(options: MockStoreOptions = {}): MockStore {
  const storage = options.storage === undefined ? sessionStorageIfAvailable() : options.storage;
  const key = options.key ?? MOCK_STORE_KEY;
  let state = load(storage, key);

  function save(): void {
    if (!storage) return;
    try {
      storage.setItem(key, JSON.stringify(state));
    } catch {
      // Quota or privacy errors only cost persistence; the in-memory state stays correct.
    }
  }

  function bucket<T>(buckets: Buckets<T>, collection: string, workspaceId: string, create: boolean): T[] | undefined {
    const byWorkspace = buckets[collection] ?? (create ? (buckets[collection] = {}) : undefined);
    if (!byWorkspace) return undefined;
    return byWorkspace[workspaceId] ?? (create ? (byWorkspace[workspaceId] = []) : undefined);
  }

  // Callers get copies so that a handler decorating a response can never alter what is stored.
  return {
    list(collection, workspaceId) {
      return clone(bucket(state.records, collection, workspaceId, false) ?? []);
    },
    get(collection, workspaceId, id) {
      const found = bucket(state.records, collection, workspaceId, false)?.find((r) => r.id === id);
      return found ? clone(found) : undefined;
    },
    put(collection, workspaceId, record) {
      const stored = clone(record);
      const records = bucket(state.records, collection, workspaceId, true)!;
      const index = records.findIndex((r) => r.id === stored.id);
      if (index >= 0) records[index] = stored;
      else records.push(stored);
      const removed = bucket(state.removed, collection, workspaceId, false);
      if (removed?.includes(stored.id)) removed.splice(removed.indexOf(stored.id), 1);
      save();
      return clone(stored);
    },
    remove(collection, workspaceId, id) {
      const records = bucket(state.records, collection, workspaceId, false);
      const index = records ? records.findIndex((r) => r.id === id) : -1;
      if (records && index >= 0) records.splice(index, 1);
      const removed = bucket(state.removed, collection, workspaceId, true)!;
      if (!removed.includes(id)) removed.push(id);
      save();
      return index >= 0;
    },
    isRemoved(collection, workspaceId, id) {
      return bucket(state.removed, collection, workspaceId, false)?.includes(id) ?? false;
    },
    reset() {
      state = emptyState();
      if (!storage) return;
      try {
        storage.removeItem(key);
      } catch {
        // Same as in save(): losing persistence is acceptable, losing the reset is not (memory is cleared).
      }
    },
  };
}
