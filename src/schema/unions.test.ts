import { describe, expect, it } from 'vitest';
import type { SchemaObject } from '../openapi/types';
import { analyzeUnion, mergeAllOf, singleValue, variantLabelText } from './unions';

const page = (type: string, extra: Record<string, SchemaObject>): SchemaObject => ({
  type: 'object',
  properties: { id: { type: 'string' }, type: { type: 'string', const: type }, ...extra },
  required: ['id', 'type'],
});

describe('analyzeUnion', () => {
  it('finds the property told apart by `const` values (Tianji page/all: `type` is "status" or "static")', () => {
    const union = analyzeUnion({
      anyOf: [page('status', { monitorList: { type: 'array' } }), page('static', { payload: { type: 'object' } })],
    })!;
    expect(union.keyword).toBe('anyOf');
    expect(union.discriminator).toBe('type');
    expect(union.variants.map((v) => v.key)).toEqual(['status', 'static']);
    expect(union.variants.map((v) => variantLabelText(v.label))).toEqual(['type: "status"', 'type: "static"']);
    expect(union.variants.map((v) => v.discriminatorValue)).toEqual(['status', 'static']);
  });

  it('reads a one-value enum as a fixed value, and ignores a property two variants share a value of', () => {
    expect(singleValue({ enum: ['a'] })).toBe('a');
    expect(singleValue({ enum: ['a', 'b'] })).toBeUndefined();
    const union = analyzeUnion({
      oneOf: [
        { properties: { v: { const: 1 }, kind: { enum: ['a'] } } },
        { properties: { v: { const: 1 }, kind: { enum: ['b'] } } },
      ],
    })!;
    expect(union.discriminator).toBe('kind');
  });

  it('uses a declared discriminator, its mapping and the schema names the loader keeps as titles', () => {
    const union = analyzeUnion({
      oneOf: [
        { title: 'OptionOne', type: 'object', properties: { kind: { type: 'string' } } },
        { title: 'OptionTwo', type: 'object', properties: { kind: { type: 'string' } } },
      ],
      discriminator: {
        propertyName: 'kind',
        mapping: { 'Option One': 'OptionOne', two: '#/components/schemas/OptionTwo' },
      },
    })!;
    expect(union.discriminator).toBe('kind');
    expect(union.variants.map((v) => variantLabelText(v.label))).toEqual(['kind: "Option One"', 'kind: "two"']);
    expect(union.variants.map((v) => v.key)).toEqual(['option-one', 'two']);
  });

  it('labels variants by title, else by type, else by number; never just "object"', () => {
    const union = analyzeUnion({
      oneOf: [
        { title: 'Cat', type: 'object' },
        { type: 'string', format: 'ipv4' },
        { type: 'object' },
        { type: 'object' },
      ],
    })!;
    expect(union.discriminator).toBeUndefined();
    expect(union.variants.map((v) => v.label)).toEqual([
      { kind: 'title', text: 'Cat' },
      { kind: 'type', text: 'string (ipv4)' },
      { kind: 'index', index: 3 },
      { kind: 'index', index: 4 },
    ]);
    expect(union.variants.map((v) => v.key)).toEqual(['cat', 'string-ipv4', '3', '4']);
  });

  it('flattens a variant that is only another union (Tianji website domain: name | (IPv4 | IPv6))', () => {
    const union = analyzeUnion({
      anyOf: [
        { type: 'string', pattern: '^[a-z.]+$' },
        {
          anyOf: [
            { type: 'string', format: 'ipv4' },
            { type: 'string', format: 'ipv6' },
          ],
        },
      ],
    })!;
    expect(union.variants.map((v) => v.key)).toEqual(['string', 'string-ipv4', 'string-ipv6']);
  });

  it('makes keys unique inside a union', () => {
    const union = analyzeUnion({ oneOf: [{ type: 'string' }, { type: 'string', maxLength: 3 }] })!;
    expect(union.variants.map((v) => v.key)).toEqual(['string', 'string-2']);
  });

  it('is no union for `T | null` (a nullable) or a schema without oneOf/anyOf; null is noted otherwise', () => {
    expect(analyzeUnion({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toBeUndefined();
    expect(analyzeUnion({ type: 'object' })).toBeUndefined();
    expect(analyzeUnion({ anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'null' }] })!.nullable).toBe(true);
  });

  it('merges allOf inside variants', () => {
    const union = analyzeUnion({
      oneOf: [
        {
          allOf: [{ properties: { a: { type: 'string' } }, required: ['a'] }, { properties: { kind: { const: 'x' } } }],
        },
        { properties: { kind: { const: 'y' } } },
      ],
    })!;
    expect(union.discriminator).toBe('kind');
    expect(Object.keys(union.variants[0].schema.properties!)).toEqual(['a', 'kind']);
  });
});

describe('mergeAllOf', () => {
  it('combines properties and required, the outer keywords first, the same property merged', () => {
    expect(
      mergeAllOf({
        description: 'outer',
        allOf: [
          { type: 'object', description: 'inner', properties: { a: { type: 'string' } }, required: ['a'] },
          { properties: { a: { maxLength: 3 }, b: { type: 'integer' } }, required: ['b'] },
        ],
      }),
    ).toEqual({
      description: 'outer',
      type: 'object',
      properties: { a: { type: 'string', maxLength: 3 }, b: { type: 'integer' } },
      required: ['a', 'b'],
    });
  });

  it('merges nested allOf and leaves a schema without one as it is', () => {
    const plain = { type: 'string' };
    expect(mergeAllOf(plain)).toBe(plain);
    expect(mergeAllOf({ allOf: [{ allOf: [{ properties: { x: {} } }] }, { required: ['x'] }] })).toEqual({
      type: 'object',
      properties: { x: {} },
      required: ['x'],
    });
  });

  it('stops on an allOf that contains itself', () => {
    const loop: SchemaObject = { properties: { a: {} } };
    loop.allOf = [loop];
    expect(() => mergeAllOf(loop)).not.toThrow();
  });
});
