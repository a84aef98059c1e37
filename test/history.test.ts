/**
 * The committed API history (openapi/history.json) against the documents Tianji published with its releases
 * (../shared/reference/tianji-history): each fact checked here is read from the raw JSON files by the test itself,
 * then compared with what the history, the timeline and the changelog say. And the committed file is exactly what
 * `npm run history` builds from those files, so it cannot drift.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { buildChangelog } from '../src/history/changelog';
import { decodeHistory } from '../src/history/record';
import { DEFAULT_SOURCE_DIR, buildHistoryText, readHistoryFile } from '../src/history/sources';
import { buildTimeline } from '../src/history/timeline';
import { operationPageHistory } from '../src/history/page-facts';
import { pageHistoryFor } from '../src/history/generated';
import { DEFAULT_SPEC, HISTORY_FILE } from '../src/site-layout';

const root = path.resolve(__dirname, '..');
const SOURCE = path.resolve(root, DEFAULT_SOURCE_DIR);

type Raw = { paths: Record<string, Record<string, RawOperation>> };
type RawOperation = {
  operationId: string;
  parameters?: { in: string; name: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: RawSchema }> };
  responses: Record<string, { content?: Record<string, { schema: RawSchema }> }>;
};
type RawSchema = {
  type?: string;
  required?: string[];
  properties?: Record<string, RawSchema>;
  anyOf?: RawSchema[];
  allOf?: RawSchema[];
};

const index = JSON.parse(fs.readFileSync(path.join(SOURCE, 'versions.json'), 'utf8')) as {
  version: string;
  file: string;
}[];
const versions = index.map((v) => v.version);
const raw = new Map(
  index.map((v) => [v.version, JSON.parse(fs.readFileSync(path.join(SOURCE, v.file), 'utf8')) as Raw]),
);

function rawOperation(version: string, id: string): (RawOperation & { method: string; path: string }) | undefined {
  for (const [p, item] of Object.entries(raw.get(version)!.paths)) {
    for (const [method, op] of Object.entries(item)) if (op.operationId === id) return { ...op, method, path: p };
  }
  return undefined;
}
const rawHas = (version: string, id: string) => rawOperation(version, id) !== undefined;
const rawIds = (version: string) =>
  Object.values(raw.get(version)!.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
const jsonSchema = (content: Record<string, { schema: RawSchema }> | undefined) =>
  content?.['application/json']?.schema;
/** The object member of a nullable schema, whichever way the document writes it. */
const objectOf = (s: RawSchema | undefined) => s?.anyOf?.find((m) => m.type === 'object') ?? s;

const committed = readHistoryFile(path.join(root, HISTORY_FILE));
const records = decodeHistory(committed);
const timeline = buildTimeline(records);
const changelog = buildChangelog(records);
const entry = (version: string) => changelog.find((e) => e.version === version)!;
const after = (version: string) => versions.slice(versions.indexOf(version));

