import { describe, expect, it } from 'vitest';
import { schemaTypeLabel } from './labels';

describe('schemaTypeLabel', () => {
  it.each([
    [{ type: 'string' }, 'string'],
    [{ type: 'integer', format: 'int64' }, 'integer (int64)'],
    [{ anyOf: [{ type: 'string' }, { type: 'null' }] }, 'string | null'],
    [{ type: 'array', items: { type: 'object', properties: {} } }, 'array<object>'],
    [{ type: ['number', 'null'] }, 'number | null'],
    [{ properties: { a: {} } }, 'object'],
    [
      {
        oneOf: [
          { title: 'Webhook', type: 'object' },
          { title: 'Email', properties: {} },
        ],
      },
      'Webhook | Email',
    ],
    [{ anyOf: [{ title: 'Name', type: 'string' }, { type: 'null' }] }, 'string | null'],
    ['circular(Node)', 'circular'],
    [undefined, 'any'],
  ])('%j → %s', (schema, label) => {
    expect(schemaTypeLabel(schema)).toBe(label);
  });
});
