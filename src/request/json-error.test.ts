import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales';
import {
  engineOffset,
  firstJsonMistake,
  JSON_ERROR_KINDS,
  jsonSyntaxError,
  lineAndColumn,
  normalizeNumber,
  type JsonErrorKind,
} from './json-error';

/** The engine's own message for `text` (Node 20's V8, the engine of Chromium too). */
const v8 = (text: string): string => {
  try {
    JSON.parse(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`valid JSON: ${text}`);
};

describe('jsonSyntaxError', () => {
  it('is null for valid JSON', () => {
    for (const text of ['{}', '[]', '0', '-1.5e+3', '"a\\u00e9\\n"', 'null', ' {"a": [1, {"b": true}], "c": null} \n'])
      expect(jsonSyntaxError(text), text).toBeNull();
  });

  const cases: Array<[string, JsonErrorKind, number, number]> = [
    ['', 'empty', 1, 1],
    ['  \n ', 'empty', 2, 2],
    ['{"a": 1', 'unexpected-end', 1, 8],
    ['[1, 2', 'unexpected-end', 1, 6],
    ['{"a": "abc', 'unterminated-string', 1, 7],
    ['{"a": 1,}', 'trailing-comma', 1, 8],
    ['{\n  "a": 1,\n  "b": 2,\n}', 'trailing-comma', 3, 9],
    ['[1, 2,]', 'trailing-comma', 1, 6],
    ['{a: 1}', 'unquoted-key', 1, 2],
    ["{'a': 1}", 'single-quote', 1, 2],
    ['{"a": \'x\'}', 'single-quote', 1, 7],
    ['{"a": “x”}', 'typographic-quote', 1, 7],
    ['{“a”: 1}', 'typographic-quote', 1, 2],
    ['{"a"：1}', 'full-width', 1, 5],
    ['{"a": 1，"b": 2}', 'full-width', 1, 8],
    ['{"a": ０}', 'full-width', 1, 7],
    ['\u3000{}', 'full-width', 1, 1],
    ['{"a": 1}\u3000', 'full-width', 1, 9],
    ['{"a": 1 "b": 2}', 'missing-comma', 1, 9],
    ['[1 2]', 'missing-comma', 1, 4],
    ['{"a" 1}', 'missing-colon', 1, 6],
    ['{"a": 01}', 'invalid-number', 1, 7],
    ['{"a": 1.}', 'invalid-number', 1, 7],
    ['{"a": .5}', 'invalid-number', 1, 7],
    ['{"a": -}', 'invalid-number', 1, 8],
    ['{"a": "x\ny"}', 'control-character', 1, 9],
    ['{"a": "\\q"}', 'bad-escape', 1, 8],
    ['{"a": "\\u12"}', 'bad-escape', 1, 8],
    ['// note\n{}', 'comment', 1, 1],
    ['{"a": 1} // note', 'comment', 1, 10],
    ['{"a": 1}}', 'trailing-content', 1, 9],
    ['{"a": undefined}', 'unexpected-token', 1, 7],
    ['{"a": NaN}', 'unexpected-token', 1, 7],
    ['{"a": tru}', 'unexpected-token', 1, 7],
    ['{"a":: 1}', 'unexpected-token', 1, 6],
    ['{,}', 'unexpected-token', 1, 2],
    ['{"名前": "テスト", x}', 'unquoted-key', 1, 15],
  ];
  it.each(cases)('%j: %s at line %i, column %i', (text, kind, line, column) => {
    expect(jsonSyntaxError(text)).toMatchObject({ kind, line, column });
  });

  it('counts columns in characters, not UTF-16 units, and lines by \\n, \\r\\n and \\r', () => {
    expect(jsonSyntaxError('{"😀": 1,}')).toMatchObject({ kind: 'trailing-comma', line: 1, column: 8 });
    expect(jsonSyntaxError('{\r\n"a": 1\r\n"b": 2}')).toMatchObject({ kind: 'missing-comma', line: 3, column: 1 });
    expect(lineAndColumn('a\rb\nc', 4)).toEqual({ line: 3, column: 1 });
  });

  it('names the character found', () => {
    expect(jsonSyntaxError('{"a": ０}')?.found).toBe('０');
    expect(jsonSyntaxError('{"a": 1')?.found).toBeUndefined();
  });

  it("agrees with V8's position wherever V8's message gives one", () => {
    const positioned = cases.map(([text]) => text).filter((text) => engineOffset(text, v8(text)) !== undefined);
    // The kinds V8 places where the mistake is; for these the scan reports the same character (a bad escape is
    // shown at its backslash, V8 points after it).
    const same = positioned.filter((text) =>
      ['missing-comma', 'missing-colon', 'control-character', 'trailing-content', 'unquoted-key'].includes(
        jsonSyntaxError(text)!.kind,
      ),
    );
    expect(same.length).toBeGreaterThanOrEqual(6);
    for (const text of same)
      expect(jsonSyntaxError(text)!.offset, `${text}: ${v8(text)}`).toBe(engineOffset(text, v8(text)));
  });

  it('the scan accepts what V8 accepts and rejects what it rejects', () => {
    for (const [text] of cases) {
      expect(() => JSON.parse(text)).toThrow();
      expect(firstJsonMistake(text), text).not.toBeNull();
    }
    const values = [
      {},
      [],
      0,
      -0.5,
      1e21,
      'é\n"\u0001😀',
      null,
      true,
      { a: [1, { b: [false, 'x'] }], 'k y': { '': 2 } },
    ];
    for (const v of values)
      for (const indent of [0, 2, '\t']) expect(firstJsonMistake(JSON.stringify(v, null, indent))).toBeNull();
    expect(firstJsonMistake(' \r\n[ 1 ,\t2 ]\n')).toBeNull();
    expect(v8('{"a": 1,}')).toMatch(/^Expected double-quoted property name in JSON at position 8/);
  });
});

describe('engineOffset', () => {
  it("reads V8's position and the line/column form other engines use", () => {
    expect(
      engineOffset('{"a": 1,}', 'Expected double-quoted property name in JSON at position 8 (line 1 column 9)'),
    ).toBe(8);
    expect(engineOffset('{\n"a" 1}', "JSON.parse: expected ':' after property name at line 2 column 5")).toBe(6);
    expect(engineOffset('x', 'Unexpected token \'x\', "x" is not valid JSON')).toBeUndefined();
  });
});

describe('normalizeNumber', () => {
  it('turns full-width digits, signs, point and spaces into ASCII, and says so', () => {
    expect(normalizeNumber('１００')).toEqual({ value: '100', changed: true });
    expect(normalizeNumber('\u3000４２．５\u3000')).toEqual({ value: '42.5', changed: true });
    expect(normalizeNumber('－３')).toEqual({ value: '-3', changed: true });
    expect(normalizeNumber('ー３')).toEqual({ value: '-3', changed: true }); // the long vowel mark an IME types for "-"
    expect(normalizeNumber('\u22123')).toEqual({ value: '-3', changed: true });
    expect(normalizeNumber('１ｅ３')).toEqual({ value: '1e3', changed: true });
  });
  it('leaves ASCII numbers and anything not a number as they are', () => {
    expect(normalizeNumber('100')).toEqual({ value: '100', changed: false });
    expect(normalizeNumber('１，０００')).toEqual({ value: '１，０００', changed: false });
    expect(normalizeNumber('abc')).toEqual({ value: 'abc', changed: false });
    expect(normalizeNumber('')).toEqual({ value: '', changed: false });
  });
});

describe('the messages of each kind', () => {
  const placeholders = (m: string) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
  it('every kind has a message in every locale, with the placeholders of the English one', () => {
    const english = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../i18n/en/code.json'), 'utf8'));
    for (const locale of LOCALES) {
      const messages = JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../i18n/${locale}/code.json`), 'utf8'));
      for (const id of [...JSON_ERROR_KINDS.map((k) => `playground.json.error.${k}`), 'playground.number.normalized']) {
        expect(messages[id]?.message, `${locale} ${id}`).toBeTruthy();
        expect(placeholders(messages[id].message), `${locale} ${id}`).toEqual(placeholders(english[id].message));
      }
    }
  });
});
