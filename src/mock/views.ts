/**
 * Derived views: answers the store computes instead of the example, so that state holds together. The spec says
 * which operations are views and of what (`view` in their `x-tianji-resource`, src/openapi/resources.ts); an
 * operation neither a view nor a record operation (resources.ts) keeps answering its shaped example.
 *
 * - `count`: an object whose properties are named after collections (the view's `counts` map the rest) counts the
 *   workspace's records of each: seeded + created − deleted. Properties naming no collection keep the example.
 * - child records (`ChildRule`) live under a parent record, in its workspace: `add` stores one, `list` lists
 *   a parent's children newest first (a page of `limit` from `cursor`, `nextCursor` when the schema has
 *   one, filtered by the query parameters that name a child field), `get` and `set` read or change one,
 *   `countOne` counts a parent's children and `countEach` counts them per parent of the workspace. Parents
 *   show their count under `_count` where their schema has it (feed channels' `_count.events`).
 */
import type { JsonSchema, OperationData, OperationParameter } from '../openapi/types';
import { isPlainObject } from '../openapi/json';
import { missingRecord, ok, saveAnswered, type Outcome, type Records } from './records';
import type { MockRecord } from './store';

export interface ChildRule {
  /** Store collection of the children. */
  collection: string;
  /** Collection of the parents (one the spec's record operations keep). */
  parent: string;
  /** The child's field naming its parent, also the request name of the parent's id. */
  parentKey: string;
  /** The parent's `_count` entry for its children. */
  countName?: string;
  /** Fields the server sets on a new child. */
  initial?: Record<string, unknown>;
}

/** What the server itself does with the children of a collection (not relations: those are the spec's). */
const CHILD_STORE: Readonly<Record<string, Pick<ChildRule, 'countName' | 'initial'>>> = {
  feedEvent: { countName: 'events', initial: { archived: false } },
};

export type DerivedView =
  | { kind: 'count'; aliases: Readonly<Record<string, string>> }
  | { kind: 'add' | 'list' | 'countOne' | 'countEach'; child: ChildRule }
  | { kind: 'get'; child: ChildRule; idKey: string }
  | { kind: 'set'; child: ChildRule; idKey: string; fields: Record<string, unknown> };

/** The view an operation's spec entry declares, if any. */
export function viewOf(op: Pick<OperationData, 'resource'>): DerivedView | undefined {
  const view = op.resource?.view;
  if (!view) return undefined;
  if (view.kind === 'count') return { kind: 'count', aliases: view.counts ?? {} };
  if (!view.collection || !view.parent) return undefined;
  const child: ChildRule = {
    collection: view.collection,
    parent: view.parent.collection,
    parentKey: view.parent.key,
    ...CHILD_STORE[view.collection],
  };
  if (view.kind === 'get') return view.id ? { kind: 'get', child, idKey: view.id } : undefined;
  if (view.kind === 'set')
    return view.id ? { kind: 'set', child, idKey: view.id, fields: view.fields ?? {} } : undefined;
  return { kind: view.kind, child };
}

/** The child collections the operations' views keep, one rule each. */
export function childRules(operations: ReadonlyArray<Pick<OperationData, 'resource'>>): ChildRule[] {
  const rules = new Map<string, ChildRule>();
  for (const op of operations) {
    const view = viewOf(op);
    if (view && view.kind !== 'count' && !rules.has(view.child.collection))
      rules.set(view.child.collection, view.child);
  }
  return [...rules.values()];
}

export interface ViewRequest {
  view: DerivedView;
  parameters: readonly OperationParameter[];
  records: Records;
  workspaceId: string;
  /** A request value by name: path parameter, then query parameter, then top-level body field. */
  lookup(name: string): string | undefined;
  /** The client's body fields, without ids and workspace. */
  fields: Record<string, unknown>;
  /** Collections the spec's record operations keep. */
  collections: readonly string[];
  /** The documented success schema and the example, for the shape of what a view builds. */
  schema?: JsonSchema;
  example: unknown;
  shape(value: unknown): unknown;
  now(): string;
  newId(): string;
}

const childrenOf = (records: Records, child: ChildRule, workspaceId: string, parentId: string) =>
  records.list(child.collection, workspaceId).filter((record) => record[child.parentKey] === parentId);

