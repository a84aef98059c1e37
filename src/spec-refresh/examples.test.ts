import { describe, expect, it } from 'vitest';
import { withOurExamples } from './examples';

describe('withOurExamples', () => {
  it('carries our examples to the same places: media types, parameters by name, nested schemas', () => {
    const next = {
      parameters: [
        { name: 'limit', in: 'query', schema: { type: 'integer' } },
        { name: 'workspaceId', in: 'path', schema: { type: 'string' } },
      ],
      responses: { '200': { content: { 'application/json': { schema: { type: 'object' }, example: { up: 1 } } } } },
    };
    const ours = {
      parameters: [
        { name: 'workspaceId', in: 'path', schema: { type: 'string', example: 'clnzoxcy10001vy2ohi4obbi0' } },
      ],
      responses: { '200': { content: { 'application/json': { schema: {}, example: { ours: true } } } } },
    };
    expect(withOurExamples(next, ours)).toEqual({
      parameters: [
        { name: 'limit', in: 'query', schema: { type: 'integer' } },
        { name: 'workspaceId', in: 'path', schema: { type: 'string', example: 'clnzoxcy10001vy2ohi4obbi0' } },
      ],
      responses: {
        '200': { content: { 'application/json': { schema: { type: 'object' }, example: { ours: true } } } },
      },
    });
  });

  it('treats a property named `example` as a fact, and leaves places we do not document alone', () => {
    const next = { properties: { example: { type: 'string' } }, required: ['example'] };
    const ours = { properties: { example: { type: 'number' } }, example: { example: 'x' } };
    expect(withOurExamples(next, ours)).toEqual({ ...next, example: { example: 'x' } });
    expect(withOurExamples({ a: 1 }, undefined)).toEqual({ a: 1 });
  });
});
