import { describe, expect, it } from 'vitest';
import { compareReleases, extendHistory, releaseNumber } from './extend';
import { buildHistory, decodeHistory } from './record';
import { extractFacts } from './facts';

const doc = (version: string | undefined, ids: string[]) => ({
  openapi: '3.1.0',
  info: version === undefined ? { title: 't' } : { title: 't', version },
  paths: Object.fromEntries(
    ids.map((id) => [`/${id}`, { get: { operationId: id, responses: { '200': { description: 'ok' } } } }]),
  ),
});

const base = buildHistory([
  { version: 'v1.9.0', date: '2024-01-01', operations: extractFacts(doc('v1.9.0', ['a'])) },
  { version: 'v1.10.0', date: '2024-02-01', operations: extractFacts(doc('v1.10.0', ['a', 'b'])) },
]);

describe('extendHistory', () => {
  it('appends a newer release (in release order, not string order) with its facts and the given date', () => {
    const outcome = extendHistory(base, doc('1.10.1', ['b', 'c']), '2024-03-01');
    expect(outcome.kind).toBe('appended');
    if (outcome.kind !== 'appended') return;
    expect(outcome.version).toBe('v1.10.1');
    const records = decodeHistory(outcome.history);
    expect(records.map((r) => [r.version, r.date, Object.keys(r.operations)])).toEqual([
      ['v1.9.0', '2024-01-01', ['a']],
      ['v1.10.0', '2024-02-01', ['a', 'b']],
      ['v1.10.1', '2024-03-01', ['b', 'c']],
    ]);
    expect(outcome.history.shapes.slice(0, base.shapes.length)).toEqual(base.shapes);
  });

  it('leaves the history as it is for a version it holds, an older one, or no release number', () => {
    expect(extendHistory(base, doc('v1.10.0', ['a', 'b']), '2024-03-01')).toEqual({
      kind: 'recorded',
      version: 'v1.10.0',
    });
    expect(extendHistory(base, doc('v1.10.0', ['a']), '2024-03-01')).toEqual({ kind: 'differs', version: 'v1.10.0' });
    expect(extendHistory(base, doc('v1.9.5', ['a']), '2024-03-01')).toEqual({
      kind: 'older',
      version: 'v1.9.5',
      newest: 'v1.10.0',
    });
    expect(extendHistory(base, doc(undefined, ['a']), '2024-03-01')).toEqual({ kind: 'unversioned' });
    expect(extendHistory(base, doc('nightly', ['a']), '2024-03-01')).toEqual({
      kind: 'unversioned',
      version: 'nightly',
    });
  });

  it('reads release numbers', () => {
    expect(releaseNumber('v1.30.25')).toEqual([1, 30, 25]);
    expect(releaseNumber('1.2.3')).toEqual([1, 2, 3]);
    expect(releaseNumber('1.2')).toBeUndefined();
    expect(compareReleases('v1.9.3', 'v1.11.4')).toBeLessThan(0);
    expect(compareReleases('v1.30.10', 'v1.30.5')).toBeGreaterThan(0);
  });
});
