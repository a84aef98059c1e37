/**
 * The mock's memory: records the reader created, grouped by collection and workspace, plus the ids they
 * deleted (so a deleted seeded example stays gone). It lives as long as the browser tab session, so that
 * "create, then list" works across page navigations but a new session starts clean.
 */

import { browserSlot, type StorageSlot } from '../playground/storage';
import { isPlainObject } from '../openapi/json';

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
  /** The slot to persist in; `null` keeps everything in memory. Defaults to a slot in the tab's sessionStorage. */
  storage?: StorageSlot | null;
}

/** The sessionStorage slot the mock's state is kept in by default. */
export const MOCK_STORE_SLOT = 'mock-store';

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

function load(slot: StorageSlot | null): State {
  try {
    const raw = slot?.get();
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
  // Where there is no usable sessionStorage (Node, SSR, storage disabled), the slot keeps nothing.
  const slot = options.storage === undefined ? browserSlot('sessionStorage', MOCK_STORE_SLOT) : options.storage;
  let state = load(slot);

  // A slot never throws: quota or privacy errors only cost persistence, the in-memory state stays correct.
  function save(): void {
    slot?.set(JSON.stringify(state));
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
      slot?.remove();
    },
  };
}
