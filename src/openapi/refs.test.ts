import { describe, expect, it } from 'vitest';
import { localRefsIn, pointerGet, resolveLocalRefs } from './refs';

describe('local $refs', () => {
  it('resolveLocalRefs leaves circular and dangling references as $ref', () => {
    const doc = {
      components: {
        schemas: { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } },
      },
    };
    expect(resolveLocalRefs({ $ref: '#/components/schemas/Node' }, doc)).toEqual({
      type: 'object',
      properties: { next: { $ref: '#/components/schemas/Node' } },
    });
    expect(resolveLocalRefs({ $ref: '#/components/schemas/Missing' }, doc)).toEqual({
      $ref: '#/components/schemas/Missing',
    });
  });


  it('pointerGet decodes ~1, ~0 and percent-escapes, and misses cleanly', () => {
    const doc = { paths: { '/a/{id}': { get: { operationId: 'x' } } }, 'a~b': 1 };
    expect(pointerGet(doc, '#/paths/~1a~1%7Bid%7D/get/operationId')).toBe('x');
    expect(pointerGet(doc, '#/a~0b')).toBe(1);
    expect(pointerGet(doc, '#/paths/missing')).toBeUndefined();
    expect(pointerGet(doc, 'other.yaml#/x')).toBeUndefined();
  });

  it('siblings next to a $ref override the target', () => {
    const doc = { components: { schemas: { Id: { type: 'string', description: 'An id.' } } } };
    expect(resolveLocalRefs({ $ref: '#/components/schemas/Id', description: 'The site.' }, doc)).toEqual({
      type: 'string',
      description: 'The site.',
    });
  });

  it('localRefsIn lists every local reference once', () => {
    const value = { a: { $ref: '#/x' }, b: [{ $ref: '#/y' }, { $ref: '#/x' }], c: { $ref: 'other.yaml#/z' } };
    expect([...localRefsIn(value)]).toEqual(['#/x', '#/y']);
  });
});
