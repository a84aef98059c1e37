import { describe, expect, it } from 'vitest';
import {
  escapePointerToken,
  isJsonMediaType,
  isPlainObject,
  pointerKeys,
  pointerOf,
  resolvePointer,
  unescapePointerToken,
} from './json';

describe('isPlainObject', () => {
  it('is true for objects only, not null or arrays', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject({ a: 1 })).toBe(true);
    expect(isPlainObject(null)).toBe(false);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject('x')).toBe(false);
    expect(isPlainObject(undefined)).toBe(false);
  });
});

describe('isJsonMediaType', () => {
  it('counts application/json, text/json and +json suffixes, with parameters and in any case', () => {
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON',
      'text/json',
      'application/problem+json',
      'application/vnd.api+json;ext=x',
    ]) {
      expect(isJsonMediaType(type), type).toBe(true);
    }
  });
  it('does not count streams of JSON documents, other types or nothing', () => {
    for (const type of [
      'application/jsonl',
      'application/x-ndjson',
      'application/json-seq',
      'application/jsonp',
      'text/plain',
      'text/html; note=json',
      'application/x-www-form-urlencoded',
      '',
      undefined,
    ]) {
      expect(isJsonMediaType(type), String(type)).toBe(false);
    }
  });
});

describe('JSON pointers', () => {
  it('escapes and unescapes reference tokens (~ before /, so `~01` stays `~1`)', () => {
    expect(escapePointerToken('a/b~c')).toBe('a~1b~0c');
    expect(unescapePointerToken('a~1b~0c')).toBe('a/b~c');
    expect(unescapePointerToken('~01')).toBe('~1');
    for (const key of ['', '/', '~', '~1', '/paths/{id}', 'a~0b']) {
      expect(unescapePointerToken(escapePointerToken(key))).toBe(key);
    }
  });
  it('writes the pointer of a key path and reads it back', () => {
    expect(pointerOf([])).toBe('');
    expect(pointerOf(['paths', '/pets/{id}', 'get'])).toBe('/paths/~1pets~1{id}/get');
    expect(pointerKeys('/paths/~1pets~1{id}/get')).toEqual(['paths', '/pets/{id}', 'get']);
    expect(pointerKeys('')).toEqual([]);
    expect(pointerKeys('/')).toEqual(['']);
  });
  it('reads URI fragments percent-decoded, and refuses what is no pointer', () => {
    expect(pointerKeys('#/paths/~1a~1%7Bid%7D')).toEqual(['paths', '/a/{id}']);
    expect(pointerKeys('#')).toEqual([]);
    expect(pointerKeys('a')).toBeUndefined();
    expect(pointerKeys('#a')).toBeUndefined();
    expect(pointerKeys('#/%E0%A4%A')).toBeUndefined();
  });
  it('follows a pointer only where it leads: own properties, canonical array indexes', () => {
    const doc = { a: [{ id: 'x' }], 'a/b': { '~c': 1 }, '': 'empty key' };
    expect(resolvePointer(doc, '')).toBe(doc);
    expect(resolvePointer(doc, '/a/0/id')).toBe('x');
    expect(resolvePointer(doc, '#/a/0/id')).toBe('x');
    expect(resolvePointer(doc, '/a~1b/~0c')).toBe(1);
    expect(resolvePointer(doc, '/')).toBe('empty key');
    expect(resolvePointer(doc, '/a/01/id')).toBeUndefined();
    expect(resolvePointer(doc, '/a/-')).toBeUndefined();
    expect(resolvePointer(doc, '/a/length')).toBeUndefined();
    expect(resolvePointer(doc, '/toString')).toBeUndefined();
    expect(resolvePointer(doc, '/constructor')).toBeUndefined();
    expect(resolvePointer(doc, '/missing/deeper')).toBeUndefined();
    expect(resolvePointer(doc, 'a')).toBeUndefined();
  });
});
