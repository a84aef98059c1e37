import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { createBodyValidator, newSpecAjv } from './schema-validation';

describe('createBodyValidator', () => {
  const validate = createBodyValidator();

  it('points required and additional-property issues at the property', () => {
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string' },
        nested: { type: 'object', properties: { 'a/b': { type: 'number' } }, required: ['a/b'] },
      },
      required: ['name'],
      additionalProperties: false,
    };
    expect(validate(schema, { nested: {}, extra: 1 })).toEqual([
      { path: '/name', message: "must have required property 'name'" },
      { path: '/extra', message: 'must NOT have additional properties' },
      { path: '/nested/a~1b', message: "must have required property 'a/b'" },
    ]);
    expect(validate(schema, { name: 'x' })).toEqual([]);
  });

  it('reports a failed union once', () => {
    const schema = {
      type: 'object',
      properties: {
        domain: {
          anyOf: [
            { type: 'string', pattern: '^[a-z.]+$' },
            { type: 'string', format: 'ipv4' },
          ],
        },
      },
    };
    expect(validate(schema, { domain: 'Not a domain!' })).toEqual([
      { path: '/domain', message: 'must match a schema in anyOf' },
    ]);
    expect(validate(schema, { domain: '10.0.0.1' })).toEqual([]);
  });

  it('accepts any value for formats it does not know, and checks the ones it does', () => {
    const schema = {
      type: 'object',
      properties: { id: { type: 'string', format: 'cuid2' }, url: { type: 'string', format: 'uri' } },
    };
    expect(validate(schema, { id: 'anything at all' })).toEqual([]);
    expect(validate(schema, { url: 'not a uri' })).toEqual([{ path: '/url', message: 'must match format "uri"' }]);
  });

  it('fills in defaults, so stored records look like what the server would store', () => {
    const body: Record<string, unknown> = { name: 'm' };
    validate({ type: 'object', properties: { interval: { type: 'integer', default: 20 } } }, body);
    expect(body).toEqual({ name: 'm', interval: 20 });
  });

  it('lets bodies through when a schema cannot be compiled', () => {
    expect(validate({ type: 'object', properties: { a: { $ref: '#/nowhere' } } }, { a: 1 })).toEqual([]);
  });

  it('compiles each schema once', () => {
    const schema = { type: 'object', required: ['a'] };
    for (let i = 0; i < 3; i++) expect(validate(schema, {})).toHaveLength(1);
  });
});

describe('newSpecAjv', () => {
  // The build checks the spec's schemas (src/openapi/validate.ts); the browser does not compile the 2020-12
  // meta-schema to check them again, which cost the first mock answer about 200 ms.
  it('compiles a schema without checking it against the meta-schema', () => {
    const notValidAgainstMeta = { type: 'string', title: 5 };
    expect(() => new Ajv2020({ strict: false }).compile(notValidAgainstMeta)).toThrow(/schema is invalid/);
    expect(newSpecAjv().compile(notValidAgainstMeta)('text')).toBe(true);
  });
});
