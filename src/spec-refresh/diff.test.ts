import { assert, describe, expect, it } from 'vitest';
import { isPlainObject, type JsonObject } from '../openapi/json';
import { diffSpecs, factsKey, formatDiff, isEmptyDiff, operationKey } from './diff';
import { at, type PathKey } from './json-read';

const okJson = (schema: JsonObject) => ({ description: 'ok', content: { 'application/json': { schema } } });

/** A small spec in the shape of ours: secured by default, one public operation, error responses by $ref. */
function base(): JsonObject {
  return {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    security: [{ bearerAuth: [] }],
    tags: [{ name: 'Website', description: 'Sites.' }, { name: 'User' }],
    paths: {
      '/workspace/{workspaceId}/website/all': {
        get: {
          operationId: 'website-all',
          tags: ['Website'],
          summary: 'List websites',
          description: 'Our prose.',
          security: [{ bearerAuth: [] }],
          parameters: [
            {
              name: 'workspaceId',
              in: 'path',
              description: 'The workspace.',
              schema: { type: 'string' },
              required: true,
            },
            { name: 'limit', in: 'query', description: 'At most this many.', schema: { type: 'number' } },
          ],
          responses: {
            '200': okJson({ type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } }),
            '400': { $ref: '#/components/responses/BadRequest' },
          },
        },
      },
      '/website/add': {
        post: {
          operationId: 'website-add',
          tags: ['Website'],
          summary: 'Add',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } },
          },
          responses: { '200': okJson({ type: 'string' }) },
        },
      },
      '/login': {
        post: {
          operationId: 'user-login',
          tags: ['User'],
          security: [],
          responses: { '200': okJson({ type: 'object' }) },
        },
      },
    },
    components: {
      responses: {
        BadRequest: {
          description: 'Bad.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
      schemas: { Error: { type: 'object', properties: { error: { type: 'object' } } } },
    },
  };
}

/** The object at `keys` in a fixture, to edit it (failing the test when there is none). */
function objectAt(value: unknown, ...keys: PathKey[]): JsonObject {
  const found = at(value, ...keys);
  assert(isPlainObject(found), `no object at ${keys.join(' / ')}`);
  return found;
}

/** The list at `keys` in a fixture, to edit it. */
function listAt(value: unknown, ...keys: PathKey[]): unknown[] {
  const found = at(value, ...keys);
  assert(Array.isArray(found), `no list at ${keys.join(' / ')}`);
  return found;
}

const op = (doc: JsonObject, path: string, method = 'get') => objectAt(doc, 'paths', path, method);
const ALL = '/workspace/{workspaceId}/website/all';

