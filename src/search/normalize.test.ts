import { describe, expect, it } from 'vitest';
import { foldKana, foldWidth, glossaryGroups, lexiconOf, rewriter, rewriterOf } from './normalize';
import { LOCALES } from '../i18n/locales';

describe('foldWidth and foldKana', () => {
  it('turns full-width Latin and digits into ASCII and half-width kana into full width', () => {
    expect(foldWidth('ＡＰＩキー１２３')).toBe('APIキー123');
    expect(foldWidth('ｳｪﾌﾞｻｲﾄ')).toBe('ウェブサイト');
  });
  it('writes ヴ sounds with ブ', () => {
    expect(foldKana('サーヴァー')).toBe('サーバー');
    expect(foldKana('ヴィジター ヴ')).toBe('ビジター ブ');
  });
});

describe('rewrite (the query side)', () => {
  it('ja: variants become the pages’ forms, widths and ヴ folded, longer words kept', () => {
    const ja = rewriterOf('ja');
    expect(ja.rewrite('ウェブサイト')).toBe('Webサイト');
    expect(ja.rewrite('ｳｪﾌﾞｻｲﾄを削除')).toBe('Webサイトを削除');
    expect(ja.rewrite('ウェブ')).toBe('Web');
    expect(ja.rewrite('ログイン')).toBe('サインイン');
    expect(ja.rewrite('メンバー 招待')).toBe('メンバー 追加');
    expect(ja.rewrite('アンケート 結果')).toBe('アンケート 回答');
    expect(ja.rewrite('アンケートの結果')).toBe('アンケート 回答');
    expect(ja.rewrite('ジョブの結果')).toBe('ジョブの結果');
    // From the glossary: the long vowel the pages write.
    expect(ja.rewrite('サーバ モニタ')).toBe('サーバー モニター');
    expect(ja.rewrite('パラメーター')).toBe('パラメーター');
    expect(ja.rewrite('ＡＰＩ キー')).toBe('APIキー');
  });
  it('Latin scripts: whole words, any case, never inside a path or an id', () => {
    expect(rewriterOf('de').rewrite('Webseite löschen')).toBe('Website löschen');
    expect(rewriterOf('de').rewrite('Umfrage Ergebnisse')).toBe('Umfrageantworten');
    expect(rewriterOf('de').rewrite('WEBSEITEN')).toBe('Website');
    expect(rewriterOf('en').rewrite('Login with a token')).toBe('sign in with a token');
    expect(rewriterOf('en').rewrite('log   in')).toBe('sign in');
    expect(rewriterOf('en').rewrite('/login user-login loginWithToken')).toBe('/login user-login loginWithToken');
    expect(rewriterOf('en').rewrite('survey results')).toBe('survey responses');
    expect(rewriterOf('fr').rewrite('résultats du sondage')).toBe('réponses du sondage');
  });
  it('zh-Hans: variants anywhere in the text', () => {
    expect(rewriterOf('zh-Hans').rewrite('调查结果')).toBe('调查回复');
    expect(rewriterOf('zh-Hans').rewrite('任务结果')).toBe('任务结果');
    expect(rewriterOf('zh-Hans').rewrite('邀请成员')).toBe('添加成员');
  });
  it('a locale without a lexicon only folds', () => {
    expect(rewriterOf('xx').rewrite('ＡＢＣ')).toBe('ABC');
  });
});

describe('additions (the index side)', () => {
  it('adds the pages’ form of each variant a page holds, once, unless the page has it already', () => {
    const ja = rewriterOf('ja');
    expect(ja.additions('ウェブサイトの訪問者とウェブサイトの一覧')).toEqual(['Webサイト']);
    expect(ja.additions('Webサイトとウェブサイト')).toEqual([]);
    expect(ja.additions('ﾓﾆﾀｰとヴィジター')).toEqual(['モニター', 'ビジター']);
    expect(rewriterOf('de').additions('Die Webseite des Kunden')).toEqual(['Website']);
    expect(rewriterOf('en').additions('Call /login as user-login')).toEqual([]);
  });
  it('makes a variant query and a page holding another variant meet', () => {
    const de = rewriterOf('de');
    const page = 'Gibt die Web-Seite zurück';
    const indexed = `${page} ${de.additions(page).join(' ')}`;
    expect(indexed.toLowerCase()).toContain(de.rewrite('Homepage').toLowerCase());
  });
});

describe('the lexicons', () => {
  it('every locale has one, with a stop-word list, and no form in two groups', () => {
    for (const locale of LOCALES) {
      const lex = lexiconOf(locale);
      expect(lex.stopWords.length, locale).toBeGreaterThan(5);
      const seen = new Map<string, string>();
      for (const group of lex.synonyms)
        for (const form of group) {
          const k = form.normalize('NFKC').toLowerCase();
          expect(seen.get(k) ?? group[0], `${locale}: ${form} in two groups`).toBe(group[0]);
          seen.set(k, group[0]);
        }
    }
  });
  it('takes only single-term spellings from a glossary', () => {
    expect(
      glossaryGroups([
        { en: 'parameter', use: 'パラメーター', avoid: ['パラメータ'] },
        { en: 'create', use: '作成', avoid: ['ワークスペースを追加', '新規追加'] },
        { en: 'x', use: '指定した国からの訪問者だけ', avoid: ['結果を絞り込みます'] },
      ]),
    ).toEqual([
      ['パラメーター', 'パラメータ'],
      ['作成', '新規追加'],
    ]);
  });
  it('an empty lexicon rewrites nothing', () => {
    expect(rewriter({ synonyms: [], stopWords: [] }).additions('ウェブ')).toEqual([]);
  });
});
