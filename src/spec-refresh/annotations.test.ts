import { describe, expect, it } from 'vitest';
import { withOurAnnotations } from './annotations';

describe('withOurAnnotations', () => {
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
    expect(withOurAnnotations(next, ours)).toEqual({
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
    expect(withOurAnnotations(next, ours)).toEqual({ ...next, example: { example: 'x' } });
    expect(withOurAnnotations({ a: 1 }, undefined)).toEqual({ a: 1 });
  });

  it("carries our response links over, after the response's content; a schema property named `links` stays a fact", () => {
    const link = { operationId: 'website-info', parameters: { websiteId: '$response.body#/id' } };
    const next = {
      responses: { '200': { description: 'Up', content: { 'application/json': { schema: { type: 'object' } } } } },
      properties: { links: { type: 'array' } },
    };
    const ours = {
      responses: { '200': { description: 'Ours', links: { WebsiteInfo: link } } },
      properties: { links: { type: 'string' } },
    };
    const out = withOurAnnotations(next, ours);
    expect(out.responses['200']).toEqual({ ...next.responses['200'], links: { WebsiteInfo: link } });
    expect(Object.keys(out.responses['200'])).toEqual(['description', 'content', 'links']);
    expect(out.properties).toEqual(next.properties);
  });
});
