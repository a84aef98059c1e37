import { describe, expect, it } from 'vitest';
import { buildChangelog } from './changelog';
import { O, R, op, versionRecord } from './fixtures';
import type { OperationFacts } from './facts';

const v = (version: string, date: string, operations: Record<string, OperationFacts>) =>
  versionRecord(version, operations, date);

describe('buildChangelog', () => {
  const changelog = buildChangelog([
    v('v1', '2024-01-01', { a: op({ response: { $: R('object'), '$.n': R('string') } }), b: op({ path: '/b' }) }),
    v('v2', '2024-02-01', {
      a: op({ response: { $: R('object'), '$.n': R('string'), '$.extra': O('string') } }),
      c: op({ path: '/c' }),
    }),
    v('v3', '2024-03-01', {
      a: op({ path: '/a', parameters: { 'query:q': R('string') }, response: { $: R('object'), '$.n': R('string') } }),
      c: op({ path: '/c' }),
    }),
  ]);

  it('lists versions newest first, the oldest as the baseline', () => {
    expect(changelog.map((e) => [e.version, e.previous, e.operationCount])).toEqual([
      ['v3', 'v2', 2],
      ['v2', 'v1', 2],
      ['v1', undefined, 2],
    ]);
    expect(changelog[2]).toMatchObject({ added: [], removed: [], changed: [], breakingCount: 0 });
  });

  it('lists operations added, removed and changed, and counts breaking changes by the rule', () => {
    const v2 = changelog[1]!;
    expect(v2.added).toEqual([{ id: 'c', method: 'get', path: '/c' }]);
    expect(v2.removed).toEqual([{ id: 'b', method: 'get', path: '/b' }]);
    expect(v2.changed).toMatchObject([{ id: 'a', breaking: false, changes: [{ key: '$.extra', kind: 'added' }] }]);
    expect(v2.breakingCount).toBe(1);

    const v3 = changelog[0]!;
    expect(v3.changed).toHaveLength(1);
    expect(v3.changed[0]).toMatchObject({ id: 'a', path: '/a', movedFrom: 'get /x', breaking: true });
    expect(v3.changed[0]!.changes.map((c) => [c.section, c.key, c.kind, c.breaking])).toEqual([
      ['parameters', 'query:q', 'added', true],
      ['response', '$.extra', 'removed', true],
    ]);
    expect(v3.breakingCount).toBe(3);
  });
});
