import { describe, expect, it } from 'vitest';
import type { OperationResponse } from '../openapi/types';
import { createResponseChecker, MAX_DIFFERENCES, schemaSummary } from './response-check';
import { loadLocalize } from './validation-locale';

// The shape of Tianji's answers: an object or null, no property beyond the documented ones.
const website = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'cuid2' },
    name: { type: 'string' },
    status: { type: 'string', enum: ['active', 'paused'] },
    domain: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    createdAt: { type: 'string', format: 'date-time' },
    visits: { type: 'integer', minimum: 0 },
    slug: { type: 'string', pattern: '^[a-z-]+$' },
  },
  required: ['id', 'name', 'createdAt'],
  additionalProperties: false,
};
const responses: OperationResponse[] = [
  { status: '200', description: 'ok', mediaType: 'application/json', schema: { anyOf: [website, { type: 'null' }] } },
  { status: '204', description: 'nothing' },
  { status: '4XX', description: 'client error', mediaType: 'application/json', schema: { type: 'object' } },
];
const good = {
  id: 'clr4rgj0i0008vy2ogdwitpbz',
  name: 'Company blog',
  status: 'active',
  domain: null,
  createdAt: '2024-01-08T10:09:14.562Z',
  visits: 12,
  slug: 'company-blog',
};

function answer(body: unknown, patch: Partial<{ status: number; contentType: string; truncated: boolean }> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return { status: 200, contentType: 'application/json', text, truncated: false, size: text.length, ...patch };
}

const check = createResponseChecker();
/** The differences found, without Ajv's sentence (checked to be there). */
const differences = (body: unknown) => {
  const result = check(responses, answer(body));
  if (result.kind !== 'differs') return result;
  return result.differences.map(({ message, ...d }) => {
    if (d.keyword !== 'body') expect(message).toMatch(/^must /);
    return d;
  });
};

describe('createResponseChecker', () => {
  it('says a body the docs describe matches, null included', () => {
    expect(check(responses, answer(good))).toEqual({ kind: 'matches', documented: '200' });
    expect(check(responses, answer(null))).toEqual({ kind: 'matches', documented: '200' });
    expect(check(responses, answer({ error: 'x' }, { status: 404 }))).toEqual({ kind: 'matches', documented: '4XX' });
  });

  // One planted failure per category the check claims; each must be seen, at its path, with both sides.
  it('sees a wrong type', () => {
    expect(differences({ ...good, name: 42 })).toEqual([
      { path: '/name', keyword: 'type', expected: 'string', received: '42' },
    ]);
  });

  it('sees a missing required property', () => {
    const { createdAt: _, ...missing } = good;
    expect(differences(missing)).toEqual([
      { path: '/createdAt', keyword: 'required', expected: 'string (date-time)', received: null },
    ]);
  });

  it('sees a value outside the enum', () => {
    expect(differences({ ...good, status: 'deleted' })).toEqual([
      { path: '/status', keyword: 'enum', expected: '"active" | "paused"', received: '"deleted"' },
    ]);
  });

  it('sees a property the schema forbids', () => {
    expect(differences({ ...good, secret: { token: 't' } })).toEqual([
      { path: '/secret', keyword: 'additionalProperties', expected: null, received: '{"token":"t"}' },
    ]);
  });

  it('sees a wrong format, pattern and range, and leaves unknown formats (cuid2) alone', () => {
    expect(differences({ ...good, id: 'NOT a cuid', createdAt: 'yesterday', slug: 'Caps', visits: -1 })).toEqual([
      { path: '/createdAt', keyword: 'format', expected: 'format date-time', received: '"yesterday"' },
      { path: '/visits', keyword: 'minimum', expected: '>= 0', received: '-1' },
      { path: '/slug', keyword: 'pattern', expected: 'pattern ^[a-z-]+$', received: '"Caps"' },
    ]);
  });

  it('looks inside the branch of a union the value fits, and names the union when it fits none', () => {
    expect(differences({ ...good, domain: 7 })).toEqual([
      { path: '/domain', keyword: 'anyOf', expected: 'string | null', received: '7' },
    ]);
    expect(differences([good])).toEqual([
      { path: '', keyword: 'anyOf', expected: 'object | null', received: expect.any(String) },
    ]);
  });

  it('compares a body that is not JSON as text', () => {
    expect(differences('<!doctype html><p>Bad gateway</p>')).toEqual([
      { path: '', keyword: 'anyOf', expected: 'object | null', received: '"<!doctype html><p>Bad gateway</p>"' },
    ]);
  });

  it('says when the docs have no schema, no such status, or the body is too large to check', () => {
    expect(check(responses, answer('', { status: 204 }))).toEqual({ kind: 'matches', documented: '204' });
    expect(check(responses, answer('{}', { status: 204 }))).toEqual({ kind: 'no-schema', documented: '204' });
    expect(check(responses, answer(good, { status: 302 }))).toEqual({ kind: 'undocumented', status: 302 });
    expect(check(responses, { ...answer(good), truncated: true, size: 10_000_000 })).toEqual({
      kind: 'too-large',
      size: 10_000_000,
    });
  });

  it('reports an empty body where one is documented', () => {
    expect(differences('')).toEqual([{ path: '', keyword: 'body', expected: 'object | null', received: null }]);
  });

  it('cannot say anything about a schema Ajv cannot compile', () => {
    const broken = [{ status: '200', description: '', schema: { $ref: '#/nowhere' } }];
    expect(check(broken, answer(good))).toEqual({ kind: 'unchecked', documented: '200' });
  });

  it('lists at most MAX_DIFFERENCES and counts the rest', () => {
    const list = [{ status: '200', description: '', schema: { type: 'array', items: { type: 'string' } } }];
    const result = check(list, answer(Array.from({ length: 120 }, (_, i) => i)));
    expect(result.kind === 'differs' && [result.differences.length, result.more]).toEqual([MAX_DIFFERENCES, 70]);
  });

  it('speaks the reader language', async () => {
    const french = createResponseChecker({ localize: await loadLocalize('fr') });
    const result = french(responses, answer({ ...good, name: 42 }));
    expect(result.kind === 'differs' && result.differences[0].message).toBe('doit être de type string');
  });
});

describe('schemaSummary', () => {
  it('gives a schema in a few characters', () => {
    expect(schemaSummary({ type: ['string', 'null'] })).toBe('string | null');
    expect(schemaSummary({ const: 'ok' })).toBe('"ok"');
    expect(schemaSummary({ oneOf: [{ type: 'integer' }, { enum: [1, 'a'] }] })).toBe('integer | 1 | "a"');
    expect(schemaSummary({})).toBe('any');
  });
});
