import { describe, expect, it } from 'vitest';
import { O, R, op, versionRecord } from './fixtures';
import { buildTimeline } from './timeline';

const v = versionRecord;

describe('buildTimeline', () => {
  const records = [
    v('v1', { keep: op({ response: { $: R('object'), '$.a': R('string') } }), flaky: op({ path: '/f' }), old: op() }),
    v('v2', { keep: op({ response: { $: R('object'), '$.a': R('integer') } }) }),
    v('v3', { keep: op({ response: { $: R('object'), '$.a': O('integer') } }), flaky: op({ path: '/f' }) }),
    v('v10', {
      keep: op({ path: '/y', response: { $: R('object'), '$.a': O('integer'), '$.b': R('string') } }),
      flaky: op({ path: '/f', parameters: { 'query:q': O('string') } }),
      fresh: op(),
    }),
  ];
  const timeline = buildTimeline(records);

  it('records when each operation appeared, moved, was removed and added back', () => {
    expect(timeline.versions).toEqual(['v1', 'v2', 'v3', 'v10']);
    const { keep, flaky, old, fresh } = timeline.operations;
    expect(keep).toMatchObject({ added: 'v1', since: 'v1' });
    expect(keep!.events.map((e) => `${e.version} ${e.kind}`)).toEqual(['v1 added', 'v10 moved']);
    expect(keep!.events[1]).toMatchObject({ at: 'get /y', from: 'get /x' });
    expect(flaky!.events.map((e) => `${e.version} ${e.kind}`)).toEqual(['v1 added', 'v2 removed', 'v3 added']);
    expect(flaky).toMatchObject({ added: 'v1', since: 'v3' });
    expect(flaky!.removed).toBeUndefined();
    expect(old).toMatchObject({ added: 'v1', removed: 'v2' });
    expect(old!.since).toBeUndefined();
    expect(fresh).toMatchObject({ added: 'v10', since: 'v10' });
  });

  it('records each field: added, retyped, made optional, in version order (not string order)', () => {
    const a = timeline.operations.keep!.response['$.a']!;
    expect(a.added).toBe('v1');
    expect(a.since).toBe('v1');
    expect(a.events.map((e) => `${e.version} ${e.kind}`)).toEqual(['v1 added', 'v2 retyped', 'v3 optional']);
    expect(a.events[1]).toMatchObject({ from: R('string'), to: R('integer'), breaking: true });
    expect(timeline.operations.keep!.response['$.b']).toMatchObject({ added: 'v10', since: 'v10' });
    // A field of an operation that was away and came back is there since the return.
    expect(timeline.operations.flaky!.parameters['query:q']).toMatchObject({ added: 'v10', since: 'v10' });
  });
});
