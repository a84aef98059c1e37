import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../fixtures/cases';
import { phpNowdoc, phpString } from './php';

describe('phpString', () => {
  it.each([
    ['', "''"],
    ["it's", "'it\\'s'"],
    ['$HOME {$x} ${x} "double"', '\'$HOME {$x} ${x} "double"\''],
    ['C:\\dir\\n\\', "'C:\\\\dir\\\\n\\\\'"],
    ['é 漢 😀', "'é 漢 😀'"],
    ['a\nb', '"a\\nb"'],
    ['$x\t"q"\\\r', '"\\$x\\t\\"q\\"\\\\\\r"'],
    ['\x00\x01\x1b\x7f', '"\\x00\\x01\\e\\x7F"'],
  ])('quotes %j as %s', (value, literal) => {
    expect(phpString(value)).toBe(literal);
  });

  it('writes Latin-1 characters as single bytes in latin1 mode', () => {
    expect(phpString('X: café', { latin1: true })).toBe('"X: caf\\xE9"');
    expect(phpString("X: it's", { latin1: true })).toBe("'X: it\\'s'");
  });

  it('never writes a raw newline or control character inside a literal', () => {
    for (const value of HOSTILE_STRINGS) expect(phpString(value)).not.toMatch(/[\x00-\x1f\x7f]/);
  });
});

describe('phpNowdoc', () => {
  it('writes multi-line text literally and avoids a marker found in the text', () => {
    expect(phpNowdoc('{\n  "a": "$x"\n}', 'JSON')).toBe(`<<<'JSON'\n{\n  "a": "$x"\n}\nJSON`);
    expect(phpNowdoc('a\nJSON\n', 'JSON')).toBe(`<<<'JSON_2'\na\nJSON\n\nJSON_2`);
  });

  it('refuses text a nowdoc cannot hold exactly', () => {
    expect(phpNowdoc('a\r\nb')).toBeUndefined();
    expect(phpNowdoc('a\x01b')).toBeUndefined();
  });
});

const php = spawnSync('php', ['-r', 'echo 1;']).status === 0;
if (!php) console.warn('⚠ SKIPPING phpString round trips: php is not installed');

describe.skipIf(!php)('round trip through php', () => {
  /** Runs PHP code that builds `$values` and returns each value's bytes as hex. */
  function phpBytes(literals: string[]): string[] {
    const program = `<?php\n$values = [\n${literals.join(',\n')},\n];\necho implode("\\n", array_map('bin2hex', $values));\n`;
    const out = spawnSync('php', [], { input: program, maxBuffer: 16 * 1024 * 1024 });
    expect(out.stderr.toString()).toBe('');
    return out.stdout.toString().split('\n');
  }

  it('phpString: every hostile string, as UTF-8 bytes (a lone surrogate becomes U+FFFD, as browsers send it)', () => {
    const expected = HOSTILE_STRINGS.map((value) => Buffer.from(value, 'utf8').toString('hex'));
    expect(phpBytes(HOSTILE_STRINGS.map((value) => phpString(value)))).toEqual(expected);
  });

  it('phpString latin1: Latin-1 strings as single bytes', () => {
    const values = HOSTILE_STRINGS.filter((value) => /^[\x00-\xff]*$/.test(value));
    const expected = values.map((value) => Buffer.from(value, 'latin1').toString('hex'));
    expect(phpBytes(values.map((value) => phpString(value, { latin1: true })))).toEqual(expected);
  });

  it('phpNowdoc: every string it accepts', () => {
    const values = HOSTILE_STRINGS.filter((value) => phpNowdoc(value) !== undefined);
    expect(values.length).toBeGreaterThan(30);
    const expected = values.map((value) => Buffer.from(value, 'utf8').toString('hex'));
    expect(phpBytes(values.map((value) => `${phpNowdoc(value, 'JSON')}\n`))).toEqual(expected);
  });
});
