import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogTexts, checkGlossary, checkText, maskLiterals, pageTexts, parseGlossary, type Glossary } from './glossary';
import { LOCALES, DEFAULT_LOCALE } from './locales';

const root = path.resolve(__dirname, '../..');
const glossary = (g: Partial<Glossary>): Glossary => ({ locale: 'xx', terms: [], typography: [], ...g });
const found = (g: Glossary, text: string) => checkText(g, { where: 'here', text }).map((f) => f.excerpt);

describe('maskLiterals', () => {
  it('masks code, URLs, tags, link targets and placeholders, keeping offsets', () => {
    const text = 'Voir `a: b` et https://x.dev/a?b et [lien](/docs/a?b) pour {name} <code>x</code>\n```\nk: v\n```\nfin';
    const masked = maskLiterals(text);
    expect(masked).toHaveLength(text.length);
    for (const literal of ['a: b', 'https://x.dev/a?b', '/docs/a?b', '{name}', '<code>', 'k: v']) expect(masked).not.toContain(literal);
    expect(masked).toContain('Voir ');
    expect(masked).toContain('[lien]');
    expect(masked.endsWith('\nfin')).toBe(true);
  });
});

describe('terms', () => {
  const ja = glossary({
    terms: [
      { en: 'parameter', use: 'パラメーター', avoid: ['パラメータ'] },
      { en: 'body', use: 'ボディ', avoid: ['本文'], allow: ['ページ本文'] },
    ],
  });
  it('reports an avoided form, not the chosen form that holds it', () => {
    expect(found(ja, 'パスパラメータ')).toHaveLength(1);
    expect(found(ja, 'パスパラメーターとクエリパラメーター')).toEqual([]);
  });
  it('lets the allowed longer forms through', () => {
    expect(found(ja, 'ページ本文を変更します')).toEqual([]);
    expect(found(ja, 'リクエストの本文')).toHaveLength(1);
  });
  it('does not look inside literal code', () => {
    expect(found(ja, '`パラメータ` の値')).toEqual([]);
  });
  it('matches Latin forms as whole words only', () => {
    const de = glossary({ terms: [{ en: 'workspace', use: 'Arbeitsbereich', avoid: ['Workspace'] }] });
    expect(found(de, 'Die currentWorkspaceId des Workspace')).toEqual(['…spaceId des Workspace']);
    expect(found(de, 'Die currentWorkspaceId')).toEqual([]);
    const ja = glossary({ terms: [{ en: 'API key', use: 'APIキー', avoid: ['API キー'] }] });
    expect(found(ja, '除いてAPI キーで')).toHaveLength(1); // a Japanese letter is not part of a Latin word
  });
  it('reports overlapping avoided forms of one term once', () => {
    const op = glossary({ terms: [{ en: 'operation', use: 'オペレーション', avoid: ['この操作の', '操作のドキュメント'] }] });
    expect(found(op, 'この操作のドキュメント')).toHaveLength(1);
  });
});

describe('French typography', () => {
  const fr = glossary({ typography: ['fr-space-before-punctuation', 'fr-guillemet-spaces'] });
  it('wants a no-break space before : ; ! ?', () => {
    expect(found(fr, 'Exemple:')).toHaveLength(1);
    expect(found(fr, 'Exemple :')).toHaveLength(1); // a breaking space lets the colon start a line
    expect(found(fr, 'Pourquoi? Parce que; enfin!')).toHaveLength(3);
    expect(found(fr, 'Exemple\u00A0: oui\u202F; non\u202F! vrai\u202F?')).toEqual([]);
  });
  it('leaves code, URLs, times, ids and lone marks alone', () => {
    expect(found(fr, 'Envoyez `Authorization: Bearer` à https://x.dev:8080/a?b=c à 10:30 pour {name}')).toEqual([]);
    expect(found(fr, '?page=2 et les «\u00A0?\u00A0»')).toEqual([]);
  });
  it('wants no-break spaces inside « »', () => {
    expect(found(fr, 'Choisissez «Instance»')).toHaveLength(2);
    expect(found(fr, 'Choisissez « Instance »')).toHaveLength(2);
    expect(found(fr, 'Choisissez «\u00A0Instance\u00A0»')).toEqual([]);
  });
});

