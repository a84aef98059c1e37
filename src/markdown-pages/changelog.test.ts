import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSIONS } from '../history/changelog-fixtures';
import { changelogMarkdown, codeWords, inlineCode } from './changelog';

const code = (locale: string) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../i18n/${locale}/code.json`), 'utf8'));

describe('the changelog as Markdown', () => {
  it('lists releases newest first, each entry linked to its page and anchor, breaking ones marked, in English', () => {
    const md = changelogMarkdown(VERSIONS, codeWords(code('en'), code('en')), 'https://d.example.com');
    expect(md.indexOf('## v1.1.0')).toBeLessThan(md.indexOf('## v1.0.0'));
    expect(md).toContain('# Changelog');
    expect(md).toContain('> A change is breaking when');
    expect(md).toContain('Released on 2024-02-01');
    expect(md).toContain('**Breaking changes: 2**');
    expect(md).toContain('- [`GET /new` (`site-new`)](https://d.example.com/ja/docs/api/site-new)');
    expect(md).toContain('- `GET /old` (`site-old`) **Breaking**');
    expect(md).toContain(
      '  - [Parameter `tag` (`query`) is now required](https://d.example.com/ja/docs/api/site-add#param.query.tag) **Breaking**',
    );
    expect(md).toContain('  - Response field `list[].id` added (`string`)\n');
    expect(md).toContain('The oldest recorded release, with 2 operations');
  });

  it('speaks the locale’s words (Japanese), every placeholder filled in', () => {
    const md = changelogMarkdown(VERSIONS, codeWords(code('ja'), code('en')), 'https://d.example.com');
    expect(md).toContain('# 変更履歴');
    expect(md).toContain('### 変更されたオペレーション');
    expect(md).toContain('パラメーター`tag`（`query`）が必須に変更');
    expect(md).not.toMatch(/\{\w+\}/);
  });

  it('fails on a message neither the locale nor English has', () => {
    expect(() => codeWords({}, {})('changelog.title')).toThrow(/changelog.title/);
  });

  it('writes literal text as inline code, whatever backticks it holds', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x')).toBe('`` `x ``');
  });
});
