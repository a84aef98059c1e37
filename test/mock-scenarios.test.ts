/**
 * The browser mock against the project spec (openapi/tianji.yaml, as the site models it): a
 * create → list → get → update → get → delete → get scenario per resource the spec can create, the derived
 * views (counts, event feeds, survey results), and the prefilled request of every operation. Every answer
 * is validated against the schema the spec documents for the status it came with.
 */
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadApiModel } from '../src/openapi/model';
import type { JsonSchema, OperationData } from '../src/openapi/types';
import { isPlainObject } from '../src/openapi/json';
import { initialValues } from '../src/playground/initial-values';
import { DEMO_API_KEY } from '../src/mock/auth';
import { createMockHandlers, OPERATION_HEADER } from '../src/mock/handlers';
import { listItems } from '../src/openapi/responses';
import { classifyOperation, type ResourceAction } from '../src/mock/resources';
import { collectionIdNames } from '../src/openapi/resources';
import { createMockStore } from '../src/mock/store';
import { sampleParameter, sampleValidBody } from '../src/mock/fixtures/index';

const { operations } = await loadApiModel(path.resolve('openapi/tianji.yaml'));
/** The collections the spec's record operations keep, and the names of their ids (x-tianji-resource). */
const ID_NAMES = collectionIdNames(operations);
const idKeysOf = (collection: string) => [...(ID_NAMES.get(collection) ?? []), 'id'];
const BASE = 'http://127.0.0.1:9/mock/open';
const WS = 'cldemoworkspace0000000001';
const OTHER_WS = 'clotherworkspace000000001';
const store = createMockStore({ storage: null });
const server = setupServer(...createMockHandlers(operations, { baseUrl: BASE, store, knownKeys: [DEMO_API_KEY] }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  if (undocumentedNotFound.size) {
    console.info(`Not found without a documented 404 or nullable 200: ${[...undocumentedNotFound].sort().join(', ')}`);
  }
});
beforeEach(() => store.reset());

const byId = new Map(operations.map((op) => [op.id, op]));
const op = (id: string): OperationData => {
  const found = byId.get(id);
  if (!found) throw new Error(`No operation ${id} in the spec`);
  return found;
};

// Responses are checked as the spec documents them: Ajv 2020 with formats; unknown formats (cuid2) accept any value.
const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
addFormats(ajv);
const validators = new WeakMap<object, ValidateFunction>();
function validatorOf(schema: JsonSchema): ValidateFunction {
  if (!validators.has(schema)) validators.set(schema, ajv.compile(schema));
  return validators.get(schema)!;
}

/** The spec's error schema, as its operations document it for 404. */
const ERROR_SCHEMA = operations.flatMap((o) => o.responses).find((r) => r.status === '404' && r.schema)?.schema;

/**
 * Operations that answered 404 for an id they work on, although they document neither a 404 nor a nullable
 * 200: the not-found rule answers 404 all the same, checked against the spec's error schema. Gaps of the spec.
 */
const undocumentedNotFound = new Set<string>();

/** Why the answer does not match what the spec documents for its status, or undefined when it does. */
function mismatch(operation: OperationData, status: number, body: any): string | undefined {
  let documented =
    operation.responses.find((r) => r.status === String(status)) ??
    operation.responses.find((r) => r.status === `${String(status)[0]}XX`) ??
    operation.responses.find((r) => r.status === 'default');
  if (!documented && status === 404 && body?.code === 'NOT_FOUND' && ERROR_SCHEMA) {
    undocumentedNotFound.add(operation.id);
    documented = { status: '404', description: '', schema: ERROR_SCHEMA };
  }
  if (!documented) return `status ${status} is not documented`;
  if (!documented.schema) return undefined;
  const validate = validatorOf(documented.schema);
  if (validate(body)) return undefined;
  return ajv.errorsText(validate.errors, { dataVar: 'body' });
}

