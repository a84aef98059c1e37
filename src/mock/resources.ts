/**
 * Stateful behaviour inferred from the shape of paths, so that "create, list, get, update, delete" feels
 * real in the playground without a line of code per endpoint. A rule names a collection and the path
 * segment and id names it goes by; the action comes from the verb after that segment and the method.
 * Operations no rule explains keep answering their response example.
 *
 * The mock is "open world": any id the reader has not created resolves to the response example carrying
 * that id, until it is deleted. This keeps ids copied from examples working, while delete stays visible.
 */
import type { HttpMethod, OperationData } from '../openapi/types';
import type { MockRecord, MockStore } from './store';
import { isPlainObject } from '../openapi/json';

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

export interface ResourceRequest {
  binding: ResourceBinding;
  store: MockStore;
  /** A request value by name: path parameter, then query parameter, then top-level body field. */
  lookup(name: string): string | undefined;
  body: unknown;
  /** What the operation answers without state; gives records the full response shape. */
  example: unknown;
  now(): string;
  newId(): string;
}

export type ResourceOutcome = { kind: 'ok'; body: unknown } | { kind: 'not-found'; message: string };

/**
 * Runs the record operation, or returns undefined when the request lacks what it needs (no id, an example
 * that is not a record) so that the caller falls back to the plain example.
 */
export function runResourceAction(req: ResourceRequest): ResourceOutcome | undefined {
  const { binding, store, lookup, example } = req;
  const { rule, action } = binding;
  const { collection } = rule;
  const idKeys = [...rule.idKeys, 'id'];
  const workspaceId = lookup('workspaceId') ?? '';
  const template = isPlainObject(example) ? example : undefined;

  // Ids and the workspace come from the URL or dedicated fields, never from free-form body fields.
  const fields: Record<string, unknown> = {};
  if (isPlainObject(req.body)) {
    for (const [key, value] of Object.entries(req.body)) {
      if (!idKeys.includes(key) && key !== 'workspaceId') fields[key] = value;
    }
  }

  const inWorkspace = (shape: Record<string, unknown>): Record<string, unknown> =>
    workspaceId && 'workspaceId' in shape ? { ...shape, workspaceId } : shape;
  const shaped = (record: MockRecord): unknown => (template ? { ...template, ...record } : (example ?? record));
  const ok = (body: unknown): ResourceOutcome => ({ kind: 'ok', body });
  const notFound = (id: string): ResourceOutcome => ({
    kind: 'not-found',
    message: `No ${collection} with id ${id}${workspaceId ? ` in workspace ${workspaceId}` : ''}`,
  });

  const create = (): ResourceOutcome => {
    const now = req.now();
    const record: MockRecord = {
      ...template,
      ...fields,
      id: req.newId(),
      ...(workspaceId ? { workspaceId } : {}),
      createdAt: now,
      updatedAt: now,
    };
    return ok(shaped(store.put(collection, workspaceId, record)));
  };

  /** The stored record, else the example posing as that id; null once deleted. */
  const existing = (id: string): MockRecord | null => {
    const stored = store.get(collection, workspaceId, id);
    if (stored) return stored;
    if (store.isRemoved(collection, workspaceId, id)) return null;
    return { ...inWorkspace(template ?? {}), id };
  };

  const update = (id: string): ResourceOutcome => {
    const current = existing(id);
    if (!current) return notFound(id);
    const record: MockRecord = { ...current, ...fields, id, updatedAt: req.now() };
    return ok(shaped(store.put(collection, workspaceId, record)));
  };

  const findId = (): string | undefined => {
    for (const key of idKeys) {
      const value = lookup(key);
      if (value) return value;
    }
    return undefined;
  };

  switch (action) {
    case 'list': {
      if (!Array.isArray(example)) return undefined;
      const itemTemplate = isPlainObject(example[0]) ? example[0] : {};
      const stored = store.list(collection, workspaceId);
      const storedIds = new Set(stored.map((record) => record.id));
      const seeds = example
        .filter((item) => {
          const id = isPlainObject(item) && typeof item.id === 'string' ? item.id : undefined;
          return id === undefined || (!storedIds.has(id) && !store.isRemoved(collection, workspaceId, id));
        })
        .map((item) => (isPlainObject(item) ? inWorkspace(item) : item));
      return ok([...seeds, ...stored.map((record) => ({ ...itemTemplate, ...record }))]);
    }
    case 'create':
      return create();
    case 'upsert': {
      const id = findId();
      return id ? update(id) : create();
    }
    case 'update': {
      const id = findId();
      return id ? update(id) : undefined;
    }
    case 'get': {
      const id = findId();
      if (!id || !template) return undefined;
      const current = existing(id);
      return current ? ok(shaped(current)) : notFound(id);
    }
    case 'delete': {
      const id = findId();
      if (!id) return undefined;
      const current = existing(id);
      if (!current) return notFound(id);
      store.remove(collection, workspaceId, id);
      return ok(shaped(current));
    }
  }
}
