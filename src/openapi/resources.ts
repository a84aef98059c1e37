/**
 * Relations between operations, read from the spec's `x-tianji-resource` extension on each operation (declared in
 * openapi/overlays/75-resources.overlay.yaml, described in the README): which record collection an operation reads
 * or writes and how (`record`), which records it works under (`within`), and which parameter the `id` of a record
 * in its response is for (`offers`), and the answer the store derives instead of the example (`view`: a count of
 * collections, or child records under a parent record). The mock's store and the playground's ids-from-responses
 * offer read them from the operations model; nothing infers them from paths or keeps them in tables.
 */
import { isPlainObject, pointerOf, type JsonObject } from './json';
import { HTTP_METHODS } from './methods';
import { pointerGet } from './refs';
import type { OperationResource, OperationView, RecordRef, ResourceAction, ViewKind } from './types';
import type { SpecProblem } from './validate';

export const RESOURCE_EXTENSION = 'x-tianji-resource';

export const RESOURCE_ACTIONS: readonly ResourceAction[] = ['list', 'get', 'create', 'upsert', 'update', 'delete'];

export const VIEW_KINDS: readonly ViewKind[] = ['count', 'add', 'list', 'get', 'set', 'countOne', 'countEach'];

const strings = (value: unknown): Record<string, string> =>
  isPlainObject(value)
    ? Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {};

function parsedView(value: unknown): OperationView | undefined {
  if (!isPlainObject(value) || !VIEW_KINDS.includes(value.kind as ViewKind)) return undefined;
  const kind = value.kind as ViewKind;
  if (kind === 'count') return { kind, counts: strings(value.counts) };
  const parent = value.parent;
  if (typeof value.collection !== 'string' || !isPlainObject(parent)) return undefined;
  if (typeof parent.collection !== 'string' || typeof parent.key !== 'string') return undefined;
  const id = typeof value.id === 'string' ? value.id : undefined;
  if ((kind === 'get' || kind === 'set') && id === undefined) return undefined;
  return {
    kind,
    collection: value.collection,
    parent: { collection: parent.collection, key: parent.key },
    ...(id !== undefined && { id }),
    ...(kind === 'set' && { fields: isPlainObject(value.fields) ? value.fields : {} }),
  };
}

const names = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function refOf(value: unknown): RecordRef | undefined {
  if (!isPlainObject(value) || typeof value.collection !== 'string') return undefined;
  return { collection: value.collection, ids: names(value.ids) };
}

/** The operation's extension as the model carries it, or undefined when it has none. */
export function resourceOf(value: unknown): OperationResource | undefined {
  if (!isPlainObject(value)) return undefined;
  const record = refOf(value.record);
  const action = isPlainObject(value.record) ? value.record.action : undefined;
  const within = Array.isArray(value.within) ? value.within.map(refOf).filter((r) => r !== undefined) : [];
  const view = parsedView(value.view);
  return {
    ...(record && RESOURCE_ACTIONS.includes(action as ResourceAction) && {
      record: { ...record, action: action as ResourceAction },
    }),
    ...(within.length > 0 && { within }),
    ...(typeof value.offers === 'string' && { offers: value.offers }),
    ...(view && { view }),
  };
}

/** The record collections the operations keep, in order of first mention. */
export function resourceCollections(operations: ReadonlyArray<{ resource?: OperationResource }>): string[] {
  return [...new Set(operations.flatMap((op) => (op.resource?.record ? [op.resource.record.collection] : [])))];
}

/** An object, its local `$ref` followed once (a bundled document keeps them). */
function object(value: unknown, document: JsonObject): JsonObject {
  const target = isPlainObject(value) && typeof value.$ref === 'string' ? pointerGet(document, value.$ref) : value;
  return isPlainObject(target) ? target : {};
}

/**
 * Each collection the operations keep, with the request names (parameters, body fields) their entries give for its
 * ids, `record` and `within` alike (`website` → `websiteId`), in order of first mention; `id` left out.
 */
export function collectionIdNames(operations: ReadonlyArray<{ resource?: OperationResource }>): Map<string, string[]> {
  const out = new Map(resourceCollections(operations).map((collection): [string, string[]] => [collection, []]));
  for (const { resource } of operations) {
    for (const ref of [...(resource?.record ? [resource.record] : []), ...(resource?.within ?? [])]) {
      const names = out.get(ref.collection);
      for (const name of ref.ids) if (names && name !== 'id' && !names.includes(name)) names.push(name);
    }
  }
  return out;
}

