import { describe, expect, it } from 'vitest';
import { constraintWords, englishTemplates, fillMessage, schemaConstraints } from './constraints';

const words = (schema: unknown) => constraintWords(schemaConstraints(schema), englishTemplates);

describe('schemaConstraints in words', () => {
  it.each([
    [{ minLength: 1, maxLength: 100 }, ['1 to 100 characters']],
    [{ minLength: 4, maxLength: 4 }, ['exactly 4 characters']],
    [{ minLength: 1 }, ['not empty']],
    [{ minLength: 4 }, ['at least 4 characters']],
    [{ maxLength: 500 }, ['at most 500 characters']],
    [{ minimum: 0 }, ['at least 0']],
    [{ minimum: 5, maximum: 10000, default: 20 }, ['from 5 to 10000', 'default: 20']],
    [{ exclusiveMinimum: 0, maximum: 10 }, ['at most 10', 'more than 0']],
    [{ minItems: 1, uniqueItems: true }, ['at least one item', 'no item twice']],
    [{ minItems: 2, maxItems: 5 }, ['2 to 5 items']],
    [{ type: 'string', pattern: '^[0-9a-z]+$' }, ['lowercase letters (a–z) and digits only']],
    [{ pattern: '^id.*' }, ['pattern: ^id.*']],
    [{ pattern: 'x'.repeat(61) }, []],
    [{ default: 'English.' }, ['default: "English."']],
    [{ default: false }, ['default: false']],
    [{ minimum: -9007199254740991, maximum: 9007199254740991 }, []],
    [{ enum: ['a', 'b'], format: 'date-time' }, []],
    [undefined, []],
  ])('%j → %j', (schema, expected) => {
    expect(words(schema)).toEqual(expected);
  });

  it('fills a translated template, keeping an unknown placeholder as written', () => {
    expect(fillMessage('{min}〜{max}文字', { min: '1', max: '100' })).toBe('1〜100文字');
    expect(fillMessage('{min} {other}', { min: '1' })).toBe('1 {other}');
  });
});
