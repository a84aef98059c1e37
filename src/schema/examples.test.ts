import { describe, expect, it } from 'vitest';
import { sample } from 'openapi-sampler';
import type { SchemaObject } from '../openapi/types';
import { childCandidates, itemCandidates, matchesVariant, variantExample, type Sampler } from './examples';
import { analyzeUnion } from './unions';

const sampler: Sampler = (schema) => sample(schema as Parameters<typeof sample>[0], { quiet: true });

const statusPage: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    type: { const: 'status' },
    body: { type: 'object' },
  },
  required: ['id', 'type'],
};
const staticPage: SchemaObject = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    type: { const: 'static' },
    payload: { type: 'object' },
  },
  required: ['id', 'type'],
};
const union = analyzeUnion({ anyOf: [statusPage, staticPage] })!;
const [status, stat] = union.variants;
const acme = { id: 'clslpa1q6000dvy2omurbamei', title: 'Acme status', type: 'status', body: {} };

describe('variantExample', () => {
  it('takes the part of the section example that is the variant, by the discriminating value', () => {
    const changelog = { id: 'cm8e9zf000012vy2ofg44ost9', title: 'Changelog', type: 'static', payload: {} };
    expect(variantExample(status, union, [acme, changelog])).toBe(acme);
    expect(variantExample(stat, union, [acme, changelog])).toBe(changelog);
  });

  it('samples a variant the example lacks, with the example values of the properties both share', () => {
    expect(variantExample(stat, union, [acme])).toBeUndefined();
    expect(variantExample(stat, union, [acme], sampler)).toEqual({
      id: 'clslpa1q6000dvy2omurbamei',
      title: 'Acme status',
      type: 'static',
      payload: {},
    });
  });

  it('gives no example when the sampler fails', () => {
    expect(
      variantExample(stat, union, [], () => {
        throw new Error('cannot');
      }),
    ).toBeUndefined();
  });
});

describe('matchesVariant without a discriminator', () => {
  const scalars = analyzeUnion({ anyOf: [{ type: 'integer' }, { type: 'string', enum: ['auto'] }] })!;
  const domain = analyzeUnion({
    anyOf: [
      { type: 'string', maxLength: 20, pattern: '^[a-z.]+$' },
      { type: 'string', format: 'ipv4', pattern: '^\\d+(\\.\\d+){3}$' },
    ],
  })!;
  const objects = analyzeUnion({
    oneOf: [
      { type: 'object', properties: { url: { type: 'string' } }, required: ['url'], additionalProperties: false },
      { type: 'object', properties: { email: { type: 'string' } }, required: ['email'] },
    ],
  })!;
  it.each([
    [scalars.variants[0], 3, true],
    [scalars.variants[0], 'auto', false],
    [scalars.variants[1], 'auto', true],
    [scalars.variants[1], 'manual', false],
    [domain.variants[0], 'help.example.com', true],
    [domain.variants[0], 'a-very-long.example.com', false],
    [domain.variants[1], 'help.example.com', false],
    [domain.variants[1], '203.0.113.7', true],
    [objects.variants[0], { url: 'https://hooks.example.com' }, true],
    [objects.variants[0], { url: 'https://hooks.example.com', extra: 1 }, false],
    [objects.variants[1], { url: 'https://hooks.example.com' }, false],
    [objects.variants[1], { email: 'ops@example.com', extra: 1 }, true],
  ])('%#: %j matches: %s', (variant, value, expected) => {
    expect(matchesVariant(value, variant, {})).toBe(expected);
  });
});

describe('candidates', () => {
  it('go down into properties and array items', () => {
    expect(childCandidates([{ a: 1 }, { b: 2 }, 'x', { a: 3 }], 'a')).toEqual([1, 3]);
    expect(itemCandidates([[1, 2], 'x', [3]])).toEqual([1, 2, 3]);
  });
});
