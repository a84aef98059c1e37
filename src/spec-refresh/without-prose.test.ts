import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutProse } from './without-prose';

const REFERENCE = path.resolve(__dirname, '../../../shared/reference/tianji-openapi.json');

describe('withoutProse', () => {
  const document = {
    openapi: '3.1.0',
    info: { title: 'Server API', version: '1.0.0', description: 'What the server says of itself.' },
    tags: [{ name: 'website', description: 'Tag prose.' }],
    paths: {
      '/site/{id}': {
        summary: 'Path item prose.',
        post: {
          operationId: 'site-edit',
          summary: 'Edit a site',
          description: 'Operation prose.',
          parameters: [
            { name: 'id', in: 'path', required: true, description: 'Parameter prose.', schema: { type: 'string' } },
          ],
          requestBody: {
            description: 'Body prose.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  description: 'Schema prose.',
                  properties: {
                    // Fields named like prose and data keywords are field names, walked like any schema.
                    description: { type: 'string', description: 'Field prose.', default: 'n/a' },
                    summary: { type: 'string' },
                    value: { type: 'number', description: 'More field prose.', examples: [1, 2] },
                  },
                },
                example: { description: 'A site I own', summary: 'data' },
                examples: { one: { summary: 'Example prose.', value: { description: 'data too' } } },
              },
            },
          },
          responses: {
            '200': {
              description: 'Successful response',
              links: { Next: { operationId: 'x', description: 'Link prose.' } },
            },
            '400': { $ref: '#/components/responses/BadRequest' },
          },
        },
      },
    },
    components: {
      responses: { BadRequest: { description: 'Invalid input data' } },
      schemas: { Site: { type: 'object', enum: [{ description: 'an enum value' }], description: 'Component prose.' } },
    },
  };

  it('drops every summary and description, keeps a Response description empty, and leaves data and names alone', () => {
    const out = withoutProse(document) as any;
    expect(out.info).toEqual({ title: 'Server API', version: '1.0.0' });
    expect(out.tags).toEqual([{ name: 'website' }]);
    const item = out.paths['/site/{id}'];
    expect(item.summary).toBeUndefined();
    const op = item.post;
    expect(op.summary).toBeUndefined();
    expect(op.description).toBeUndefined();
    expect(op.parameters[0]).toEqual({ name: 'id', in: 'path', required: true, schema: { type: 'string' } });
    expect(op.requestBody.description).toBeUndefined();
    const media = op.requestBody.content['application/json'];
    expect(media.schema).toEqual({
      type: 'object',
      properties: {
        description: { type: 'string', default: 'n/a' },
        summary: { type: 'string' },
        value: { type: 'number', examples: [1, 2] },
      },
    });
    expect(media.example).toEqual({ description: 'A site I own', summary: 'data' });
    expect(media.examples).toEqual({ one: { value: { description: 'data too' } } });
    expect(op.responses['200']).toEqual({ description: '', links: { Next: { operationId: 'x' } } });
    expect(out.components.responses.BadRequest).toEqual({ description: '' });
    expect(out.components.schemas.Site).toEqual({ type: 'object', enum: [{ description: 'an enum value' }] });
  });

  it("leaves none of the real server document's sentences, only the error messages its examples send", () => {
    const published = JSON.parse(fs.readFileSync(REFERENCE, 'utf8'));
    const prose = new Set<string>();
    JSON.stringify(published, (key, value) => {
      if ((key === 'summary' || key === 'description') && typeof value === 'string' && value.length > 3)
        prose.add(value);
      return value;
    });
    expect(prose.size).toBeGreaterThan(100);
    const stored = JSON.stringify(withoutProse(published));
    const left = [...prose].filter((text) => stored.includes(JSON.stringify(text)));
    // What Tianji answers with errors, in its examples' `message` (data of the API, not prose about it).
    expect(left.sort()).toEqual([
      'Authorization not provided',
      'Insufficient access',
      'Internal server error',
      'Invalid input data',
      'Not found',
    ]);
    expect(stored).toContain('"message":"Invalid input data"');
  });

  it('is the committed upstream document: the reference, pulled, is stored as it is', () => {
    const published = JSON.parse(fs.readFileSync(REFERENCE, 'utf8'));
    const committed = fs.readFileSync(path.resolve(__dirname, '../../openapi/upstream/tianji-openapi.json'), 'utf8');
    expect(committed).toBe(`${JSON.stringify(withoutProse(published), null, 2)}\n`);
  });
});