/** The names an operation takes: its path and query parameters (also the path item's) and top-level body fields. */
function requestNames(document: JsonObject, item: JsonObject, operation: JsonObject) {
  const params = [item.parameters, operation.parameters].flatMap((list) => (Array.isArray(list) ? list : []));
  const parameters = new Set(
    params
      .map((p) => object(p, document))
      .flatMap((p) => (p.in === 'path' || p.in === 'query' ? [String(p.name)] : [])),
  );
  const content = object(object(operation.requestBody, document).content, document);
  const body = new Set<string>();
  for (const media of Object.values(content)) {
    const schema = object(object(media, document).schema, document);
    for (const key of Object.keys(object(schema.properties, document))) body.add(key);
  }
  return { parameters, body };
}

/**
 * The entries of a dereferenced document that name what is not there: an id that is neither a parameter nor a
 * body field of the operation, an `offers` no operation takes, an unknown action or view, or a malformed entry. One
 * problem each, with the JSON pointer of the entry.
 */
export function resourceProblems(document: JsonObject, file: string): SpecProblem[] {
  const paths = isPlainObject(document.paths) ? document.paths : {};
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    isPlainObject(item)
      ? HTTP_METHODS.filter((m) => isPlainObject(item[m])).map((m) => ({ path, method: m, item, op: item[m] as JsonObject }))
      : [],
  );
  const everyParameter = new Set(operations.flatMap(({ item, op }) => [...requestNames(document, item, op).parameters]));
  const problems: SpecProblem[] = [];
  for (const { path, method, item, op } of operations) {
    if (!(RESOURCE_EXTENSION in op)) continue;
    const at = (...keys: Array<string | number>) => `#${pointerOf(['paths', path, method, RESOURCE_EXTENSION, ...keys.map(String)])}`;
    const problem = (pointer: string, message: string) =>
      problems.push({ file, pointer, message, rule: RESOURCE_EXTENSION });
    const entry = op[RESOURCE_EXTENSION];
    if (!isPlainObject(entry)) {
      problem(at(), 'must be an object with `record`, `within`, `offers` or `view`');
      continue;
    }
    const { parameters, body } = requestNames(document, item, op);
    const name = String(op.operationId ?? `${method} ${path}`);
    const checkRef = (ref: unknown, keys: Array<string | number>, inBody: boolean) => {
      if (!isPlainObject(ref) || typeof ref.collection !== 'string' || ref.collection === '') {
        return problem(at(...keys), 'needs a `collection` name');
      }
      if (ref.ids !== undefined && !Array.isArray(ref.ids)) return problem(at(...keys, 'ids'), 'must be a list of names');
      names(ref.ids).forEach((id, i) => {
        if (id === 'id' || parameters.has(id) || (inBody && body.has(id))) return;
        const where = inBody ? 'a parameter or body field' : 'a path or query parameter';
        problem(at(...keys, 'ids', i), `\`${id}\` is not ${where} of ${name}`);
      });
    };
    if (entry.record !== undefined) {
      checkRef(entry.record, ['record'], true);
      if (isPlainObject(entry.record) && !RESOURCE_ACTIONS.includes(entry.record.action as ResourceAction)) {
        problem(at('record', 'action'), `must be one of ${RESOURCE_ACTIONS.join(', ')}`);
      }
    }
    if (entry.within !== undefined && !Array.isArray(entry.within)) problem(at('within'), 'must be a list');
    (Array.isArray(entry.within) ? entry.within : []).forEach((ref, i) => checkRef(ref, ['within', i], false));
    if (entry.offers !== undefined && (typeof entry.offers !== 'string' || !everyParameter.has(entry.offers))) {
      problem(at('offers'), `\`${String(entry.offers)}\` is not a parameter of any operation`);
    }
    if (entry.view !== undefined && parsedView(entry.view) === undefined) {
      const needs = `a \`kind\` (${VIEW_KINDS.join(', ')}); but for count, a \`collection\` and a \`parent\``;
      problem(at('view'), `needs ${needs} {collection, key}; for get and set, an \`id\``);
    }
    const viewId = isPlainObject(entry.view) ? entry.view.id : undefined;
    if (typeof viewId === 'string' && !parameters.has(viewId) && !body.has(viewId)) {
      problem(at('view', 'id'), `\`${viewId}\` is not a parameter or body field of ${name}`);
    }
  }
  return problems;
}
