import { describe, expect, it } from 'vitest';
import { fieldValues } from './values';

describe('fieldValues', () => {
  it('lists an enum with the meaning of each value, in the enum order, as enforced', () => {
    const schema = {
      type: 'string',
      enum: ['readOnly', 'admin'],
      'x-enumDescriptions': { admin: 'Manages', readOnly: 'Reads' },
    };
    expect(fieldValues(schema)).toEqual({
      enforced: true,
      values: [
        { value: 'readOnly', meaning: 'Reads' },
        { value: 'admin', meaning: 'Manages' },
      ],
    });
  });

  it('keeps a value without meaning, writes non-strings as JSON, and reads through a nullable anyOf', () => {
    const schema = {
      anyOf: [{ type: 'integer', enum: [1, 2], 'x-enumDescriptions': { '1': 'One' } }, { type: 'null' }],
    };
    expect(fieldValues(schema)?.values).toEqual([{ value: '1', meaning: 'One' }, { value: '2' }]);
  });

  it('lists a documented set without enum as not enforced', () => {
    expect(fieldValues({ type: 'string', 'x-enumDescriptions': { tls: 'Certificate', lastPush: 42 } })).toEqual({
      enforced: false,
      values: [{ value: 'tls', meaning: 'Certificate' }],
    });
  });

  it('leaves out fields without values', () => {
    expect(fieldValues({ type: 'string' })).toBeUndefined();
    expect(fieldValues({ type: 'string', enum: [] })).toBeUndefined();
    expect(fieldValues({ type: 'string', enum: ['http'], 'x-enumDescriptions': { http: 'Web' } })?.values).toHaveLength(
      1,
    );
    expect(fieldValues(undefined)).toBeUndefined();
  });
});
