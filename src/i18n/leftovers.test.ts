import { describe, expect, it } from 'vitest';
import { englishSentences, findLeftovers, isEnglish } from './leftovers';

describe('englishSentences', () => {
  it('splits texts into sentences of three words or more, without code, links, placeholders or markup', () => {
    const sentences = englishSentences([
      'The input failed validation; `issues` lists what is wrong.',
      'The request succeeded.',
      'Send **your key** with [the header](https://example.com) to {host}.\nOK',
      'Request body',
    ]);
    expect([...sentences]).toEqual([
      'The input failed validation',
      'lists what is wrong',
      'The request succeeded',
      'Send your key with the header to',
    ]);
  });
});

describe('isEnglish', () => {
  it('tells English from the page language in blocks long enough to judge', () => {
    expect(isEnglish('The key is unknown or revoked, or its owner may not access this resource.', 'fr')).toBe(true);
    expect(isEnglish("La clé est inconnue ou révoquée, ou son propriétaire n'a pas accès à cette ressource.", 'fr')).toBe(false);
    expect(isEnglish('Der Schlüssel ist unbekannt oder widerrufen, oder sein Inhaber darf nicht zugreifen.', 'de')).toBe(false);
    expect(isEnglish('The server failed while handling the request.', 'de')).toBe(true);
    expect(isEnglish('La clave es desconocida o fue revocada.', 'es')).toBe(false);
    expect(isEnglish('Kunci tidak dikenal atau sudah dicabut, atau pemiliknya tidak boleh mengakses.', 'id')).toBe(false);
  });

  it('in Japanese and Chinese pages, reads a Latin-script sentence as English and the page script as not', () => {
    expect(isEnglish('The server failed while handling the request.', 'ja')).toBe(true);
    expect(isEnglish('The server failed while handling the request.', 'zh-Hans')).toBe(true);
    // Latin identifiers outnumbering the Japanese characters do not make the sentence English.
    expect(isEnglish('startAtからendAtまでのpageviews、uniqueVisitors、totalTime、bouncesを返します。', 'ja')).toBe(false);
    expect(isEnglish('キーが不明か失効しているか、キーの所有者がこのリソースにアクセスできません。', 'ja')).toBe(false);
    expect(isEnglish('密钥未知或已被吊销，或其所有者无权访问此资源。', 'zh-Hans')).toBe(false);
  });

  it('does not take a short block dense with names and loanwords for English', () => {
    expect(isEnglish('Details des aktiven Abonnements', 'de')).toBe(false);
    expect(isEnglish('Ejemplo con JavaScript/Node.js', 'es')).toBe(false);
    expect(isEnglish('Jumlah event per sumber telemetri', 'id')).toBe(false);
    expect(isEnglish('Header Authorization tidak dikirim', 'id')).toBe(false);
    expect(isEnglish('📄️Jumlah event sumber telemetri', 'id')).toBe(false); // the icon is not text
    expect(isEnglish('Event counts per telemetry source, by day', 'id')).toBe(true);
  });

  it('leaves short blocks (names, labels) alone', () => {
    expect(isEnglish('JavaScript (fetch)', 'fr')).toBe(false);
    expect(isEnglish('Tianji Open API', 'ja')).toBe(false);
    expect(isEnglish('JavaScript (axios)', 'zh-Hans')).toBe(false);
  });

  it('refuses a locale it has no language for', () => {
    expect(() => isEnglish('text', 'xx')).toThrow(/xx/);
  });
});

describe('findLeftovers', () => {
  const sentences = englishSentences(['The request succeeded.', 'Send it now.']);
  it('reports dictionary sentences anywhere and English main-content blocks', () => {
    const found = findLeftovers(
      [
        { text: '200 The request succeeded.', main: true },
        { text: 'This block is plainly written in English and no dictionary knows it.', main: true },
        { text: 'This navigation block is English as well, but it sits outside the main content.', main: false },
        { text: 'La requête a abouti, et tout le reste de ce bloc est en français.', main: true },
      ],
      'fr',
      sentences,
    );
    expect(found).toEqual([
      { kind: 'dictionary', text: 'The request succeeded' },
      { kind: 'language', text: 'This block is plainly written in English and no dictionary knows it.' },
    ]);
  });

  it('matches whole words only', () => {
    expect(findLeftovers([{ text: 'XThe request succeededY', main: false }], 'fr', sentences)).toEqual([]);
  });
});
