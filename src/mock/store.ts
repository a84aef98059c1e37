/**
 * The mock's memory: records grouped by collection and workspace (the seeded examples and what the reader
 * created), plus which (collection, workspace) pairs were seeded already, so a deleted seed stays gone. It
 * lives as long as the browser tab session, so that "create, then list" works across page navigations but a
 * new session starts clean.
 */

import { browserSlot, type StorageSlot } from '../storage';
import { isPlainObject } from '../openapi/json';

export type MockRecord = Record<string, unknown> & { id: string };

export interface MockStore {
  /** Records of one workspace, in creation order. */
  list(collection: string, workspaceId: string): MockRecord[];
  get(collection: string, workspaceId: string, id: string): MockRecord | undefined;
  /** Inserts or replaces (by id) and returns the stored copy. */
  put(collection: string, workspaceId: string, record: MockRecord): MockRecord;
  /** Deletes the record, if any. Returns whether a record was stored. */
  remove(collection: string, workspaceId: string, id: string): boolean;
  /**
   * Stores these records the first time it is called for (collection, workspace); later calls do nothing,
   * also once the seeds were deleted. The records are only asked for when they are stored.
   */
  seed(collection: string, workspaceId: string, records: () => MockRecord[]): void;
  /** The workspaces that hold a record with this id, in the order they were first used. */
  workspacesWith(collection: string, id: string): string[];
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
const STATE_VERSION = 2;

type Buckets<T> = Record<string, Record<string, T[]>>;

interface State {
  v: number;
  records: Buckets<MockRecord>;
  /** Per collection, the workspaces seeded already. */
  seeded: Record<string, string[]>;
}

function emptyState(): State {
  return { v: STATE_VERSION, records: {}, seeded: {} };
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
      isPlainObject(parsed.seeded)
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
      save();
      return clone(stored);
    },
    remove(collection, workspaceId, id) {
      const records = bucket(state.records, collection, workspaceId, false);
      const index = records ? records.findIndex((r) => r.id === id) : -1;
      if (!records || index < 0) return false;
      records.splice(index, 1);
      save();
      return true;
    },
    seed(collection, workspaceId, records) {
      const seeded = (state.seeded[collection] ??= []);
      if (seeded.includes(workspaceId)) return;
      seeded.push(workspaceId);
      const bucketed = bucket(state.records, collection, workspaceId, true)!;
      // Seeds come first, as the oldest records; an id the reader stored already keeps the reader's copy.
      const fresh = records().filter((seed) => !bucketed.some((r) => r.id === seed.id));
      bucketed.unshift(...clone(fresh));
      save();
    },
    workspacesWith(collection, id) {
      const byWorkspace = state.records[collection] ?? {};
      return Object.keys(byWorkspace).filter((workspaceId) => byWorkspace[workspaceId].some((r) => r.id === id));
    },
    reset() {
      state = emptyState();
      slot?.remove();
    },
  };
}
