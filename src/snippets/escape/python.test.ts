import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../fixtures/cases';
import { pyString, pyStringLines } from './python';

describe('pyString', () => {
  it.each([
    ['', "''"],
    ["it's", "'it\\'s'"],
    ['"double" {x} %s $HOME', '\'"double" {x} %s $HOME\''],
    ['C:\\dir\\', "'C:\\\\dir\\\\'"],
    ['a\nb\r\tc', "'a\\nb\\r\\tc'"],
    ['\x00\x1b\x7f\u0085', "'\\x00\\x1b\\x7f\\x85'"],
    ['é 漢 😀', "'é 漢 😀'"],
  ])('quotes %j as %s', (value, literal) => {
    expect(pyString(value)).toBe(literal);
  });

  it('splits multi-line text into one literal per line', () => {
    expect(pyStringLines('{\n  "a": 1\n}\n')).toEqual(["'{\\n'", '\'  "a": 1\\n\'', "'}\\n'"]);
    expect(pyStringLines('')).toEqual(["''"]);
  });

  it('never writes a raw line break in a literal', () => {
    for (const value of HOSTILE_STRINGS) expect(pyString(value)).not.toMatch(/[\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85]/);
  });

  const python = ['python3', '/usr/bin/python3'].find((cmd) => spawnSync(cmd, ['-c', 'pass']).status === 0);
  if (!python) console.warn('⚠ SKIPPING pyString round trips: python3 is not installed');

  it.skipIf(!python)('round trip through python3 (every hostile string, as one literal and as lines)', () => {
    const literals = HOSTILE_STRINGS.flatMap((value) => [
      pyString(value),
      `(\n    ${pyStringLines(value).join('\n    ')}\n)`,
    ]);
    const program = `import json, sys\nvalues = [\n${literals.join(',\n')},\n]\nsys.stdout.write(json.dumps(values))\n`;
    const out = spawnSync(python!, ['-c', program], { maxBuffer: 16 * 1024 * 1024 });
    expect(out.stderr.toString()).toBe('');
    expect(JSON.parse(out.stdout.toString('utf8'))).toEqual(HOSTILE_STRINGS.flatMap((value) => [value, value]));
  });
});
