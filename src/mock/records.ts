/**
 * The store as the handlers see it: seeded on first touch. The first time a (collection, workspace) is read
 * or written, the documented example items of the collection's list operation become real records of that
 * workspace, so lists are not empty on first use and a seeded id can be read, updated and deleted like one
 * the reader created (and stays gone once deleted).
 */
import type { OperationData } from '../openapi/types';
import { isPlainObject } from '../openapi/json';
import { listItems } from '../openapi/responses';
import type { MockRecord, MockStore } from './store';

/** Per collection, the items its records start with in every workspace. */
export type Seeds = ReadonlyMap<string, readonly MockRecord[]>;

/** What a record operation or a derived view answers, before the HTTP response is made. */
export type Outcome = { kind: 'ok'; body: unknown } | NotFound;
type NotFound = { kind: 'not-found'; message: string };

export const ok = (body: unknown): Outcome => ({ kind: 'ok', body });

export function missingRecord(collection: string, id: string, workspaceId: string): NotFound {
  return {
    kind: 'not-found',
    message: `No ${collection} with id ${id}${workspaceId ? ` in workspace ${workspaceId}` : ''}`,
  };
}

/** The seeds of each collection: the example items (those with a string id) of the operation that lists it. */
export function collectSeeds(
  operations: readonly OperationData[],
  listedCollection: (op: OperationData) => string | undefined,
  exampleOf: (op: OperationData) => unknown,
): Seeds {
  const seeds = new Map<string, MockRecord[]>();
  for (const op of operations) {
    const collection = listedCollection(op);
    if (!collection || seeds.has(collection)) continue;
    const items = (listItems(exampleOf(op)) ?? []).filter(
      (item): item is MockRecord => isPlainObject(item) && typeof item.id === 'string',
    );
    seeds.set(collection, items);
  }
  return seeds;
}

export interface Records {
  list(collection: string, workspaceId: string): MockRecord[];
  get(collection: string, workspaceId: string, id: string): MockRecord | undefined;
  put(collection: string, workspaceId: string, record: MockRecord): MockRecord;
  remove(collection: string, workspaceId: string, id: string): boolean;
  /**
   * The workspace holding this id, for requests that name no workspace (`/feed/{channelId}/send`). When no
   * workspace holds it yet, a seed with that id is looked for in the workspace its example names.
   */
  locate(collection: string, id: string): string | undefined;
}

export function seededRecords(store: MockStore, seeds: Seeds): Records {
  const touch = (collection: string, workspaceId: string) =>
    store.seed(collection, workspaceId, () => (seeds.get(collection) ?? []).map((item) => ({ ...item, workspaceId })));
  return {
    list(collection, workspaceId) {
      touch(collection, workspaceId);
      return store.list(collection, workspaceId);
    },
    get(collection, workspaceId, id) {
      touch(collection, workspaceId);
      return store.get(collection, workspaceId, id);
    },
    put(collection, workspaceId, record) {
      touch(collection, workspaceId);
      return store.put(collection, workspaceId, record);
    },
    remove(collection, workspaceId, id) {
      touch(collection, workspaceId);
      return store.remove(collection, workspaceId, id);
    },
    locate(collection, id) {
      const held = store.workspacesWith(collection, id)[0];
      if (held !== undefined) return held;
      const home = seeds.get(collection)?.find((seed) => seed.id === id)?.workspaceId;
      if (typeof home !== 'string') return undefined;
      touch(collection, home);
      return store.get(collection, home, id) ? home : undefined;
    },
  };
}

/**
 * Stores a record as its answer showed it: the documented answer fills what the client did not send (a new
 * website's `shareId: null`), so that every later read tells the same; what the client sent wins.
 */
export function saveAnswered(
  records: Records,
  collection: string,
  workspaceId: string,
  record: MockRecord,
  shape: (value: unknown) => unknown,
): Outcome {
  const answer = shape(record);
  records.put(collection, workspaceId, isPlainObject(answer) ? { ...answer, ...record } : record);
  return ok(answer);
}
