import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../fixtures/cases';
import { shellQuote } from './shell';

describe('shellQuote', () => {
  it.each([
    ['', "''"],
    ['plain', "'plain'"],
    ["it's", "'it'\\''s'"],
    ["'", "\\'"],
    ['$HOME $(id) `id` ${x} !', "'$HOME $(id) `id` ${x} !'"],
    ['C:\\dir\\n', "'C:\\dir\\n'"],
    ['a\nb', "'a\nb'"],
    ['a\tb', "'a'$'\\t''b'"],
    ['a\r\nb', "'a'$'\\r''\nb'"],
    ['\x01\x7f', "$'\\x01\\x7f'"],
    ['é 😀', "'é 😀'"],
  ])('quotes %j as %s', (value, literal) => {
    expect(shellQuote(value)).toBe(literal);
  });

  it('writes Latin-1 characters as single bytes in latin1 mode', () => {
    expect(shellQuote('café', { latin1: true })).toBe("'caf'$'\\xe9'");
    expect(shellQuote('café')).toBe("'café'");
  });

  it('never uses double quotes or leaves text unquoted', () => {
    for (const value of HOSTILE_STRINGS) {
      const literal = shellQuote(value);
      expect(literal).not.toMatch(/^"|[^\\]"$/);
      expect(literal.startsWith("'") || literal.startsWith("$'") || literal.startsWith("\\'")).toBe(true);
    }
  });

  // stdin not a socket, --norc: otherwise bash may read ~/.bashrc (it takes a socket for a remote shell).
  const runBash = (script: string) =>
    spawnSync('bash', ['--norc', '--noprofile', '-c', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  const bash = runBash('true').status === 0;
  if (!bash) console.warn('⚠ SKIPPING shellQuote round trips: bash is not installed');

  describe.skipIf(!bash)('round trip through bash', () => {
    // A shell argument cannot hold NUL: the one string bash cannot take.
    const values = HOSTILE_STRINGS.filter((value) => !value.includes('\0'));

    it.each(values.map((value) => [value.slice(0, 40), value]))('%j', (_, value) => {
      const out = runBash(`printf %s ${shellQuote(value)}`);
      expect(out.stderr.toString()).toBe('');
      expect(out.stdout.equals(Buffer.from(value, 'utf8'))).toBe(true);
    });

    it.each(['café ñ ÿ', 'a\tb', "it's $HOME \u0085\u00a0"])('latin1 %j', (value) => {
      const out = runBash(`printf %s ${shellQuote(value, { latin1: true })}`);
      expect(out.stdout.equals(Buffer.from(value, 'latin1'))).toBe(true);
    });
  });
});