/** A record with the `_count` of its children, for the collections that have child rules with a count name. */
export function withCounts(
  children: readonly ChildRule[],
  records: Records,
  workspaceId: string,
  collection: string,
  record: MockRecord,
): MockRecord {
  const counted = children.filter((child) => child.parent === collection && child.countName);
  if (!counted.length) return record;
  const counts = isPlainObject(record._count) ? { ...record._count } : {};
  for (const child of counted) counts[child.countName!] = childrenOf(records, child, workspaceId, record.id).length;
  return { ...record, _count: counts };
}

/** The query value, else the parameter's documented default, as text. */
function queryValue(req: ViewRequest, param: OperationParameter): string | undefined {
  const given = req.lookup(param.name);
  const fallback = (param.schema as { default?: unknown }).default;
  return given ?? (fallback === undefined ? undefined : String(fallback));
}

/** A page of children, newest first, in the shape of the documented list (an array or `{items, nextCursor}`). */
function listPage(req: ViewRequest, children: MockRecord[]): unknown {
  const { child } = req.view as { child: ChildRule };
  const reserved = ['limit', 'cursor', child.parentKey];
  const filters = req.parameters.filter((p) => p.in === 'query' && !reserved.includes(p.name));
  const shown = children.reverse().filter((record) =>
    filters.every((p) => {
      const wanted = queryValue(req, p);
      const actual = record[p.name] ?? child.initial?.[p.name];
      return wanted === undefined || actual === undefined || String(actual) === wanted;
    }),
  );
  const limitParam = req.parameters.find((p) => p.name === 'limit');
  const limit = Math.max(1, Number((limitParam && queryValue(req, limitParam)) ?? 50) || 50);
  const cursor = req.lookup('cursor');
  const start = Math.max(0, cursor === undefined ? 0 : shown.findIndex((record) => record.id === cursor));
  const page = shown.slice(start, start + limit);
  const example = req.example;
  if (!isPlainObject(example)) return page;
  const listKey = Object.keys(example).find((key) => Array.isArray(example[key]));
  const properties = isPlainObject(req.schema?.properties) ? req.schema.properties : {};
  const cursorKey = Object.keys(properties).find((key) => /cursor/i.test(key));
  const next = shown[start + limit]?.id;
  return { [listKey ?? 'items']: page, ...(cursorKey && next !== undefined ? { [cursorKey]: next } : {}) };
}

/** Runs the view, or returns undefined when the request lacks what it needs (the example answers then). */
export function runView(req: ViewRequest): Outcome | undefined {
  const { view, records, workspaceId, shape } = req;
  if (view.kind === 'count') {
    if (!isPlainObject(req.example)) return undefined;
    const counts: Record<string, unknown> = { ...req.example };
    for (const key of Object.keys(counts)) {
      const collection = view.aliases[key] ?? key;
      if (req.collections.includes(collection)) counts[key] = records.list(collection, workspaceId).length;
    }
    return ok(shape(counts));
  }
  const { child } = view;
  if (view.kind === 'countEach') {
    const parents = records.list(child.parent, workspaceId);
    return ok(
      shape(Object.fromEntries(parents.map((p) => [p.id, childrenOf(records, child, workspaceId, p.id).length]))),
    );
  }
  if (view.kind === 'get' || view.kind === 'set') {
    const id = req.lookup(view.idKey);
    if (id === undefined) return undefined;
    const found = records.get(child.collection, workspaceId, id);
    const parentId = req.lookup(child.parentKey);
    if (!found || (parentId !== undefined && found[child.parentKey] !== parentId)) {
      return missingRecord(child.collection, id, workspaceId);
    }
    if (view.kind === 'get') return ok(shape(found));
    records.put(child.collection, workspaceId, { ...found, ...view.fields, updatedAt: req.now() });
    return ok(shape(undefined));
  }
  const parentId = req.lookup(child.parentKey);
  if (parentId === undefined) return undefined;
  const children = childrenOf(records, child, workspaceId, parentId);
  if (view.kind === 'countOne') return ok(shape(children.length));
  if (view.kind === 'list') return ok(shape(listPage(req, children)));
  const { [child.parentKey]: _parent, id: _id, ...fields } = req.fields;
  const now = req.now();
  const record: MockRecord = { ...fields, ...child.initial, id: req.newId(), [child.parentKey]: parentId };
  return saveAnswered(records, child.collection, workspaceId, { ...record, createdAt: now, updatedAt: now }, shape);
}
