import { describe, expect, it } from 'vitest';
import type { OperationData } from '../openapi/types';
import { collectSeeds, saveAnswered, seededRecords } from './records';
import { createMockStore } from './store';

const seeds = new Map([
  ['website', [{ id: 's1', workspaceId: 'home', name: 'Seed' }]],
  ['feedChannel', [{ id: 'c1', workspaceId: 'home' }]],
]);

describe('collectSeeds', () => {
  it('takes the example items with a string id of the first operation listing each collection', () => {
    const op = (id: string) => ({ id }) as OperationData;
    const examples: Record<string, unknown> = {
      a: [{ id: 'x' }, { name: 'no id' }, 'text', { id: 7 }],
      b: [{ id: 'later' }],
      c: { items: [{ id: 'e1' }] },
    };
    const listed = (o: OperationData) => ({ a: 'website', b: 'website', c: 'feedEvent' })[o.id];
    const collected = collectSeeds([op('a'), op('b'), op('c'), op('d')], listed, (o) => examples[o.id]);
    expect([...collected]).toEqual([
      ['website', [{ id: 'x' }]],
      ['feedEvent', [{ id: 'e1' }]],
    ]);
  });
});

describe('seededRecords', () => {
  it('seeds a workspace on first touch, with the records in that workspace', () => {
    const store = createMockStore({ storage: null });
    const records = seededRecords(store, seeds);
    expect(records.get('website', 'ws1', 's1')).toEqual({ id: 's1', workspaceId: 'ws1', name: 'Seed' });
    expect(records.list('website', 'ws2')).toEqual([{ id: 's1', workspaceId: 'ws2', name: 'Seed' }]);
    expect(records.remove('website', 'ws1', 's1')).toBe(true);
    expect(records.list('website', 'ws1')).toEqual([]);
    expect(records.list('monitor', 'ws1')).toEqual([]);
  });

  it('locates an id in the first workspace holding it, else a seed in its own workspace', () => {
    const records = seededRecords(createMockStore({ storage: null }), seeds);
    expect(records.locate('feedChannel', 'c1')).toBe('home');
    expect(records.locate('feedChannel', 'nope')).toBeUndefined();
    records.put('feedChannel', 'ws9', { id: 'mine' });
    expect(records.locate('feedChannel', 'mine')).toBe('ws9');
    records.remove('feedChannel', 'home', 'c1');
    expect(records.locate('feedChannel', 'c1'), 'ws9 was seeded when first touched').toBe('ws9');
    records.remove('feedChannel', 'ws9', 'c1');
    expect(records.locate('feedChannel', 'c1')).toBeUndefined();
  });
});

describe('saveAnswered', () => {
  it('stores what the client sent over the answer, and answers the answer', () => {
    const records = seededRecords(createMockStore({ storage: null }), new Map());
    const outcome = saveAnswered(records, 'website', 'ws', { id: 'w', name: 'Mine', extra: 1 }, (value) => ({
      id: (value as { id: string }).id,
      name: 'Shaped',
      shareId: null,
    }));
    expect(outcome).toEqual({ kind: 'ok', body: { id: 'w', name: 'Shaped', shareId: null } });
    expect(records.get('website', 'ws', 'w')).toEqual({ id: 'w', name: 'Mine', shareId: null, extra: 1 });
    saveAnswered(records, 'website', 'ws', { id: 'v' }, () => 'success');
    expect(records.get('website', 'ws', 'v')).toEqual({ id: 'v' });
  });
});
