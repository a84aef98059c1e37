import { describe, expect, it } from 'vitest';
import { groupByText, mapSpecTexts, specTexts } from './spec-texts';

const document = {
  info: { title: 'API', description: 'All of it.' },
  paths: {
    '/a': {
      get: {
        summary: 'Get a',
        parameters: [{ name: 'id', in: 'query', description: 'Which a.', example: 'a1' }],
        responses: {
          '200': {
            description: 'OK.',
            content: {
              'application/json': {
                schema: {
                  title: 'A',
                  properties: {
                    description: { type: 'string', description: 'What a is.', default: 'a description' },
                    example: { type: 'string', title: 'Example field' },
                  },
                  examples: [{ description: 'array examples are data' }],
                },
                example: { title: 'data', description: 'data too' },
                examples: { first: { summary: 'The first one', value: { description: 'data' } } },
              },
            },
          },
        },
        'x-internal': { description: 'an extension' },
      },
    },
  },
  components: {
    schemas: {
      E: { description: 'An error.', enum: [{ description: 'data' }], const: 'x' },
      R: { enum: ['a/b', 'c'], 'x-enumDescriptions': { 'a/b': 'Both.', c: '' } },
    },
  },
};

describe('specTexts', () => {
  it('finds every description, summary and title, and no literal value', () => {
    expect(specTexts(document).map((t) => [t.pointer, t.text])).toEqual([
      ['/info/title', 'API'],
      ['/info/description', 'All of it.'],
      ['/paths/~1a/get/summary', 'Get a'],
      ['/paths/~1a/get/parameters/0/description', 'Which a.'],
      ['/paths/~1a/get/responses/200/description', 'OK.'],
      ['/paths/~1a/get/responses/200/content/application~1json/schema/title', 'A'],
      ['/paths/~1a/get/responses/200/content/application~1json/schema/properties/description/description', 'What a is.'],
      ['/paths/~1a/get/responses/200/content/application~1json/schema/properties/example/title', 'Example field'],
      ['/paths/~1a/get/responses/200/content/application~1json/examples/first/summary', 'The first one'],
      ['/components/schemas/E/description', 'An error.'],
      ['/components/schemas/R/x-enumDescriptions/a~1b', 'Both.'],
    ]);
  });

  it('gives the object holding each text', () => {
    expect(specTexts(document)[3].owner).toMatchObject({ name: 'id', in: 'query' });
  });
});

describe('mapSpecTexts', () => {
  it('replaces the texts and leaves the data and the original alone', () => {
    const out = mapSpecTexts(document, (f) => f.text.toUpperCase());
    expect(out.paths['/a'].get.responses['200'].description).toBe('OK.'.toUpperCase());
    expect(out.paths['/a'].get.responses['200'].content['application/json'].example).toEqual({
      title: 'data',
      description: 'data too',
    });
    expect(out.components.schemas.E.enum).toEqual([{ description: 'data' }]);
    expect(out.components.schemas.R).toEqual({ enum: ['a/b', 'c'], 'x-enumDescriptions': { 'a/b': 'BOTH.', c: '' } });
    expect(document.info.title).toBe('API');
  });
});

describe('groupByText', () => {
  it('keeps one entry per text with every pointer, in document order', () => {
    const twice = { a: { description: 'Same.' }, b: { description: 'Other.' }, c: { description: 'Same.' } };
    expect(groupByText(specTexts(twice))).toEqual([
      { text: 'Same.', pointers: ['/a/description', '/c/description'] },
      { text: 'Other.', pointers: ['/b/description'] },
    ]);
  });
});
