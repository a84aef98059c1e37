import { describe, expect, it } from 'vitest';
import { extractFacts, fieldFacts, joinTypes, typeOf } from './facts';

describe('typeOf', () => {
  it('writes OpenAPI 3.0 nullable and 3.1 null the same way', () => {
    expect(typeOf({ type: 'string', nullable: true })).toBe('string|null');
    expect(typeOf({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toBe('string|null');
    expect(typeOf({ type: ['null', 'string'] })).toBe('string|null');
    expect(typeOf({ enum: ['null'], nullable: true })).toBe('null');
  });

  it('writes arrays with their items, and unions sorted with null last', () => {
    expect(typeOf({ type: 'array', items: { type: 'number' } })).toBe('number[]');
    expect(typeOf({ type: 'array', items: { type: 'string', nullable: true } })).toBe('(string|null)[]');
    expect(typeOf({ type: 'array' })).toBe('any[]');
    expect(typeOf({ anyOf: [{ type: 'null' }, { type: 'string' }, { type: 'boolean' }] })).toBe('boolean|string|null');
  });

  it('keeps an own type when a union only narrows it, and reads types from const and enum', () => {
    expect(typeOf({ type: 'string', anyOf: [{ format: 'ipv4' }, { format: 'ipv6' }] })).toBe('string');
    expect(typeOf({ const: 'ok' })).toBe('string');
    expect(typeOf({ enum: [1, 2] })).toBe('number');
    expect(typeOf({})).toBe('any');
    expect(typeOf({ anyOf: [{}, { type: 'string' }] })).toBe('any');
  });

  it('joins type strings without splitting inside parentheses', () => {
    expect(joinTypes(['(string|null)[]', 'number|null'])).toBe('(string|null)[]|number|null');
  });
});

describe('fieldFacts', () => {
  it('walks objects, arrays and maps by JSON path, with required-ness', () => {
    const facts = fieldFacts(
      {
        type: 'object',
        required: ['id', 'tags'],
        properties: {
          id: { type: 'string' },
          note: { type: 'string', nullable: true },
          tags: { type: 'array', items: { type: 'object', required: ['k'], properties: { k: { type: 'string' } } } },
          counts: { type: 'object', additionalProperties: { type: 'number' } },
          'odd name': { type: 'boolean' },
        },
      },
      true,
    );
    expect(facts).toEqual({
      $: { type: 'object', required: true },
      '$.id': { type: 'string', required: true },
      '$.note': { type: 'string|null', required: false },
      '$.tags': { type: 'object[]', required: true },
      '$.tags[]': { type: 'object', required: true },
      '$.tags[].k': { type: 'string', required: true },
      '$.counts': { type: 'object', required: false },
      '$.counts{}': { type: 'number', required: false },
      '$["odd name"]': { type: 'boolean', required: false },
    });
  });

  it('walks a nullable object through its union, and object members together', () => {
    const facts = fieldFacts(
      {
        anyOf: [
          { type: 'object', required: ['a', 'b'], properties: { a: { type: 'string' }, b: { type: 'number' } } },
          { type: 'object', required: ['a'], properties: { a: { type: 'integer' } } },
          { type: 'null' },
        ],
      },
      true,
    );
    expect(facts['$']).toEqual({ type: 'object|null', required: true });
    expect(facts['$.a']).toEqual({ type: 'integer|string', required: true });
    expect(facts['$.b']).toEqual({ type: 'number', required: false });
  });

  it('merges allOf members', () => {
    const facts = fieldFacts(
      {
        allOf: [
          { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
          { type: 'object', properties: { b: { type: 'boolean' } } },
        ],
      },
      true,
    );
    expect(Object.keys(facts)).toEqual(['$', '$.a', '$.b']);
    expect(facts['$.a']!.required).toBe(true);
  });
});

describe('extractFacts', () => {
  const document = {
    openapi: '3.0.3',
    components: { schemas: { Site: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } } },
    paths: {
      '/site/{siteId}': {
        parameters: [{ in: 'path', name: 'siteId', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'site-get',
          description: 'prose is not a fact',
          parameters: [{ in: 'query', name: 'full', schema: { type: 'boolean' } }],
          responses: {
            '200': {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Site' } } },
            },
            default: { description: 'error', content: { 'application/json': { schema: { type: 'object' } } } },
          },
        },
        post: {
          operationId: 'site-update',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } },
          },
          responses: { '200': { description: 'ok' } },
        },
        delete: { responses: { '204': { description: 'no id, not recorded' } } },
      },
    },
  };

  it('records operations by id with method, path, parameters (path item ones too) and bodies', () => {
    expect(extractFacts(document)).toEqual({
      'site-get': {
        method: 'get',
        path: '/site/{siteId}',
        parameters: {
          'path:siteId': { type: 'string', required: true },
          'query:full': { type: 'boolean', required: false },
        },
        request: {},
        response: { $: { type: 'object', required: true }, '$.id': { type: 'string', required: true } },
      },
      'site-update': {
        method: 'post',
        path: '/site/{siteId}',
        parameters: { 'path:siteId': { type: 'string', required: true } },
        request: { $: { type: 'object', required: true }, '$.name': { type: 'string', required: false } },
        response: {},
      },
    });
  });
});
