import { describe, expect, it } from 'vitest';
import { resolveExpression, responseIdOffers, type ResponseIdsInput } from './response-ids';
import type { OperationResponse } from '../../openapi/types';
import { loadSiteOperations } from '../../mock/fixtures/index';

const SHARED = new Set(['workspaceId', 'websiteId', 'monitorId', 'eventId', 'channelId']);
// The relations the site's spec declares (x-tianji-resource) for the operation at a path.
const SITE_OPERATIONS = await loadSiteOperations();
const declared = (path: string) => SITE_OPERATIONS.find((o) => o.path === path)?.resource;
const request = { path: { workspaceId: 'ws1' }, query: {}, header: {}, body: '{"name":"Blog"}' };

type Patch = Partial<Omit<ResponseIdsInput, 'operation'>> & {
  path?: string;
  responses?: OperationResponse[];
};

function input({ path, responses, ...patch }: Patch): ResponseIdsInput {
  return {
    operation: {
      resource: declared(path ?? '/workspace/{workspaceId}/website/add'),
      responses: responses ?? [{ status: '200', description: 'ok' }],
    },
    status: 200,
    body: {},
    request,
    sharedNames: SHARED,
    ...patch,
  };
}

describe('responseIdOffers by the rule', () => {
  it("offers a created record's id for <resource>Id, and its id-named properties", () => {
    const body = { id: 'site1', workspaceId: 'ws1', monitorId: 'mon1', shareId: null, name: 'Blog' };
    expect(responseIdOffers(input({ body }))).toEqual([
      { name: 'websiteId', value: 'site1', operations: [], label: 'Blog' },
      { name: 'monitorId', value: 'mon1', operations: [], label: 'Blog' },
    ]);
  });

  it('offers the id of every item of a list, and of an items/list page', () => {
    const list = [{ id: 'a', name: 'A' }, { id: 'b', domain: 'b.example.com' }, 'not a record'];
    expect(responseIdOffers(input({ path: '/workspace/{workspaceId}/website/all', body: list }))).toEqual([
      { name: 'websiteId', value: 'a', operations: [], label: 'A' },
      { name: 'websiteId', value: 'b', operations: [], label: 'b.example.com' },
    ]);
    const page = { items: [{ id: 'c', channelId: 'ch1' }], nextCursor: null };
    expect(responseIdOffers(input({ path: '/workspace/{workspaceId}/website/all', body: page }))).toEqual([
      { name: 'websiteId', value: 'c', operations: [], label: undefined },
      { name: 'channelId', value: 'ch1', operations: [], label: undefined },
    ]);
  });

  it('leaves alone the ids of things inside a resource the operation already names', () => {
    const events = [{ id: 'ev1', monitorId: 'mon1' }];
    const monitorEvents = input({ path: '/workspace/{workspaceId}/monitor/events', body: events });
    expect(responseIdOffers(monitorEvents)).toEqual([
      { name: 'monitorId', value: 'mon1', operations: [], label: undefined },
    ]);
  });

  it('offers nothing for an error, a value the request sent, or a body without records', () => {
    expect(responseIdOffers(input({ status: 404, body: { id: 'x' } }))).toEqual([]);
    expect(responseIdOffers(input({ body: { workspaceId: 'ws1' } }))).toEqual([]);
    expect(responseIdOffers(input({ body: 'text' }))).toEqual([]);
    expect(responseIdOffers(input({ body: [1, 2] }))).toEqual([]);
  });

  it('caps a long list', () => {
    const body = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}` }));
    expect(responseIdOffers(input({ path: '/workspace/{workspaceId}/website/all', body }))).toHaveLength(20);
  });
});

describe('the parameter a record id is for, as the spec declares it', () => {
  const name = (path: string) => declared(path)?.offers;
  it('names the resource a record operation returns', () => {
    expect(name('/workspace/{workspaceId}/website/add')).toBe('websiteId');
    expect(name('/workspace/{workspaceId}/monitor/all')).toBe('monitorId');
    expect(name('/monitor/getPublicInfo')).toBe('monitorId');
    expect(name('/workspace/create')).toBe('workspaceId');
  });
  it('names none for the ids of things inside a resource the operation takes', () => {
    expect(name('/workspace/{workspaceId}/website/{websiteId}/info')).toBeUndefined();
    expect(name('/workspace/{workspaceId}/survey/result/{resultId}')).toBeUndefined();
    expect(name('/workspace/{workspaceId}/members')).toBeUndefined();
  });
  it('is the only source: without the entry, a record id is offered for nothing', () => {
    const body = { id: 'site1', workspaceId: 'ws2', name: 'Blog' };
    const plain = { operation: { responses: [{ status: '200', description: 'ok' }] } };
    expect(responseIdOffers({ ...input({ body }), ...plain })).toEqual([
      { name: 'workspaceId', value: 'ws2', operations: [], label: 'Blog' },
    ]);
  });
});

describe('responseIdOffers from links', () => {
  const responses: OperationResponse[] = [
    {
      status: '200',
      description: 'ok',
      links: [
        {
          name: 'Info',
          operationId: 'website-info',
          parameters: { websiteId: '$response.body#/id', workspaceId: '$request.path.workspaceId' },
        },
        { name: 'Delete', operationId: 'website-delete', parameters: { 'path.websiteId': '$response.body#/id' } },
        { name: 'Nothing', operationId: 'x', parameters: { websiteId: '$response.body#/missing' } },
      ],
    },
    { status: '201', description: 'none', links: [] },
  ];
  it('offers what the links resolve to, merged by value, with the operations they serve', () => {
    expect(responseIdOffers(input({ responses, body: { id: 'site1', monitorId: 'mon1' } }))).toEqual([
      { name: 'websiteId', value: 'site1', operations: ['website-info', 'website-delete'] },
    ]);
  });
  it('offers nothing by the rule where the response declares links, even none', () => {
    expect(responseIdOffers(input({ responses, status: 201, body: { id: 'site1', monitorId: 'mon1' } }))).toEqual([]);
  });
});

describe('resolveExpression', () => {
  const ctx = {
    status: 201,
    body: { id: 'a', 'a/b': { '~x': [10, 20] } },
    headers: [['Location', '/w/1']] as Array<[string, string]>,
    request: { path: { workspaceId: 'ws1' }, query: { q: 'x' }, header: { 'X-Trace': 't' }, body: '{"name":"Blog"}' },
  };
  it('evaluates the runtime expressions of OpenAPI 3, and passes constants through', () => {
    expect(resolveExpression('$response.body#/id', ctx)).toBe('a');
    expect(resolveExpression('$response.body#/a~1b/~0x/1', ctx)).toBe(20);
    expect(resolveExpression('$response.header.location', ctx)).toBe('/w/1');
    expect(resolveExpression('$request.path.workspaceId', ctx)).toBe('ws1');
    expect(resolveExpression('$request.query.q', ctx)).toBe('x');
    expect(resolveExpression('$request.header.x-trace', ctx)).toBe('t');
    expect(resolveExpression('$request.body#/name', ctx)).toBe('Blog');
    expect(resolveExpression('$statusCode', ctx)).toBe(201);
    expect(resolveExpression('literal', ctx)).toBe('literal');
    expect(resolveExpression('$nonsense', ctx)).toBeUndefined();
  });
  it('reads by the Arazzo grammar of the recipes: what it rejects names nothing', () => {
    const odd = { ...ctx, headers: [['x bad', 'v']] as Array<[string, string]> };
    expect(resolveExpression('$response.header.x bad', odd)).toBeUndefined();
    expect(resolveExpression('$request.path.', ctx)).toBeUndefined();
    expect(resolveExpression('$response.body', ctx)).toEqual(ctx.body);
    expect(resolveExpression('$steps.add.outputs.id', ctx)).toBeUndefined();
  });
  it('follows the JSON pointer of a body expression only where it leads', () => {
    const at = (body: unknown, pointer: string) => resolveExpression(`$response.body#${pointer}`, { ...ctx, body });
    expect(at([{ id: 'x' }], '/0/id')).toBe('x');
    expect(at([{ id: 'x' }], '/01/id')).toBeUndefined();
    expect(at({ a: 1 }, 'a')).toBeUndefined();
    expect(at({ a: 1 }, '/toString')).toBeUndefined();
  });
});
