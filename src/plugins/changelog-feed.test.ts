// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeWords } from '../markdown-pages/changelog';
import { VERSIONS } from '../history/changelog-fixtures';
import { changelogAtom, releaseDate } from './changelog-feed';

const code = (locale: string) =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../i18n/${locale}/code.json`), 'utf8'));

/** Parses Atom as XML (a parse error is a document with a <parsererror>). */
function parseAtom(xml: string) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const ATOM = 'http://www.w3.org/2005/Atom';
  const feed = doc.documentElement;
  expect([feed.namespaceURI, feed.localName]).toEqual([ATOM, 'feed']);
  const entries = Array.from(feed.getElementsByTagNameNS(ATOM, 'entry')).map((entry) => ({
    title: entry.getElementsByTagNameNS(ATOM, 'title')[0]?.textContent,
    id: entry.getElementsByTagNameNS(ATOM, 'id')[0]?.textContent,
    link: entry.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href'),
    updated: entry.getElementsByTagNameNS(ATOM, 'updated')[0]?.textContent,
    summary: entry.getElementsByTagNameNS(ATOM, 'summary')[0]?.textContent,
  }));
  const title = Array.from(feed.children).find((c) => c.localName === 'title')?.textContent;
  return { title, entries };
}

describe('the changelog’s Atom feed', () => {
  const site = {
    title: 'Tianji Open APIの変更履歴',
    pageUrl: 'https://d.example.com/ja/changelog',
    feedUrl: 'https://d.example.com/ja/changelog.xml',
    language: 'ja',
  };
  const xml = changelogAtom(VERSIONS, site, codeWords(code('ja'), code('en')));

  it('parses as Atom, one entry per release newest first, linking to its section, dated by its release day', () => {
    const feed = parseAtom(xml);
    expect(feed.title).toBe('Tianji Open APIの変更履歴');
    expect(feed.entries.map((e) => [e.title, e.link, e.updated])).toEqual([
      ['v1.1.0', 'https://d.example.com/ja/changelog#v1.1.0', '2024-02-01T12:00:00.000Z'],
      ['v1.0.0', 'https://d.example.com/ja/changelog#v1.0.0', '2024-01-01T12:00:00.000Z'],
    ]);
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(2);
  });

  it('sums each release up in the locale’s words', () => {
    const [newest, oldest] = parseAtom(xml).entries;
    expect(newest.summary).toBe('追加されたオペレーション：1、削除：1、変更：1。互換性のない変更：2。');
    expect(oldest.summary).toContain('記録にある最も古いリリース');
  });

  it('reads a release day as that day everywhere', () => {
    expect(releaseDate('2026-05-19').toISOString()).toBe('2026-05-19T12:00:00.000Z');
  });
});
