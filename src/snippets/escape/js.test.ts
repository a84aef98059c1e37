import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../fixtures/cases';
import { jsString, jsTemplate, jsValue } from './js';

/** Evaluates a literal as JavaScript source (the literal is ours: the point is to check it). */
const evaluate = (literal: string): unknown => new Function(`"use strict"; return ${literal};`)();

describe('jsString', () => {
  it.each([
    ['', "''"],
    ["it's", "'it\\'s'"],
    ['"double" `back` ${x} $HOME', '\'"double" `back` ${x} $HOME\''],
    ['C:\\dir', "'C:\\\\dir'"],
    ['a\nb\r\tc', "'a\\nb\\r\\tc'"],
    ['\x00\x01\x7f', "'\\x00\\x01\\x7f'"],
    ['\u2028\u2029', "'\\u2028\\u2029'"],
    ['é 漢 😀', "'é 漢 😀'"],
    ['\ud800', "'\\ud800'"],
  ])('quotes %j as %s', (value, literal) => {
    expect(jsString(value)).toBe(literal);
  });

  it.each(HOSTILE_STRINGS.map((value) => [value.slice(0, 40), value]))('round trip %j', (_, value) => {
    const literal = jsString(value);
    expect(evaluate(literal)).toBe(value);
    expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
  });
});

describe('jsTemplate', () => {
  it.each([
    ['', '``'],
    ['a\nb', '`a\nb`'],
    ['`${x}` $HOME $ {', '`\\`\\${x}\\` $HOME $ {`'],
    ['a\r\nb', '`a\\r\nb`'],
    ['C:\\n', '`C:\\\\n`'],
  ])('quotes %j as %s', (value, literal) => {
    expect(jsTemplate(value)).toBe(literal);
  });

  it.each(HOSTILE_STRINGS.map((value) => [value.slice(0, 40), value]))('round trip %j', (_, value) => {
    const literal = jsTemplate(value);
    expect(evaluate(literal)).toBe(value);
    expect(literal).not.toMatch(/[\r\u2028\u2029]/);
    expect(literal.slice(1, -1)).not.toMatch(/(^|[^\\])(\\\\)*\$\{/); // no live substitution
  });
});

describe('jsValue', () => {
  it('writes objects and arrays indented, keys unquoted where they can be', () => {
    expect(jsValue({ name: "it's", 'a-b': [1, true, null], empty: {}, none: [] })).toBe(
      `{\n  name: 'it\\'s',\n  'a-b': [\n    1,\n    true,\n    null,\n  ],\n  empty: {},\n  none: [],\n}`,
    );
  });

  it.each([
    ['hostile strings and keys', Object.fromEntries(HOSTILE_STRINGS.map((s, i) => [s, [s, i]]))],
    ['__proto__ as an own property', JSON.parse('{"__proto__": {"x": 1}, "constructor": 2}') as unknown],
    ['numbers', JSON.parse('[0, -0, 1e21, -1.5e-7, 9007199254740993, 0.1]') as unknown],
    ['nesting', { a: [{ b: [[], {}] }], '': '' }],
  ])('round trip: %s', (_, value) => {
    const literal = jsValue(value);
    expect(JSON.stringify(evaluate(literal))).toBe(JSON.stringify(value));
    expect(Object.keys(evaluate(literal) as object)).toEqual(Object.keys(value as object));
  });
});
