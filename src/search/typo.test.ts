import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, speller, vocabularyOf } from './typo';

describe('vocabularyOf', () => {
  it('takes Latin words of three letters or more, lower-cased, the most frequent first', () => {
    expect(
      vocabularyOf(['Remove a monitor', 'monitor-delete /workspace/{workspaceId}', 'notifyFrequency 監視']),
    ).toEqual(['monitor', 'delete', 'notifyfrequency', 'remove', 'workspace', 'workspaceid']);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(editDistance('remvoe', 'remove')).toBe(1);
    expect(editDistance('entferenn', 'entfernen')).toBe(1);
    expect(editDistance('monitr', 'monitor')).toBe(1);
    expect(editDistance('moniter', 'monitor')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('stops past the limit', () => {
    expect(editDistance('abcdefgh', 'zzzzzzzz', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
  it('allows no edit under four letters, one up to seven, two from eight', () => {
    expect([3, 4, 7, 8].map(allowedEdits)).toEqual([0, 1, 1, 2]);
  });
});

describe('speller', () => {
  const s = speller(['monitor', 'remove', 'hapus', 'moniteur', 'notifyfrequency', 'website', 'websites', 'entfernen']);
  it('corrects the misspelt words of a query and keeps the rest', () => {
    expect(s.correct('remvoe a monitor')).toEqual({ query: 'remove a monitor', changed: true });
    expect(s.correct('hapsu monitor').query).toBe('hapus monitor');
    expect(s.correct('supprimer un monituer').query).toBe('supprimer un moniteur');
    expect(s.correct('Monitor entferenn').query).toBe('Monitor entfernen');
    expect(s.correct('notifyFrequncy').query).toBe('notifyfrequency');
    expect(s.correct('notifiFrequenzy').query).toBe('notifyfrequency');
  });
  it('leaves known words, words being typed, short words, paths and other scripts alone', () => {
    expect(s.correct('Monitor')).toEqual({ query: 'Monitor', changed: false });
    expect(s.correct('notifyFr')).toEqual({ query: 'notifyFr', changed: false });
    expect(s.correct('mon xyz')).toEqual({ query: 'mon xyz', changed: false });
    expect(s.correct('website-ad')).toEqual({ query: 'website-ad', changed: false });
    expect(s.correct('モニタ 削除').changed).toBe(false);
    expect(s.suggest('qqqqqqq')).toBeUndefined();
  });
  it('picks the more frequent of two words as close', () => {
    expect(speller(['website', 'websites']).suggest('webiste')).toBe('website');
    expect(speller(['websites', 'website']).suggest('webisten')).toBe('websites');
  });
});