describe('Japanese and Chinese typography', () => {
  const cjk = glossary({
    typography: ['cjk-fullwidth-punctuation', 'cjk-fullwidth-brackets', 'cjk-no-space-beside-fullwidth-punctuation'],
  });
  it('wants full-width punctuation and brackets in CJK prose', () => {
    expect(found(cjk, 'タグ:')).toHaveLength(1);
    expect(found(cjk, 'リクエスト履歴 ({count})')).toHaveLength(1);
    expect(found(cjk, '(新しいタブで開く)')).toHaveLength(1);
    expect(found(cjk, 'タグ：リクエスト履歴（{count}）')).toEqual([]);
  });
  it('leaves Latin text, code and quoted marks alone', () => {
    expect(found(cjk, 'Use (GET) at 10:30, ok.')).toEqual([]);
    expect(found(cjk, '`a(b)`、「.」や「..」、（? または #）')).toEqual([]);
  });
  it('wants no space beside full-width punctuation', () => {
    expect(found(cjk, '非公開です。 検索対象外')).toHaveLength(1);
    expect(found(cjk, '非公開です。検索対象外')).toEqual([]);
  });
  it('Japanese: no space between Latin and Japanese; Chinese: a space', () => {
    const ja = glossary({ typography: ['cjk-latin-no-space'] });
    expect(found(ja, 'API キーと 1 件')).toHaveLength(3);
    expect(found(ja, 'APIキーと1件、`code` を')).toEqual([]);
    const zh = glossary({ typography: ['cjk-latin-space'] });
    expect(found(zh, '你的API密钥')).toHaveLength(2);
    expect(found(zh, '你的 API 密钥')).toEqual([]);
  });
});

describe('catalog texts', () => {
  it('reads every string but hashes and the English notes of UI strings', () => {
    const texts = catalogTexts('code.json', {
      a: { message: 'Bonjour', description: 'Greeting on the home page: keep it short' },
    });
    expect(texts).toEqual([{ where: 'code.json#/a/message', text: 'Bonjour' }]);
    const spec = catalogTexts('fr.json', { locale: 'fr', operations: { x: { summary: 'S', description: 'D', _i18n_hash: 'h' } } });
    expect(spec.map((t) => t.text)).toEqual(['S', 'D']);
  });
  it('reads a page body and its title, not its other front matter', () => {
    const texts = pageTexts('p.md', '---\nsidebar_position: 1\ntitle: "Premiers pas"\n---\n# Titre\n');
    expect(texts.map((t) => t.text)).toEqual(['Premiers pas', '# Titre\n']);
  });
});

describe('parseGlossary', () => {
  it('refuses an unknown rule and a term without its forms', () => {
    expect(() => parseGlossary({ locale: 'x', terms: [], typography: ['nope'] }, 'x.json')).toThrow(/unknown typography rule "nope"/);
    expect(() => parseGlossary({ locale: 'x', terms: [{ en: 'a' }], typography: [] }, 'x.json')).toThrow(/"avoid"/);
  });
});

describe("the project's glossaries", () => {
  const load = (locale: string) => {
    const file = path.join(root, 'src/i18n/glossary', `${locale}.json`);
    return parseGlossary(JSON.parse(fs.readFileSync(file, 'utf8')), file);
  };
  const code = (locale: string) =>
    catalogTexts('code.json', JSON.parse(fs.readFileSync(path.join(root, 'i18n', locale, 'code.json'), 'utf8')));

  it('every translated locale has one, and its UI strings follow it', () => {
    for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
      expect(load(locale).locale).toBe(locale);
      expect(checkGlossary(load(locale), code(locale)), locale).toEqual([]);
    }
  });

  it('fails on a variant planted in a real catalog', () => {
    const planted = code('ja').map((t) => (t.where.endsWith('api.params.title/message') ? { ...t, text: 'パラメータ' } : t));
    expect(checkGlossary(load('ja'), planted)).toMatchObject([
      { where: 'code.json#/api.params.title/message', rule: 'term: parameter' },
    ]);
    const french = code('fr').map((t) => (t.where.endsWith('theme.tags.tagsListLabel/message') ? { ...t, text: 'Tags:' } : t));
    expect(checkGlossary(load('fr'), french)).toMatchObject([{ rule: 'fr-space-before-punctuation' }]);
  });
});
