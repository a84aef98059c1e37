import { describe, expect, it } from 'vitest';
import { bodyRangePair, bodyTimeFields, readBodyTimes, setBodyTimes } from './body-times';
import { presetRange } from './time-values';

const schema = {
  type: 'object',
  properties: {
    workspaceId: { type: 'string' },
    startAt: { type: 'number' },
    endAt: { type: 'integer' },
    createdAt: { type: 'string', format: 'date-time' },
    items: { type: 'array' },
  },
};

const body = JSON.stringify({ workspaceId: 'w1', startAt: 1, endAt: 2, items: ['a'] }, null, 2);

describe('bodyTimeFields', () => {
  it('lists the top-level numbers named …At, and nothing for a schema without properties', () => {
    expect(bodyTimeFields(schema)).toEqual(['startAt', 'endAt']);
    expect(bodyTimeFields({ type: 'array' })).toEqual([]);
    expect(bodyTimeFields(undefined)).toEqual([]);
  });

  it('pairs startAt and endAt for the presets, only when both are there', () => {
    expect(bodyRangePair(['startAt', 'endAt'])).toEqual({ start: 'startAt', end: 'endAt' });
    expect(bodyRangePair(['startAt'])).toBeUndefined();
  });
});

describe('readBodyTimes', () => {
  it('reads each field as raw text, absent as empty', () => {
    expect(readBodyTimes(body, ['startAt', 'endAt', 'missingAt'])).toEqual({ startAt: '1', endAt: '2', missingAt: '' });
    expect(readBodyTimes('{"startAt":"soon"}', ['startAt'])).toEqual({ startAt: 'soon' });
  });

  it('reads nothing from a body that is not a JSON object', () => {
    expect(readBodyTimes('{"startAt": 1', ['startAt'])).toBeUndefined();
    expect(readBodyTimes('[1]', ['startAt'])).toBeUndefined();
    expect(readBodyTimes('', ['startAt'])).toBeUndefined();
  });
});

describe('setBodyTimes', () => {
  it('sets a preset range, keeping the other fields, their order and the indentation', () => {
    const range = presetRange('7d', Date.UTC(2026, 11, 8, 3, 0));
    const next = setBodyTimes(body, { startAt: String(range.start), endAt: String(range.end) });
    expect(next).toBe(
      JSON.stringify({ workspaceId: 'w1', startAt: range.start, endAt: range.end, items: ['a'] }, null, 2),
    );
  });

  it('keeps a compact body compact, a tab-indented one tabbed, and a final newline', () => {
    expect(setBodyTimes('{"startAt":1,"a":true}', { startAt: '5' })).toBe('{"startAt":5,"a":true}');
    expect(setBodyTimes('{\n\t"startAt": 1\n}\n', { startAt: '5' })).toBe('{\n\t"startAt": 5\n}\n');
  });

  it('adds a field the body lacks at the end', () => {
    expect(setBodyTimes('{"a":1}', { endAt: '9' })).toBe('{"a":1,"endAt":9}');
  });

  it('writes what is not a JSON number as a string, for the body check to flag', () => {
    expect(setBodyTimes('{"startAt":1}', { startAt: 'tomorrow' })).toBe('{"startAt":"tomorrow"}');
    expect(setBodyTimes('{"startAt":1}', { startAt: '0x10' })).toBe('{"startAt":"0x10"}');
    expect(setBodyTimes('{"startAt":1}', { startAt: '' })).toBe('{"startAt":""}');
  });

  it('leaves a body that is not a JSON object alone', () => {
    for (const text of ['{"startAt": 1,', 'null', '[{"startAt":1}]', '']) {
      expect(setBodyTimes(text, { startAt: '5' })).toBe(text);
    }
  });
});
