/**
 * Stateful behaviour declared by the spec, so that "create, list, get, update, delete" feels real in the
 * playground without a line of code per endpoint: an operation's `x-tianji-resource` (src/openapi/resources.ts)
 * names the collection of the record it reads or writes, the action, and the request names that carry the id.
 * Operations without one keep answering their response example.
 *
 * The world is closed: an id exists when this session's store holds it in the request's workspace, which
 * is true of the seeded examples (records.ts) and of what the reader created; any other id is not found
 * (answers.ts says how). An operation under a record (`website/{websiteId}/stats`, its `within`) needs that
 * record too.
 */
import type { OperationData, RecordRef, ResourceAction } from '../openapi/types';
import type { MockRecord } from './store';
import { missingRecord, ok, saveAnswered, type Outcome, type Records } from './records';

export type { ResourceAction };

export interface ResourceBinding {
  /** Store collection name. */
  collection: string;
  action: ResourceAction;
  /** Names that carry the record id in the path, query or body, tried in order; `id` is always tried last. */
  idKeys: readonly string[];
}

/** Which collection and action an operation stands for, as its spec entry declares. */
export function classifyOperation(op: Pick<OperationData, 'resource'>): ResourceBinding | undefined {
  const record = op.resource?.record;
  return record && { collection: record.collection, action: record.action, idKeys: record.ids };
}

/**
 * The records an operation works under (its `within`: `feed/{channelId}/send`, `?telemetryId=`), each by the
 * first of its names the request gives: each must exist before the operation answers.
 */
export function referencedRecords(
  op: Pick<OperationData, 'resource'>,
  lookup: (name: string) => string | undefined,
): Array<{ collection: string; id: string }> {
  return (op.resource?.within ?? []).flatMap((ref: RecordRef) => {
    const id = ref.ids.map(lookup).find((value) => value !== undefined);
    return id === undefined ? [] : [{ collection: ref.collection, id }];
  });
}

export interface ResourceRequest {
  binding: ResourceBinding;
  records: Records;
  /** The request's workspace ('' when it names none). */
  workspaceId: string;
  /** A request value by name: path parameter, then query parameter, then top-level body field. */
  lookup(name: string): string | undefined;
  /** The client's body fields, without ids and workspace. */
  fields: Record<string, unknown>;
  /** The operation's documented answer for a value (see shape.ts). */
  shape(value: unknown): unknown;
  /** Adds what the store derives to a record before it is answered (e.g. `_count`). */
  decorate(collection: string, record: MockRecord): MockRecord;
  now(): string;
  newId(): string;
}

/** Names that carry a record id, tried in order. */
export const idKeysOf = (binding: ResourceBinding): string[] => [...binding.idKeys, 'id'];

/**
 * Runs the record operation, or returns undefined when the request lacks what it needs (no id) so that
 * the caller falls back to the plain example.
 */
export function runResourceAction(req: ResourceRequest): Outcome | undefined {
  const { binding, records, workspaceId, fields, shape } = req;
  const { collection } = binding;
  const id = idKeysOf(binding)
    .map(req.lookup)
    .find((value) => value !== undefined);
  const save = (record: MockRecord) => saveAnswered(records, collection, workspaceId, record, shape);
  const create = (newId: string): Outcome => {
    const now = req.now();
    return save({ ...fields, id: newId, ...(workspaceId ? { workspaceId } : {}), createdAt: now, updatedAt: now });
  };
  const current = id === undefined ? undefined : records.get(collection, workspaceId, id);

  switch (binding.action) {
    case 'list':
      return ok(shape(records.list(collection, workspaceId).map((record) => req.decorate(collection, record))));
    case 'create':
      return create(req.newId());
    case 'upsert':
      // Insert or update: an id the store does not hold yet is inserted under that id.
      if (id === undefined) return create(req.newId());
      return current ? save({ ...current, ...fields, id, updatedAt: req.now() }) : create(id);
  }
  if (id === undefined) return undefined;
  if (!current) return missingRecord(collection, id, workspaceId);
  switch (binding.action) {
    case 'get':
      return ok(shape(req.decorate(collection, current)));
    case 'update':
      return save({ ...current, ...fields, id, updatedAt: req.now() });
    case 'delete':
      records.remove(collection, workspaceId, id);
      return ok(shape(current));
  }
}
