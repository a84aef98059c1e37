import { describe, expect, it } from 'vitest';
import { withWordBreaks } from './word-breaks';

describe('withWordBreaks', () => {
  it('marks the boundaries between Chinese words, and nowhere inside one', () => {
    expect(withWordBreaks('获取网站的当前访客数', 'zh-Hans').split('\u200b')).toEqual([
      '获取',
      '网站',
      '的',
      '当前',
      '访客',
      '数',
    ]);
  });

  it('adds nothing beside spaces and Latin words, and reads the same with the marks removed', () => {
    const label = '为问卷结果进行 AI 分类';
    const marked = withWordBreaks(label, 'zh-Hans');
    expect(marked.replaceAll('\u200b', '')).toBe(label);
    expect(marked).toContain('进行 AI 分类');
  });

  it('leaves other locales alone (Japanese breaks by phrase in CSS)', () => {
    for (const [text, locale] of [
      ['Webサイトの現在の訪問者数を取得', 'ja'],
      ['Get the current visitors', 'en'],
    ]) {
      expect(withWordBreaks(text, locale)).toBe(text);
    }
  });
});