describe('the API history against the published documents', () => {
  it('is exactly what npm run history builds from them', () => {
    expect(fs.readFileSync(path.join(root, HISTORY_FILE), 'utf8')).toBe(buildHistoryText(SOURCE));
  });

  it('holds the 18 versions, oldest first, each with exactly the operations its document has', () => {
    expect(versions).toHaveLength(18);
    expect(records.map((r) => r.version)).toEqual(versions);
    expect(versions[0]).toBe('v1.2.2');
    expect(versions.at(-1)).toBe('v1.30.25');
    for (const record of records) expect(Object.keys(record.operations).sort()).toEqual(rawIds(record.version).sort());
  });

  it('its newest version has the operations of the spec the site documents', () => {
    const spec = YAML.parse(fs.readFileSync(path.join(root, DEFAULT_SPEC), 'utf8')) as Raw & {
      info: { version: string };
    };
    expect(spec.info.version).toBe(versions.at(-1));
    const ours = Object.values(spec.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
    expect(Object.keys(records.at(-1)!.operations).sort()).toEqual(ours.sort());
  });

  it('aiGateway-modelPricing: absent before v1.30.2, present from it', () => {
    for (const v of versions) expect(rawHas(v, 'aiGateway-modelPricing')).toBe(after('v1.30.2').includes(v));
    expect(timeline.operations['aiGateway-modelPricing']).toMatchObject({ added: 'v1.30.2', since: 'v1.30.2' });
    expect(entry('v1.30.2').added.map((o) => o.id)).toContain('aiGateway-modelPricing');
  });

  it('monitor-createPage is gone in v1.30.25 while page-createPage appears', () => {
    expect(rawHas('v1.30.10', 'monitor-createPage')).toBe(true);
    expect(rawHas('v1.30.25', 'monitor-createPage')).toBe(false);
    expect(rawHas('v1.30.10', 'page-createPage')).toBe(false);
    expect(rawHas('v1.30.25', 'page-createPage')).toBe(true);
    expect(timeline.operations['monitor-createPage']).toMatchObject({ added: 'v1.2.2', removed: 'v1.30.25' });
    expect(timeline.operations['page-createPage']).toMatchObject({ added: 'v1.30.25', since: 'v1.30.25' });
    expect(entry('v1.30.25').removed.map((o) => o.id)).toContain('monitor-createPage');
    expect(entry('v1.30.25').added.map((o) => o.id)).toContain('page-createPage');
  });

  it('user-register is removed and added back more than once, as the documents show', () => {
    const presence = versions.map((v) => rawHas(v, 'user-register'));
    const transitions = presence.flatMap((has, i) =>
      i > 0 && has !== presence[i - 1] ? [`${versions[i]} ${has ? 'added' : 'removed'}`] : [],
    );
    const events = timeline.operations['user-register']!.events;
    expect(events.map((e) => `${e.version} ${e.kind}`)).toEqual(['v1.2.2 added', ...transitions]);
    expect(events.filter((e) => e.kind === 'removed').length).toBeGreaterThan(1);
    expect(events.filter((e) => e.kind === 'added').length).toBeGreaterThan(2);
    expect(timeline.operations['user-register']).toMatchObject({ added: 'v1.2.2', since: 'v1.30.2' });
  });

  it('worker-all is added in v1.30.4', () => {
    expect(rawHas('v1.30.2', 'worker-all')).toBe(false);
    expect(rawHas('v1.30.4', 'worker-all')).toBe(true);
    expect(timeline.operations['worker-all']).toMatchObject({ added: 'v1.30.4', since: 'v1.30.4' });
  });

  it('user-login: the response field info.currentWorkspace is removed in v1.15.7 (breaking)', () => {
    const info = (v: string) =>
      objectOf(jsonSchema(rawOperation(v, 'user-login')!.responses['200']!.content))!.properties!.info!;
    expect(info('v1.13.1').properties).toHaveProperty('currentWorkspace');
    expect(info('v1.15.7').properties).not.toHaveProperty('currentWorkspace');
    const field = timeline.operations['user-login']!.response['$.info.currentWorkspace']!;
    expect(field.events.at(-1)).toMatchObject({ version: 'v1.15.7', kind: 'removed', breaking: true });
    expect(field.since).toBeUndefined();
    const changed = entry('v1.15.7').changed.find((o) => o.id === 'user-login')!;
    // Its own fields (id, name) go with it: the entry names the parent only, beside the new currentWorkspaceId.
    expect(
      changed.changes.filter((c) => /^\$\.info\.currentWorkspace(\.|$)/.test(c.key)).map((c) => `${c.kind} ${c.key}`),
    ).toEqual(['removed $.info.currentWorkspace']);
    expect(changed.changes.find((c) => c.key === '$.info.currentWorkspaceId')).toMatchObject({ kind: 'added' });
    expect(changed.breaking).toBe(true);
  });

  it('feed-sendEvent: the request field tags is made optional in v1.30.25 (not breaking)', () => {
    const required = (v: string) =>
      objectOf(jsonSchema(rawOperation(v, 'feed-sendEvent')!.requestBody!.content))!.required ?? [];
    expect(required('v1.30.10')).toContain('tags');
    expect(required('v1.30.25')).not.toContain('tags');
    const events = timeline.operations['feed-sendEvent']!.request['$.tags']!.events;
    expect(events.at(-1)).toMatchObject({ version: 'v1.30.25', kind: 'optional', breaking: false });
  });

  it('monitor-get: interval is retyped from number to integer in v1.6.0 (not breaking), and the operation moves in v1.16.1', () => {
    // v1.2.2 writes this response as an allOf of objects.
    const interval = (v: string) => {
      const schema = objectOf(jsonSchema(rawOperation(v, 'monitor-get')!.responses['200']!.content))!;
      return [schema, ...(schema.allOf ?? [])].find((s) => s.properties?.interval)!.properties!.interval!.type;
    };
    expect([interval('v1.2.2'), interval('v1.6.0')]).toEqual(['number', 'integer']);
    const field = timeline.operations['monitor-get']!.response['$.interval']!;
    expect(field.events[1]).toMatchObject({
      version: 'v1.6.0',
      kind: 'retyped',
      from: { type: 'number' },
      to: { type: 'integer' },
      breaking: false,
    });
    expect(rawOperation('v1.15.7', 'monitor-get')!.path).toBe('/workspace/{workspaceId}/monitor/{monitorId}');
    expect(rawOperation('v1.16.1', 'monitor-get')!.path).toBe('/workspace/{workspaceId}/monitor/{monitorId}/get');
    expect(entry('v1.16.1').changed.find((o) => o.id === 'monitor-get')).toMatchObject({
      movedFrom: 'get /workspace/{workspaceId}/monitor/{monitorId}',
      path: '/workspace/{workspaceId}/monitor/{monitorId}/get',
      breaking: true,
    });
  });

  it('monitor-recentData: workspaceId moves from the query to the path in v1.9.2', () => {
    const params = (v: string) => rawOperation(v, 'monitor-recentData')!.parameters!.map((p) => `${p.in}:${p.name}`);
    expect(params('v1.8.1')).toContain('query:workspaceId');
    expect(params('v1.9.2')).toContain('path:workspaceId');
    const op = timeline.operations['monitor-recentData']!;
    expect(op.parameters['query:workspaceId']!.events.at(-1)).toMatchObject({ version: 'v1.9.2', kind: 'removed' });
    expect(op.parameters['path:workspaceId']).toMatchObject({ added: 'v1.9.2', since: 'v1.9.2' });
  });

  it('nullable fields written the OpenAPI 3.0 way (v1.24.6) and the 3.1 way (v1.30.2) are the same fact', () => {
    const domain = (v: string) =>
      objectOf(jsonSchema(rawOperation(v, 'website-info')!.responses['200']!.content))!.properties!.domain!;
    expect(domain('v1.24.6')).toMatchObject({ type: 'string', nullable: true });
    expect(domain('v1.30.2').anyOf).toEqual([{ type: 'string' }, { type: 'null' }]);
    const field = timeline.operations['website-info']!.response['$.domain']!;
    expect(field.events.filter((e) => e.version === 'v1.30.2')).toEqual([]);
    expect(records.find((r) => r.version === 'v1.30.2')!.operations['website-info']!.response['$.domain']).toEqual({
      type: 'string|null',
      required: true,
    });
  });

  it('operation pages: worker-all added in v1.30.4, user-register back since v1.30.2, global-config there from the start', () => {
    const pages = operationPageHistory(timeline);
    expect(pages['worker-all']).toEqual({ added: 'v1.30.4' });
    expect(pages['user-register']).toEqual({ added: 'v1.30.2' });
    expect(pages['page-createPage']).toEqual({ added: 'v1.30.25' });
    expect(pages['global-config']!.added).toBeUndefined();
    expect(pages['feed-sendEvent']).toMatchObject({ added: 'v1.11.4' });
    expect(pages['feed-sendEvent']!.changed!.at(-1)).toBe('v1.30.25');
    expect(pages).not.toHaveProperty('monitor-createPage');
  });

  it('operation pages get history only when the spec is the release the history ends with', () => {
    const ids = ['worker-all', 'website-info', 'page-createPage'];
    expect(pageHistoryFor(root, 'v1.30.25', ids).pages).toEqual({
      'worker-all': { added: 'v1.30.4' },
      'page-createPage': { added: 'v1.30.25' },
    });
    const other = pageHistoryFor(root, '2.0.0', ids);
    expect(other.pages).toEqual({});
    expect(other.note).toBe('the spec is 2.0.0, the history ends at v1.30.25');
  });
});

describe('the changelog page and the field marks on the real history and spec', () => {
  it('links entries to today’s pages and anchors, and marks the parameters newer than their operation', async () => {
    const { loadApiModel } = await import('../src/openapi/model');
    const { pageOutline } = await import('../src/history/anchors');
    const { changelogPage } = await import('../src/history/changelog-page');
    const { fieldMarks } = await import('../src/history/page-facts');
    const model = await loadApiModel(path.join(root, DEFAULT_SPEC));
    const ops = new Map(model.operations.map((op) => [op.id, op]));
    const page = changelogPage(buildChangelog(records), (id) => {
      const op = ops.get(id);
      return op && { permalink: `/docs/api/${id}`, outline: pageOutline(op) };
    });
    const newest = page[0]!;
    expect(newest.version).toBe('v1.30.25');
    expect(newest.removed.find((o) => o.id === 'monitor-createPage')).toMatchObject({ breaking: true });
    expect(newest.removed.find((o) => o.id === 'monitor-createPage')!.href).toBeUndefined();
    expect(newest.added.find((o) => o.id === 'page-createPage')!.href).toBe('/docs/api/page-createPage');
    const metrics = page.find((v) => v.version === 'v1.30.2')!.changed.find((o) => o.id === 'website-metrics')!;
    expect(metrics.changes).toContainEqual(
      expect.objectContaining({
        kind: 'added',
        name: 'utm_source',
        href: '/docs/api/website-metrics#param.query.utm_source',
      }),
    );
    expect(
      fieldMarks(timeline.operations['website-metrics']!, pageOutline(ops.get('website-metrics')!), versions),
    ).toMatchObject({
      'param.query.utm_source': { added: 'v1.30.2' },
    });
    expect(
      fieldMarks(timeline.operations['feed-sendEvent']!, pageOutline(ops.get('feed-sendEvent')!), versions),
    ).toMatchObject({
      'body.tags': { changed: { version: 'v1.30.25', kind: 'optional' } },
    });
  });
});
