import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../openapi/types';
import { createShaper } from './shape';

const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });

const Website: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    domain: nullable({ type: 'string' }),
    shareId: nullable({ type: 'string' }),
    tags: { type: 'array', items: { type: 'string' } },
    revision: { type: 'integer' },
    createdAt: { type: 'string', format: 'date-time' },
    monitorId: { type: 'string', format: 'cuid2' },
    note: { type: 'string' },
    owner: {
      type: 'object',
      properties: { id: { type: 'string' } },
      required: ['id'],
      additionalProperties: false,
    },
  },
  required: ['id', 'name', 'domain', 'shareId', 'tags', 'revision', 'createdAt'],
  additionalProperties: false,
};

const example = {
  id: 'w0',
  name: 'Example',
  domain: 'example.com',
  shareId: 'share0',
  tags: ['a'],
  revision: 3,
  createdAt: '2024-01-01T00:00:00.000Z',
  note: 'from the example',
};

const StatusPage: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    type: { const: 'status' },
    monitorList: { type: 'array', items: { type: 'string' } },
  },
  required: ['id', 'type', 'monitorList'],
  additionalProperties: false,
};
const StaticPage: JsonSchema = {
  type: 'object',
  properties: { id: { type: 'string' }, type: { const: 'static' }, payload: { type: 'object' } },
  required: ['id', 'type', 'payload'],
  additionalProperties: false,
};
const Page: JsonSchema = { anyOf: [StatusPage, StaticPage] };

describe('createShaper().shape', () => {
  const { shape } = createShaper();

  it('keeps a value that fits as it is', () => {
    expect(shape(Website, example, example)).toEqual(example);
  });

  it('drops what additionalProperties: false does not allow, also in nested objects', () => {
    const value = { ...example, appstoreId: 'id1', owner: { id: 'u', secret: 'x' } };
    expect(shape(Website, value, example)).toEqual({ ...example, owner: { id: 'u' } });
  });

  it('keeps extra properties of objects that allow them', () => {
    const open: JsonSchema = { type: 'object', properties: { a: { type: 'number' } } };
    expect(shape(open, { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    const free: JsonSchema = { type: 'object', additionalProperties: { type: 'number' } };
    expect(shape(free, { x: 1, y: 2 })).toEqual({ x: 1, y: 2 });
  });

  it('fills a missing required property: null if allowed, else [], else the example, else a sample', () => {
    const record = { id: 'w1', name: 'Mine', domain: 'mine.example', createdAt: '2025-05-05T05:05:05.000Z' };
    expect(shape(Website, record, example)).toEqual({ ...record, shareId: null, tags: [], revision: 3 });
    expect(shape(Website, record)).toEqual({ ...record, shareId: null, tags: [], revision: 0 });
  });

  it('leaves missing optional properties out rather than inventing them', () => {
    const shaped = shape(Website, { id: 'w1', name: 'Mine' }, example) as Record<string, unknown>;
    expect(shaped).not.toHaveProperty('note');
    expect(shaped).not.toHaveProperty('owner');
  });

  it("replaces a value of the wrong type or format by the example's", () => {
    const value = { ...example, revision: 'three', createdAt: 'yesterday', tags: [1, 'b'], note: 5 };
    expect(shape(Website, value, example)).toEqual({ ...example, tags: ['a', 'b'] });
  });

  it('accepts any value for a format Ajv does not know (cuid2)', () => {
    expect(shape(Website, { ...example, monitorId: 'Not A Cuid!' }, example)).toMatchObject({
      monitorId: 'Not A Cuid!',
    });
  });

  it('shapes every item of a list with the first example item as template', () => {
    const list: JsonSchema = { type: 'array', items: Website };
    const shaped = shape(list, [example, { id: 'w2', name: 'New', domain: null, extra: 1 }], [example]);
    expect(shaped).toEqual([
      example,
      { id: 'w2', name: 'New', domain: null, shareId: null, tags: [], revision: 3, createdAt: example.createdAt },
    ]);
  });

  it('picks the union branch that keeps most of the value, without pruning across branches', () => {
    const staticPage = { id: 'p', type: 'static', payload: { html: '<p>' } };
    expect(shape(Page, staticPage, { id: 'e', type: 'status', monitorList: ['m'] })).toEqual(staticPage);
    expect(shape({ type: 'array', items: Page }, [staticPage, { id: 's', type: 'status' }])).toEqual([
      staticPage,
      { id: 's', type: 'status', monitorList: [] },
    ]);
    expect(shape(Page, { ...staticPage, monitorList: 'no' })).toEqual(staticPage);
  });

  it('keeps null where a nullable schema gets null, and shapes the object branch otherwise', () => {
    expect(shape(nullable(Website), null, example)).toBeNull();
    expect(shape(nullable(Website), { ...example, extra: true }, example)).toEqual(example);
  });

  it('answers the shaped example when there is no value, and undefined when nothing fits', () => {
    expect(shape(Website, undefined, { ...example, extra: 1 })).toEqual(example);
    expect(shape({ type: 'number' }, 'x', 'y')).toBeUndefined();
    expect(shape({ type: 'number' }, 'x', 4)).toBe(4);
    expect(shape(undefined, { any: 'thing' })).toEqual({ any: 'thing' });
  });

  it('changes neither the value nor the template', () => {
    const value = { ...example, extra: 1, owner: { id: 'u', secret: 'x' } };
    const template = structuredClone(example);
    const frozen = JSON.stringify([value, template]);
    shape(Website, value, template);
    expect(JSON.stringify([value, template])).toBe(frozen);
  });
});

describe('createShaper().accepts', () => {
  const { accepts } = createShaper();

  it('validates without changing the value', () => {
    const value = { ...example, extra: 1 };
    expect(accepts(Website, value)).toBe(false);
    expect(value).toHaveProperty('extra');
    expect(accepts(Website, example)).toBe(true);
    expect(accepts(nullable(Website), null)).toBe(true);
    expect(accepts(Website, null)).toBe(false);
    expect(accepts(undefined, 'anything')).toBe(true);
  });
});
