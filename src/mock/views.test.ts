import { describe, expect, it } from 'vitest';
import type { OperationParameter } from '../openapi/types';
import { seededRecords } from './records';
import { createMockStore } from './store';
import { childRules, runView, viewOf, withCounts, type ViewRequest } from './views';
import { loadSiteOperations } from './fixtures/index';

// The views the site's spec declares (x-tianji-resource `view`), by operation id.
const SITE_OPERATIONS = await loadSiteOperations();
const CHILDREN = childRules(SITE_OPERATIONS);
const viewFor = (opId: string) => {
  const op = SITE_OPERATIONS.find((o) => o.id === opId);
  const view = op && viewOf(op);
  if (!view) throw new Error(`the spec declares no view for ${opId}`);
  return view;
};
const FEED_EVENTS = 'feedEvent';
const SURVEY_RESULTS = 'surveyResult';

const query = (name: string, schema: Record<string, unknown> = { type: 'string' }): OperationParameter => ({
  name,
  in: 'query',
  required: false,
  schema,
});
const EVENT_PARAMS = [
  query('limit', { type: 'number', default: 50 }),
  query('cursor'),
  query('archived', { type: 'boolean', default: false }),
];
const FEED_SCHEMA = { type: 'object', properties: { items: { type: 'array' }, nextCursor: { type: 'string' } } };

function setup() {
  const records = seededRecords(createMockStore({ storage: null }), new Map());
  let clock = 0;
  let ids = 0;
  const run = (opId: string, values: Record<string, string> = {}, extra: Partial<ViewRequest> = {}) =>
    runView({
      view: viewFor(opId),
      parameters: [],
      records,
      workspaceId: 'ws',
      lookup: (name) => values[name],
      fields: {},
      collections: ['website', 'monitor', 'feedChannel', 'worker'],
      example: undefined,
      // Like the handlers' shape: the example stands for an answer without a value.
      shape: (value) => value ?? extra.example,
      now: () => new Date(Date.UTC(2025, 0, 1, 0, 0, clock++)).toISOString(),
      newId: () => `id${++ids}`,
      ...extra,
    });
  return { records, run };
}

describe('count view (workspace-getServiceCount)', () => {
  it("counts the workspace's records of each collection named, and keeps the example for the rest", () => {
    const { records, run } = setup();
    records.put('website', 'ws', { id: 'a' });
    records.put('website', 'ws', { id: 'b' });
    records.put('website', 'other', { id: 'c' });
    records.put('worker', 'ws', { id: 'w' });
    const example = { website: 0, monitor: 0, functionWorker: 0, feed: 0, server: 7 };
    expect(run('workspace-getServiceCount', {}, { example })).toEqual({
      kind: 'ok',
      body: { website: 2, monitor: 0, functionWorker: 1, feed: 0, server: 7 },
    });
    records.remove('website', 'ws', 'a');
    expect(run('workspace-getServiceCount', {}, { example })).toMatchObject({ body: { website: 1 } });
  });
});

