import { describe, expect, it } from 'vitest';
import { schemaConstraints, schemaTypeLabel } from './labels';

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

describe('schemaConstraints', () => {
  it('lists enum, default and bounds', () => {
    expect(schemaConstraints({ enum: ['a', 'b'], default: 'a', minimum: 1, maxLength: 5 })).toEqual([
      'enum: "a", "b"',
      'default: "a"',
      '≥ 1',
      'maxLength: 5',
    ]);
  });
  it('hides very long patterns', () => {
    expect(schemaConstraints({ pattern: 'x'.repeat(61) })).toEqual([]);
  });
});
