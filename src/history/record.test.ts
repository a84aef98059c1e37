import { describe, expect, it } from 'vitest';
import type { OperationFacts } from './facts';
import {
  appendVersion,
  buildHistory,
  decodeFact,
  decodeHistory,
  encodeFact,
  historyText,
  type VersionRecord,
} from './record';

const a: OperationFacts = {
  method: 'get',
  path: '/a/{id}',
  parameters: { 'path:id': { type: 'string', required: true } },
  request: {},
  response: { $: { type: 'object', required: true }, '$.n': { type: 'number|null', required: false } },
};
const b: OperationFacts = {
  method: 'post',
  path: '/b',
  parameters: {},
  request: { $: { type: 'object', required: false } },
  response: {},
};

const records: VersionRecord[] = [
  { version: 'v1.0.0', date: '2024-01-01', operations: { a, b } },
  { version: 'v1.1.0', date: '2024-02-01', operations: { a } },
  { version: 'v1.2.0', date: '2024-03-01', operations: { a: { ...a, path: '/a2/{id}' }, b } },
];

describe('history record', () => {
  it('writes required-ness as a trailing ?', () => {
    expect(encodeFact({ type: 'string|null', required: false })).toBe('string|null?');
    expect(decodeFact('string|null?')).toEqual({ type: 'string|null', required: false });
    expect(decodeFact('object[]')).toEqual({ type: 'object[]', required: true });
  });

  it('keeps each distinct operation shape once and decodes back to the same facts', () => {
    const history = buildHistory(records);
    expect(history.shapes).toHaveLength(3);
    expect(history.versions.map((v) => v.operations)).toEqual([{ a: 0, b: 1 }, { a: 0 }, { a: 2, b: 1 }]);
    expect(history.shapes[0]).toEqual({
      op: 'get /a/{id}',
      parameters: { 'path:id': 'string' },
      response: { $: 'object', '$.n': 'number|null?' },
    });
    expect(decodeHistory(history)).toEqual(records);
    expect(decodeHistory(JSON.parse(historyText(history)))).toEqual(records);
  });

  it('only appends: earlier versions and shapes keep their numbers, and a version is recorded once', () => {
    const two = buildHistory(records.slice(0, 2));
    const three = appendVersion(two, records[2]!);
    expect(three.shapes.slice(0, two.shapes.length)).toEqual(two.shapes);
    expect(three.versions.slice(0, 2)).toEqual(two.versions);
    expect(() => appendVersion(three, records[0]!)).toThrow(/already holds v1.0.0/);
  });
});