describe('feed event views', () => {
  const sendAll = (run: ReturnType<typeof setup>['run'], channelId: string, names: string[]) =>
    names.map((eventName) => run('feed-sendEvent', { channelId }, { fields: { eventName, channelId: 'ignored' } }));

  it('feed-sendEvent stores an event under its channel, with the fields the server sets', () => {
    const { records, run } = setup();
    const [sent] = sendAll(run, 'c1', ['deploy']);
    expect(sent).toEqual({
      kind: 'ok',
      body: expect.objectContaining({ id: 'id1', channelId: 'c1', eventName: 'deploy', archived: false }),
    });
    expect(records.list(FEED_EVENTS, 'ws')).toHaveLength(1);
  });

  it('feed-fetchEventsByCursor lists a channel’s events newest first, a page at a time', () => {
    const { run } = setup();
    sendAll(run, 'c1', ['one', 'two', 'three']);
    sendAll(run, 'c2', ['elsewhere']);
    const fetch = (values: Record<string, string>) => {
      const outcome = run(
        'feed-fetchEventsByCursor',
        { channelId: 'c1', ...values },
        {
          parameters: EVENT_PARAMS,
          schema: FEED_SCHEMA,
          example: { items: [], nextCursor: 'example' },
        },
      );
      const body = (outcome as { body: { items: Array<{ eventName: string; id: string }>; nextCursor?: string } }).body;
      return { names: body.items.map((e) => e.eventName), nextCursor: body.nextCursor };
    };
    expect(fetch({})).toEqual({ names: ['three', 'two', 'one'], nextCursor: undefined });
    const first = fetch({ limit: '2' });
    expect(first).toEqual({ names: ['three', 'two'], nextCursor: 'id1' });
    expect(fetch({ limit: '2', cursor: first.nextCursor! })).toEqual({ names: ['one'], nextCursor: undefined });
    expect(fetch({ archived: 'true' }).names).toEqual([]);
  });

  it('answers a plain array when the documented list is one, without a cursor', () => {
    const { run } = setup();
    sendAll(run, 'c1', ['one', 'two']);
    const outcome = run('feed-fetchEventsByCursor', { channelId: 'c1' }, { example: [] });
    expect((outcome as { body: Array<{ eventName: string }> }).body.map((e) => e.eventName)).toEqual(['two', 'one']);
  });

  it('feed-archiveEvent and feed-unarchiveEvent set the flag, of an event of that channel only', () => {
    const { records, run } = setup();
    sendAll(run, 'c1', ['one']);
    expect(run('feed-archiveEvent', { channelId: 'c1', eventId: 'id1' }, { example: null })).toEqual({
      kind: 'ok',
      body: null,
    });
    expect(records.get(FEED_EVENTS, 'ws', 'id1')).toMatchObject({ archived: true });
    run('feed-unarchiveEvent', { channelId: 'c1', eventId: 'id1' });
    expect(records.get(FEED_EVENTS, 'ws', 'id1')).toMatchObject({ archived: false });
    expect(run('feed-archiveEvent', { channelId: 'c2', eventId: 'id1' })).toMatchObject({ kind: 'not-found' });
    expect(run('feed-archiveEvent', { channelId: 'c1', eventId: 'nope' })).toEqual({
      kind: 'not-found',
      message: 'No feedEvent with id nope in workspace ws',
    });
  });

  it('withCounts gives channels the count of their events under _count', () => {
    const { records, run } = setup();
    sendAll(run, 'c1', ['one', 'two']);
    expect(withCounts(CHILDREN, records, 'ws', 'feedChannel', { id: 'c1', _count: { events: 99, other: 1 } })).toEqual({
      id: 'c1',
      _count: { events: 2, other: 1 },
    });
    expect(withCounts(CHILDREN, records, 'ws', 'feedChannel', { id: 'c3' })._count).toEqual({ events: 0 });
    expect(withCounts(CHILDREN, records, 'ws', 'website', { id: 'c1' })).toEqual({ id: 'c1' });
  });
});

describe('survey result views', () => {
  it('survey-submit feeds survey-count, survey-allResultCount and survey-getResult', () => {
    const { records, run } = setup();
    records.put('survey', 'ws', { id: 's1' });
    records.put('survey', 'ws', { id: 's2' });
    run('survey-submit', { surveyId: 's1' }, { fields: { payload: { q: 'a' } } });
    run('survey-submit', { surveyId: 's1' }, { fields: { payload: { q: 'b' } } });
    expect(run('survey-count', { surveyId: 's1' })).toEqual({ kind: 'ok', body: 2 });
    expect(run('survey-count', { surveyId: 's2' })).toEqual({ kind: 'ok', body: 0 });
    expect(run('survey-allResultCount')).toEqual({ kind: 'ok', body: { s1: 2, s2: 0 } });
    expect(run('survey-getResult', { resultId: 'id1' })).toEqual({
      kind: 'ok',
      body: expect.objectContaining({ id: 'id1', surveyId: 's1', payload: { q: 'a' } }),
    });
    expect(run('survey-getResult', { resultId: 'nope' })).toMatchObject({ kind: 'not-found' });
    expect(records.list(SURVEY_RESULTS, 'other')).toEqual([]);
  });

  it('leaves the example to answer when the request names no parent', () => {
    const { run } = setup();
    expect(run('survey-count')).toBeUndefined();
    expect(run('survey-getResult')).toBeUndefined();
  });
});
