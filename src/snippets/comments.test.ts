import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGLISH_COMMENTS, oneLine } from './comments';

describe('snippet comments', () => {
  it('keeps a comment on one line', () => {
    expect(oneLine('a\nb \r\n  c\u2028d')).toBe('a b c d');
  });

  it("are the playground's English UI strings (the pages translate them)", () => {
    const code = JSON.parse(fs.readFileSync('i18n/en/code.json', 'utf8')) as Record<string, { message: string }>;
    for (const [name, text] of Object.entries(ENGLISH_COMMENTS))
      expect(code[`playground.snippet.comment.${name}`]?.message, name).toBe(text);
  });
});
