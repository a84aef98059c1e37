/**
 * Stateful behaviour inferred from the shape of paths, so that "create, list, get, update, delete" feels
 * real in the playground without a line of code per endpoint. A rule names a collection and the path
 * segment and id names it goes by; the action comes from the verb after that segment and the method.
 * Operations no rule explains keep answering their response example.
 *
 * The world is closed: an id exists when this session's store holds it in the request's workspace, which
 * is true of the seeded examples (records.ts) and of what the reader created; any other id is not found
 * (answers.ts says how). An operation under a record (`website/{websiteId}/stats`) needs that record too.
 */
import type { HttpMethod, OperationData } from '../openapi/types';
import type { MockRecord } from './store';
import { missingRecord, ok, saveAnswered, type Outcome, type Records } from './records';

export type ResourceAction = 'list' | 'get' | 'create' | 'upsert' | 'update' | 'delete';

export interface ResourceRule {
  /** Store collection name. */
  collection: string;
  /** The literal path segment that names the resource, e.g. `website` in `/workspace/{workspaceId}/website/all`. */
  segment: string;
  /** Names that carry a record id in the path, query or body, tried in order; `id` is always tried last. */
  idKeys: readonly string[];
}

export const RESOURCE_RULES: readonly ResourceRule[] = [
  { collection: 'website', segment: 'website', idKeys: ['websiteId'] },
  { collection: 'monitor', segment: 'monitor', idKeys: ['monitorId'] },
  { collection: 'application', segment: 'application', idKeys: ['applicationId'] },
  { collection: 'survey', segment: 'survey', idKeys: ['surveyId'] },
  { collection: 'page', segment: 'page', idKeys: ['pageId'] },
  { collection: 'telemetry', segment: 'telemetry', idKeys: ['telemetryId'] },
  { collection: 'feedChannel', segment: 'feed', idKeys: ['channelId'] },
  { collection: 'worker', segment: 'worker', idKeys: ['workerId'] },
  { collection: 'aiGateway', segment: 'aiGateway', idKeys: ['gatewayId'] },
];

/** The verbs Tianji puts after a resource segment (or after its id), and what they do. */
export const ACTION_VERBS: Readonly<Record<string, ResourceAction>> = {
  all: 'list',
  channels: 'list',
  add: 'create',
  create: 'create',
  createChannel: 'create',
  upsert: 'upsert',
  info: 'get',
  get: 'get',
  update: 'update',
  edit: 'update',
  changeActive: 'update',
  toggleActive: 'update',
  delete: 'delete',
  del: 'delete',
};

export interface ResourceBinding {
  rule: ResourceRule;
  action: ResourceAction;
}

const METHOD_ACTION: Partial<Record<HttpMethod, ResourceAction>> = {
  GET: 'get',
  DELETE: 'delete',
  PUT: 'update',
  PATCH: 'update',
};

function paramName(segment: string): string | undefined {
  return /^\{(.+)\}$/.exec(segment)?.[1];
}

/** A read must be a GET and a write must not, or the verb was a coincidence (e.g. a POST named `info`). */
function methodFits(action: ResourceAction, method: HttpMethod): boolean {
  return action === 'list' || action === 'get' ? method === 'GET' : method !== 'GET';
}

/**
 * Which collection and action an operation stands for, from its path alone: `<segment>/<verb>`,
 * `<segment>/{id}/<verb>` or `<segment>/{id}` (action from the method). Anything deeper, such as
 * `feed/state/all` or `website/{websiteId}/stats`, is not a record operation.
 */
export function classifyOperation(
  op: Pick<OperationData, 'method' | 'path'>,
  rules: readonly ResourceRule[] = RESOURCE_RULES,
): ResourceBinding | undefined {
  const segments = op.path.split('/').filter(Boolean);
  for (const rule of rules) {
    const at = segments.indexOf(rule.segment);
    if (at < 0) continue;
    const tail = segments.slice(at + 1);
    const idKeys = [...rule.idKeys, 'id'];
    const isIdParam = (segment: string) => idKeys.includes(paramName(segment) ?? '');
    let action: ResourceAction | undefined;
    if (tail.length === 1 && isIdParam(tail[0])) {
      action = METHOD_ACTION[op.method];
    } else if (tail.length === 1 && !paramName(tail[0])) {
      action = ACTION_VERBS[tail[0]];
    } else if (tail.length === 2 && isIdParam(tail[0]) && !paramName(tail[1])) {
      const verb = ACTION_VERBS[tail[1]];
      action = verb === 'get' || verb === 'update' || verb === 'delete' ? verb : undefined;
    }
    if (action && methodFits(action, op.method)) return { rule, action };
  }
  return undefined;
}

/**
 * The records an operation works under, named by path (`feed/{channelId}/send`) or query (`?telemetryId=`)
 * after a resource segment of its path: each must exist before the operation answers. The record an
 * operation itself reads or writes (its binding) is left to the record operation.
 */
export function referencedRecords(
  op: Pick<OperationData, 'method' | 'path' | 'parameters'>,
  lookup: (name: string) => string | undefined,
  rules: readonly ResourceRule[] = RESOURCE_RULES,
): Array<{ collection: string; id: string }> {
  if (classifyOperation(op, rules)) return [];
  const segments = op.path.split('/').filter(Boolean);
  const refs: Array<{ collection: string; id: string }> = [];
  for (const rule of rules) {
    const at = segments.indexOf(rule.segment);
    if (at < 0) continue;
    const inPath = paramName(segments[at + 1] ?? '');
    const names = rule.idKeys.filter(
      (key) => key === inPath || op.parameters.some((p) => p.in === 'query' && p.name === key),
    );
    if (inPath === 'id') names.push('id');
    const id = names.map(lookup).find((value) => value !== undefined);
    if (id !== undefined) refs.push({ collection: rule.collection, id });
  }
  return refs;
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
export const idKeysOf = (rule: ResourceRule): string[] => [...rule.idKeys, 'id'];

/**
 * Runs the record operation, or returns undefined when the request lacks what it needs (no id) so that
 * the caller falls back to the plain example.
 */
export function runResourceAction(req: ResourceRequest): Outcome | undefined {
  const { binding, records, workspaceId, fields, shape } = req;
  const { collection } = binding.rule;
  const id = idKeysOf(binding.rule)
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