describe('diffSpecs', () => {
  it('finds nothing between a spec and itself', () => {
    const diff = diffSpecs(base(), base());
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.unchanged).toBe(3);
  });

  it('ignores prose: summaries, descriptions, parameter and schema descriptions', () => {
    const next = base();
    op(next, ALL).summary = 'Upstream summary';
    delete op(next, ALL).description;
    objectAt(op(next, ALL), 'parameters', 1).description = 'upstream words';
    objectAt(op(next, ALL), 'responses', '200').description = 'Successful response';
    objectAt(op(next, ALL), 'responses', '200', 'content', 'application/json', 'schema').description = 'Array of sites';
    objectAt(next, 'tags', 0).description = 'Upstream tag prose.';
    expect(isEmptyDiff(diffSpecs(base(), next))).toBe(true);
  });

  it('still compares a schema property that is named "description"', () => {
    const before = base();
    const next = base();
    const properties = (doc: JsonObject) =>
      objectAt(op(doc, '/website/add', 'post'), 'requestBody', 'content', 'application/json', 'schema', 'properties');
    properties(before).description = { type: 'string' };
    properties(next).description = { type: 'number' };
    expect(diffSpecs(before, next).changed).toEqual([
      {
        key: 'POST /website/add',
        method: 'POST',
        path: '/website/add',
        operationId: 'website-add',
        changes: ['request body schema changed'],
      },
    ]);
  });

  it('ignores key order, security scheme names and $ref versus inline', () => {
    const next = base();
    const params = listAt(op(next, ALL), 'parameters');
    const p = objectAt(params, 0);
    params[0] = { required: p.required, schema: p.schema, in: p.in, name: p.name };
    for (const method of [op(next, ALL), op(next, '/website/add', 'post')]) method.security = [{ Authorization: [] }];
    objectAt(op(next, '/website/add', 'post'), 'responses')['200'] = { $ref: '#/components/responses/Ok' };
    objectAt(next, 'components', 'responses').Ok = okJson({ type: 'string' });
    expect(isEmptyDiff(diffSpecs(base(), next))).toBe(true);
  });

  it('compares error responses by status only: their bodies are documented by us', () => {
    const next = base();
    objectAt(op(next, ALL), 'responses')['400'] = okJson({
      type: 'object',
      properties: { message: { type: 'string' } },
    });
    expect(isEmptyDiff(diffSpecs(base(), next))).toBe(true);
  });

  it('lists added and removed operations keyed by METHOD path with the operationId', () => {
    const next = base();
    delete objectAt(next, 'paths')['/website/add'];
    objectAt(next, 'paths', ALL).delete = { operationId: 'website-clear', responses: { '200': okJson({}) } };
    const diff = diffSpecs(base(), next);
    expect(diff.removed).toEqual([
      { key: 'POST /website/add', method: 'POST', path: '/website/add', operationId: 'website-add' },
    ]);
    expect(diff.added).toEqual([{ key: `DELETE ${ALL}`, method: 'DELETE', path: ALL, operationId: 'website-clear' }]);
    expect(diff.changed).toEqual([]);
    expect(diff.unchanged).toBe(2);
  });

  it('says what changed in parameters', () => {
    const next = base();
    const params = listAt(op(next, ALL), 'parameters');
    objectAt(params, 1).required = true;
    objectAt(params, 1).schema = { type: 'integer' };
    params.push({ name: 'offset', in: 'query', schema: { type: 'number' } });
    params.splice(0, 1, {
      name: 'workspaceId',
      in: 'path',
      required: true,
      schema: { type: 'string', format: 'cuid2' },
    });
    objectAt(next, 'paths', ALL).parameters = [{ name: 'x-trace', in: 'header', schema: { type: 'string' } }];
    expect(diffSpecs(base(), next).changed[0].changes).toEqual([
      'parameter path:workspaceId schema changed',
      'parameter query:limit now required',
      'parameter query:limit schema changed',
      'parameter header:x-trace added',
      'parameter query:offset added',
    ]);
  });

  it('says what changed in request body, responses, security, tags and operationId', () => {
    const next = base();
    const add = op(next, '/website/add', 'post');
    const body = objectAt(add, 'requestBody');
    body.required = false;
    body.content = { 'multipart/form-data': at(body, 'content', 'application/json') };
    objectAt(add, 'responses')['404'] = { description: 'gone' };
    objectAt(add, 'responses', '200', 'content', 'application/json').schema = { type: 'number' };
    add.security = [];
    add.tags = ['Site'];
    add.operationId = 'site-add';
    const diff = diffSpecs(base(), next);
    expect(diff.changed).toEqual([
      {
        key: 'POST /website/add',
        method: 'POST',
        path: '/website/add',
        operationId: 'site-add',
        changes: [
          'operationId website-add → site-add',
          'tags Website → Site',
          'security: secured → public',
          'request body now optional',
          'request body media types application/json → multipart/form-data',
          'response 200 schema changed',
          'response 404 added',
        ],
      },
    ]);
    expect(diff.tags).toEqual({ added: ['Site'], removed: [] });

    const back = diffSpecs(next, base());
    expect(back.changed[0].changes).toContain('security: public → secured');
    expect(back.changed[0].changes).toContain('response 404 removed');
  });

  it('reports a request body that appears or disappears', () => {
    const next = base();
    delete op(next, '/website/add', 'post').requestBody;
    op(next, '/login', 'post').requestBody = { content: { 'application/json': { schema: { type: 'object' } } } };
    const changes = Object.fromEntries(diffSpecs(base(), next).changed.map((c) => [c.operationId, c.changes]));
    expect(changes).toEqual({ 'website-add': ['request body removed'], 'user-login': ['request body added'] });
  });

  it('formats counts and one line per operation', () => {
    const next = base();
    delete objectAt(next, 'paths')['/login'];
    next.tags = listAt(next, 'tags').filter((t) => at(t, 'name') !== 'User');
    objectAt(op(next, ALL), 'parameters', 1).required = true;
    const lines = formatDiff(diffSpecs(base(), next));
    expect(lines).toEqual([
      '  added:     0',
      '  removed:   1',
      '  changed:   1',
      '  unchanged: 1',
      '',
      'Removed:',
      '  - POST /login  (user-login)',
      '',
      'Changed:',
      `  ~ GET ${ALL}  (website-all): parameter query:limit now required`,
      '',
      'Tags:',
      '  - User',
    ]);
  });
});

describe('helpers', () => {
  it('operationKey upper-cases the method', () => {
    expect(operationKey('get', '/a')).toBe('GET /a');
  });

  it('factsKey is independent of key order and prose', () => {
    expect(factsKey({ b: 1, a: { type: 'string', description: 'x' } })).toBe(factsKey({ a: { type: 'string' }, b: 1 }));
    expect(factsKey({ properties: { description: { type: 'string' } } })).not.toBe(factsKey({ properties: {} }));
  });
});
