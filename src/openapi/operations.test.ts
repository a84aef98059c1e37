import { describe, expect, it } from 'vitest';
import { exampleOf, isSecured, operationsOf } from './operations';

const doc = {
  openapi: '3.1.0',
  security: [{ bearerAuth: [] }],
  paths: {
    '/workspace/{workspaceId}/website/all': {
      parameters: [
        { name: 'workspaceId', in: 'path', schema: { type: 'string' }, description: 'Path-level.' },
        { name: 'limit', in: 'query', schema: { type: 'integer' } },
      ],
      get: {
        operationId: 'website-all',
        tags: ['Website', 'Other'],
        summary: 'List websites',
        parameters: [
          { name: 'limit', in: 'query', required: true, schema: { type: 'integer', maximum: 50 } },
          { name: 'session', in: 'cookie', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'The websites.',
            content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
            links: {
              First: { operationId: 'website-info', parameters: { websiteId: '$response.body#/0' } },
              Broken: 'not a link',
            },
          },
          '401': { description: 'No key.' },
        },
      },
      trace: { responses: { '200': { description: 'ignored' } } },
    },
    '/global/config': {
      get: {
        security: [],
        description: 'Public.',
        responses: {
          '200': {
            description: 'Config.',
            content: {
              'text/plain': { example: 'plain' },
              'application/problem+json': { examples: { a: { value: { allowRegister: true } } } },
            },
          },
        },
      },
    },
  },
};

describe('operationsOf', () => {
  const [list, config] = operationsOf(doc);

  it('reads every operation under the known methods, in document order', () => {
    expect([list.id, config.id]).toEqual(['website-all', 'get-/global/config']);
    expect(list.method).toBe('GET');
  });

  it("merges path-item parameters, the operation's own winning, and drops cookie parameters", () => {
    expect(list.parameters.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual([
      'path:workspaceId:true',
      'query:limit:true',
    ]);
    expect(list.parameters[1].schema).toEqual({ type: 'integer', maximum: 50 });
  });

  it('takes the first tag, the summary (else the id, else METHOD path) and the document security', () => {
    expect(list.tag).toBe('Website');
    expect(list.summary).toBe('List websites');
    expect(config.summary).toBe('GET /global/config');
    expect(list.secured).toBe(true);
    expect(config.secured).toBe(false);
  });

  it('prefers a JSON media type and samples an example when none is given', () => {
    expect(config.responses[0]).toMatchObject({ mediaType: 'application/problem+json', example: { allowRegister: true } });
    expect(list.responses[0].example).toEqual(['string']);
    expect(list.responses[1]).toEqual({
      status: '401',
      description: 'No key.',
      mediaType: undefined,
      schema: undefined,
      example: undefined,
    });
  });

  it('keeps the links a response declares, and none on a response without', () => {
    expect(list.responses[0].links).toEqual([
      { name: 'First', operationId: 'website-info', parameters: { websiteId: '$response.body#/0' } },
    ]);
    expect(config.responses[0].links).toBeUndefined();
  });
});

describe('isSecured', () => {
  it('treats an empty requirement as "no key needed"', () => {
    expect(isSecured({}, [{ bearerAuth: [] }])).toBe(true);
    expect(isSecured({ security: [{ bearerAuth: [] }, {}] }, undefined)).toBe(false);
    expect(isSecured({}, undefined)).toBe(false);
  });
});

describe('exampleOf', () => {
  it('uses example, then examples, then the schema', () => {
    expect(exampleOf({ example: 1, examples: { a: { value: 2 } } })).toBe(1);
    expect(exampleOf({ examples: { a: { value: 2 } } })).toBe(2);
    expect(exampleOf({ schema: { type: 'integer', minimum: 3 } })).toBe(3);
    expect(exampleOf(undefined)).toBeUndefined();
  });
});
