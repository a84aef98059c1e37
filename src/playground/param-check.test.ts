import { describe, expect, it } from 'vitest';
import type { OperationParameter } from '../openapi/types';
import { loadLocalize } from '../request/validation-locale';
import { initialValues } from './initial-values';
import { createParamChecker } from './param-check';
import { schemaIssueNames } from './preflight';

// As Tianji documents them.
const parameters: OperationParameter[] = [
  {
    name: 'workspaceId',
    in: 'path',
    required: true,
    schema: { type: 'string', format: 'cuid2', pattern: '^[0-9a-z]+$', example: 'clnzoxcy10001vy2ohi4obbi0' },
  },
  { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
  { name: 'unit', in: 'query', required: false, schema: { type: 'string', enum: ['hour', 'day'] } },
  { name: 'since', in: 'query', required: false, schema: { type: 'string', format: 'date-time' } },
  { name: 'archived', in: 'query', required: false, schema: { type: 'boolean' } },
  { name: 'x-request-id', in: 'header', required: false, schema: { type: 'string', minLength: 8 } },
];

function values(patch: {
  path?: Record<string, string>;
  query?: Record<string, string>;
  header?: Record<string, string>;
}) {
  const v = initialValues({ parameters });
  return {
    ...v,
    path: { ...v.path, ...patch.path },
    query: { ...v.query, ...patch.query },
    header: { ...v.header, ...patch.header },
  };
}

const check = createParamChecker();
const found = (patch: Parameters<typeof values>[0]) =>
  check(parameters, values(patch)).map((i) => `${i.in} ${i.name} ${i.keyword}: ${i.message ?? ''}`);

describe('createParamChecker', () => {
  it('accepts the documented examples and defaults, and empty optional values', () => {
    expect(found({})).toEqual([]);
    expect(found({ query: { limit: '' } })).toEqual([]);
  });

  it('reads values as the types they stand for', () => {
    expect(found({ query: { limit: '100', archived: 'true' } })).toEqual([]);
  });

  // One planted failure per category the check claims.
  it('sees a value that breaks its pattern', () => {
    expect(found({ path: { workspaceId: 'Not-A-Cuid' } })).toEqual([
      'path workspaceId pattern: must match pattern "^[0-9a-z]+$"',
    ]);
  });

  it('sees a wrong type', () => {
    expect(found({ query: { limit: 'twenty', archived: 'yes' } })).toEqual([
      'query limit type: must be integer',
      'query archived type: must be boolean',
    ]);
  });

  it('sees a value out of range or too short', () => {
    expect(found({ query: { limit: '0' }, header: { 'x-request-id': 'abc' } })).toEqual([
      'query limit minimum: must be >= 1',
      'header x-request-id minLength: must NOT have fewer than 8 characters',
    ]);
  });

  it('sees a value outside the enum and a wrong format', () => {
    expect(found({ query: { unit: 'week', since: 'yesterday' } })).toEqual([
      'query unit enum: must be equal to one of the allowed values',
      'query since format: must match format "date-time"',
    ]);
  });

  it('marks an empty required value (blanks included), by the rule of missingRequired', () => {
    expect(found({ path: { workspaceId: '  ' } })).toEqual([
      'path workspaceId required: ',
      'path workspaceId pattern: must match pattern "^[0-9a-z]+$"',
    ]);
  });

  it('speaks the reader language', async () => {
    const french = createParamChecker({ localize: await loadLocalize('fr') });
    expect(french(parameters, values({ path: { workspaceId: 'Nope' } }))[0].message).toBe(
      'doit correspondre au format "^[0-9a-z]+$"',
    );
  });
});

describe('schemaIssueNames', () => {
  it('names each parameter once, leaving the empty required ones to their own message', () => {
    const issues = check(parameters, values({ path: { workspaceId: '' }, query: { limit: '0.5', unit: 'x' } }));
    expect(schemaIssueNames(issues)).toEqual(['limit', 'unit']);
  });
});