interface Answer {
  status: number;
  json: any;
  operation: string | null;
}

/** Sends the request and checks the answer against the documented schema of its status. */
async function send(
  operation: OperationData,
  values: { path?: Record<string, string>; query?: Record<string, string>; body?: unknown } = {},
): Promise<Answer> {
  const pathname = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(values.path?.[name] ?? ''),
  );
  const search = new URLSearchParams(values.query ?? {}).toString();
  const response = await fetch(`${BASE}${pathname}${search ? `?${search}` : ''}`, {
    method: operation.method,
    headers: {
      Authorization: `Bearer ${DEMO_API_KEY}`,
      ...(values.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: values.body === undefined ? undefined : JSON.stringify(values.body),
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : undefined;
  const problem = mismatch(operation, response.status, json);
  expect(problem, `${operation.id} → ${response.status} ${text.slice(0, 400)}`).toBeUndefined();
  return { status: response.status, json, operation: response.headers.get(OPERATION_HEADER) };
}

/** The operation that does this to the collection, if the spec has one. */
function byAction(collection: string, ...actions: ResourceAction[]): OperationData | undefined {
  for (const action of actions) {
    const found = operations.find((o) => {
      const binding = classifyOperation(o);
      return binding?.collection === collection && binding.action === action;
    });
    if (found) return found;
  }
  return undefined;
}

/** Ids of the seeded records of a collection: the documented example items of its list operation. */
function seededIds(collection: string): string[] {
  const list = byAction(collection, 'list');
  const example = list?.responses.find((r) => r.status === '200')?.example;
  return (listItems(example) ?? []).flatMap((item) =>
    isPlainObject(item) && typeof item.id === 'string' ? [item.id] : [],
  );
}

/** Path and query values: this workspace and record id where the operation names them, samples elsewhere. */
function valuesFor(operation: OperationData, workspaceId: string, ids: Record<string, string> = {}) {
  const initial = initialValues(operation);
  const values = { path: { ...initial.path }, query: {} as Record<string, string> };
  for (const param of operation.parameters) {
    if (param.in !== 'path' && param.in !== 'query') continue;
    let value = param.name === 'workspaceId' ? workspaceId : (ids[param.name] ?? initial[param.in][param.name]);
    if (!value && param.in === 'path') value = sampleParameter(param);
    if (value) values[param.in][param.name] = value;
  }
  return values;
}

/** A valid body for the operation: its example where valid, with ids and workspace set, and overrides. */
function bodyFor(operation: OperationData, workspaceId: string, ids: Record<string, string>, overrides = {}) {
  if (!operation.requestBody) return undefined;
  const body = structuredClone(sampleValidBody(operation.requestBody.schema, operation.requestBody.example)) as any;
  const properties = Object.keys((operation.requestBody.schema.properties ?? {}) as object);
  for (const key of properties) {
    if (key === 'workspaceId') body.workspaceId = workspaceId;
    else if (key in ids) body[key] = ids[key];
  }
  for (const [key, value] of Object.entries(overrides)) if (properties.includes(key)) body[key] = value;
  return body;
}

/** The properties of the object the operation answers (first object branch of a union). */
function answerProperties(operation: OperationData): Record<string, JsonSchema> {
  const schema = operation.responses.find((r) => r.status === '200')?.schema as any;
  const object = (schema?.anyOf ?? schema?.oneOf ?? [schema]).find((s: any) => s?.properties);
  return object?.properties ?? {};
}

/** The sent fields that the answer documents and that fit there: those must come back as sent. */
function echoed(sent: Record<string, unknown>, operation: OperationData): Record<string, unknown> {
  const properties = answerProperties(operation);
  return Object.fromEntries(
    Object.entries(sent).filter(([key, value]) => key in properties && validatorOf(properties[key])(value)),
  );
}

describe.each([...ID_NAMES.keys()])('%s scenario', (collection) => {
  const create = byAction(collection, 'create', 'upsert');
  const list = byAction(collection, 'list');
  const get = byAction(collection, 'get');
  const update = byAction(collection, 'update', 'upsert');
  const remove = byAction(collection, 'delete');

  it('create → list → get → update → get → delete → get (not found)', async () => {
    expect(create && list && update && remove, 'create, list, update and delete').toBeTruthy();
    const idKeys = idKeysOf(collection);
    const createBody = bodyFor(create!, WS, {}, { name: `Scenario ${collection}` });
    for (const key of idKeys) delete createBody?.[key];
    const created = await send(create!, { ...valuesFor(create!, WS), body: createBody });
    expect(created.status).toBe(200);
    const id: string = created.json.id;
    expect(id).toMatch(/^[a-z][0-9a-z]{23}$/);
    const ids = Object.fromEntries(idKeys.map((key) => [key, id]));

    const listed = await send(list!, valuesFor(list!, WS));
    expect((listItems(listed.json) ?? []).map((item: any) => item.id)).toContain(id);

    if (get) {
      const got = await send(get, { ...valuesFor(get, WS, ids), body: bodyFor(get, WS, ids) });
      expect(got.status).toBe(200);
      expect(got.json).toMatchObject({ id, ...echoed(createBody ?? {}, get) });
    }

    const updateBody = bodyFor(update!, WS, ids, { name: `Scenario ${collection} renamed` });
    const updated = await send(update!, { ...valuesFor(update!, WS, ids), body: updateBody });
    expect(updated.status).toBe(200);
    const { workspaceId: _ws, ...changed } = updateBody ?? {};
    for (const key of idKeys) delete changed[key];

    if (get) {
      const got = await send(get, { ...valuesFor(get, WS, ids), body: bodyFor(get, WS, ids) });
      expect(got.json).toMatchObject({ id, ...echoed(changed, get) });
      const foreign = await send(get, { ...valuesFor(get, OTHER_WS, ids), body: bodyFor(get, OTHER_WS, ids) });
      expect(foreign.status, 'another workspace').toBe(404);
    }

    const deleted = await send(remove!, { ...valuesFor(remove!, WS, ids), body: bodyFor(remove!, WS, ids) });
    expect(deleted.status).toBe(200);
    const after = await send(list!, valuesFor(list!, WS));
    expect((listItems(after.json) ?? []).map((item: any) => item.id)).not.toContain(id);
    if (get) {
      const gone = await send(get, { ...valuesFor(get, WS, ids), body: bodyFor(get, WS, ids) });
      expect(gone.status).toBe(404);
      expect(gone.json.code).toBe('NOT_FOUND');
    }
    const again = await send(remove!, { ...valuesFor(remove!, WS, ids), body: bodyFor(remove!, WS, ids) });
    expect(again.status, 'deleting twice').toBe(404);
  });

  it('starts with the seeded examples, which can be read and deleted', async () => {
    const seeded = seededIds(collection);
    expect(seeded.length, 'list example items').toBeGreaterThan(0);
    const listed = await send(list!, valuesFor(list!, WS));
    expect((listItems(listed.json) ?? []).map((item: any) => item.id)).toEqual(seeded);
    const ids = Object.fromEntries(idKeysOf(collection).map((key) => [key, seeded[0]]));
    if (get) expect((await send(get, { ...valuesFor(get, WS, ids), body: bodyFor(get, WS, ids) })).status).toBe(200);
    expect((await send(remove!, { ...valuesFor(remove!, WS, ids), body: bodyFor(remove!, WS, ids) })).status).toBe(200);
    const after = await send(list!, valuesFor(list!, WS));
    expect((listItems(after.json) ?? []).map((item: any) => item.id)).not.toContain(seeded[0]);
  });
});

describe('derived views', () => {
  const createIn = async (collection: string, workspaceId = WS) => {
    const create = byAction(collection, 'create', 'upsert')!;
    const body = bodyFor(create, workspaceId, {}, { name: `View ${collection}` });
    for (const key of idKeysOf(collection)) delete body?.[key];
    const created = await send(create, { ...valuesFor(create, workspaceId), body });
    expect(created.status).toBe(200);
    return created.json.id as string;
  };

  it('workspace-getServiceCount counts the websites, monitors… of the workspace: seeded + created − deleted', async () => {
    const count = op('workspace-getServiceCount');
    const before = (await send(count, valuesFor(count, WS))).json;
    expect(before.website).toBe(seededIds('website').length);
    expect(before.functionWorker).toBe(seededIds('worker').length);
    expect(before.feed).toBe(seededIds('feedChannel').length);

    const website = await createIn('website');
    await createIn('website');
    await createIn('monitor');
    await createIn('website', OTHER_WS);
    const after = (await send(count, valuesFor(count, WS))).json;
    expect(after).toMatchObject({ website: before.website + 2, monitor: before.monitor + 1 });

    await send(op('website-delete'), valuesFor(op('website-delete'), WS, { websiteId: website }));
    expect((await send(count, valuesFor(count, WS))).json.website).toBe(before.website + 1);
  });

  it('feed-sendEvent adds to feed-fetchEventsByCursor, newest first, with a cursor; feed-channels counts them', async () => {
    const channelId = await createIn('feedChannel');
    const other = await createIn('feedChannel');
    const sendEvent = op('feed-sendEvent');
    for (const name of ['first', 'second', 'third']) {
      const sent = await send(sendEvent, {
        path: { channelId },
        body: bodyFor(sendEvent, WS, {}, { eventName: name }),
      });
      expect(sent.json).toMatchObject({ channelId, eventName: name, archived: false });
    }
    await send(sendEvent, { path: { channelId: other }, body: bodyFor(sendEvent, WS, {}, { eventName: 'elsewhere' }) });

    const fetchEvents = op('feed-fetchEventsByCursor');
    const all = (await send(fetchEvents, valuesFor(fetchEvents, WS, { channelId }))).json;
    expect(all.items.map((e: any) => e.eventName)).toEqual(['third', 'second', 'first']);
    expect(all).not.toHaveProperty('nextCursor');

    const page = (await send(fetchEvents, { path: { workspaceId: WS, channelId }, query: { limit: '2' } })).json;
    expect(page.items.map((e: any) => e.eventName)).toEqual(['third', 'second']);
    expect(page.nextCursor).toBe(all.items[2].id);
    const rest = (
      await send(fetchEvents, { path: { workspaceId: WS, channelId }, query: { limit: '2', cursor: page.nextCursor } })
    ).json;
    expect(rest.items.map((e: any) => e.eventName)).toEqual(['first']);
    expect(rest).not.toHaveProperty('nextCursor');

    const channels = (await send(op('feed-channels'), valuesFor(op('feed-channels'), WS))).json;
    expect(channels.find((c: any) => c.id === channelId)._count).toEqual({ events: 3 });
    expect(channels.find((c: any) => c.id === other)._count).toEqual({ events: 1 });
  });

  it('feed-archiveEvent moves an event to the archived feed, feed-unarchiveEvent back', async () => {
    const channelId = await createIn('feedChannel');
    const sendEvent = op('feed-sendEvent');
    const event = (await send(sendEvent, { path: { channelId }, body: bodyFor(sendEvent, WS, {}) })).json;
    const fetchEvents = op('feed-fetchEventsByCursor');
    const feed = (archived: string) =>
      send(fetchEvents, { path: { workspaceId: WS, channelId }, query: { archived } }).then((a) =>
        a.json.items.map((e: any) => e.id),
      );
    const archive = op('feed-archiveEvent');
    await send(archive, { path: { channelId, eventId: event.id }, body: bodyFor(archive, WS, {}) });
    expect([await feed('false'), await feed('true')]).toEqual([[], [event.id]]);
    const unarchive = op('feed-unarchiveEvent');
    await send(unarchive, { path: { channelId, eventId: event.id }, body: bodyFor(unarchive, WS, {}) });
    expect([await feed('false'), await feed('true')]).toEqual([[event.id], []]);
    const unknown = await send(archive, {
      path: { channelId, eventId: 'nosuchevent' },
      body: bodyFor(archive, WS, {}),
    });
    expect(unknown.status).toBe(404);
  });

  it('feed-sendEvent and feed-fetchEventsByCursor find no unknown or foreign channel', async () => {
    const channelId = await createIn('feedChannel', OTHER_WS);
    const sendEvent = op('feed-sendEvent');
    expect(
      (await send(sendEvent, { path: { channelId: 'nosuchchannel' }, body: bodyFor(sendEvent, WS, {}) })).status,
    ).toBe(404);
    const fetchEvents = op('feed-fetchEventsByCursor');
    expect((await send(fetchEvents, valuesFor(fetchEvents, WS, { channelId }))).status).toBe(404);
    expect((await send(fetchEvents, valuesFor(fetchEvents, OTHER_WS, { channelId }))).status).toBe(200);
  });

  it('survey-submit adds to survey-resultList, survey-count, survey-allResultCount and survey-getResult', async () => {
    const surveyId = await createIn('survey');
    const submit = op('survey-submit');
    for (let i = 0; i < 2; i++) {
      await send(submit, { ...valuesFor(submit, WS, { surveyId }), body: bodyFor(submit, WS, {}) });
    }
    const results = (await send(op('survey-resultList'), valuesFor(op('survey-resultList'), WS, { surveyId }))).json;
    expect(results.items).toHaveLength(2);
    expect(results.items.every((r: any) => r.surveyId === surveyId)).toBe(true);
    expect((await send(op('survey-count'), valuesFor(op('survey-count'), WS, { surveyId }))).json).toBe(2);
    const counts = (await send(op('survey-allResultCount'), valuesFor(op('survey-allResultCount'), WS))).json;
    expect(counts[surveyId]).toBe(2);
    const getResult = op('survey-getResult');
    const one = await send(getResult, valuesFor(getResult, WS, { resultId: results.items[0].id }));
    expect(one.json).toMatchObject({ id: results.items[0].id, surveyId });
    expect((await send(getResult, valuesFor(getResult, OTHER_WS, { resultId: results.items[0].id }))).status).toBe(404);
  });
});

describe('every operation', () => {
  it('answers its prefilled request as documented for the status it answers with', async () => {
    const failures: string[] = [];
    const rejected: string[] = [];
    for (const operation of operations) {
      store.reset();
      const binding = classifyOperation(operation);
      const ids: Record<string, string> = {};
      for (const [collection, names] of ID_NAMES) {
        const [seed] = seededIds(collection);
        for (const key of names) if (seed) ids[key] = seed;
        if (binding?.collection === collection && seed) ids.id = seed;
      }
      const values = valuesFor(operation, WS);
      for (const param of operation.parameters) {
        if (param.in !== 'path' && param.in !== 'query') continue;
        const initial = initialValues(operation)[param.in][param.name];
        if (!initial && ids[param.name] && (param.required || param.in === 'path'))
          values[param.in][param.name] = ids[param.name];
      }
      const text = initialValues(operation).body;
      try {
        const answer = await send(operation, { ...values, body: text ? JSON.parse(text) : undefined });
        if (answer.operation !== operation.id) failures.push(`${operation.id}: answered by ${answer.operation}`);
        if (answer.status === 400) rejected.push(`${operation.id}: ${JSON.stringify(answer.json.issues)}`);
      } catch (error) {
        failures.push(String((error as Error).message).split('\n')[0]);
      }
    }
    if (rejected.length) console.warn(`Prefilled requests the mock rejects (spec examples):\n${rejected.join('\n')}`);
    expect(failures).toEqual([]);
  });
});
