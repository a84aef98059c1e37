import { describe, expect, it } from 'vitest';
import {
  MAX_SHARED_VALUE_LENGTH,
  parseSharedValues,
  SharedValuesStore,
  type ValueSource,
  shareable,
} from './shared-values';
import { memorySlot, storageSlot } from '../../storage';
import { throwingStorage } from '../../storage-fixtures';

const typed: ValueSource = { kind: 'typed', operationId: 'website-all' };
const fromResponse: ValueSource = {
  kind: 'response',
  operationId: 'website-add',
  method: 'POST',
  path: '/workspace/{workspaceId}/website/add',
};

describe('SharedValuesStore', () => {
  it('keeps values for the session only, until remembered', () => {
    const session = memorySlot();
    const device = memorySlot();
    const store = new SharedValuesStore(session, device);
    store.set('workspaceId', 'ws1', typed);
    expect(store.get()).toEqual({ values: { workspaceId: { value: 'ws1', source: typed } }, remembered: false });
    expect(device.get()).toBeNull();
    // A reload of the tab finds them; a new session (empty sessionStorage) does not.
    expect(new SharedValuesStore(session, device).get().values.workspaceId.value).toBe('ws1');
    expect(new SharedValuesStore(memorySlot(), device).get().values).toEqual({});
  });

  it('keeps remembered values on the device for the next session, until unticked', () => {
    const device = memorySlot();
    const store = new SharedValuesStore(memorySlot(), device);
    store.set('websiteId', 'site1', fromResponse);
    store.setRemembered(true);
    const next = new SharedValuesStore(memorySlot(), device);
    expect(next.get()).toEqual({ values: { websiteId: { value: 'site1', source: fromResponse } }, remembered: true });
    next.setRemembered(false);
    expect(device.get()).toBeNull();
    expect(next.get().values.websiteId.value).toBe('site1');
  });

  it('prefers the tab session over the device', () => {
    const session = memorySlot(JSON.stringify({ workspaceId: { value: 'tab', source: typed } }));
    const device = memorySlot(JSON.stringify({ workspaceId: { value: 'device', source: typed } }));
    expect(new SharedValuesStore(session, device).get()).toMatchObject({
      values: { workspaceId: { value: 'tab' } },
      remembered: true,
    });
  });

  it('clears one value, all of them, and an emptied one; refuses a value no id is as long as', () => {
    const store = new SharedValuesStore(memorySlot(), memorySlot());
    store.set('workspaceId', 'ws1', typed);
    store.set('websiteId', 'site1', typed);
    store.set('monitorId', 'm1', typed);
    store.clear('websiteId');
    expect(Object.keys(store.get().values)).toEqual(['workspaceId', 'monitorId']);
    store.set('monitorId', '  ', typed);
    expect(Object.keys(store.get().values)).toEqual(['workspaceId']);
    expect(store.set('workspaceId', 'x'.repeat(MAX_SHARED_VALUE_LENGTH + 1), typed)).toBe(false);
    expect(store.get().values.workspaceId.value).toBe('ws1');
    store.clearAll();
    expect(store.get().values).toEqual({});
  });

  it('notifies subscribers of changes only', () => {
    const store = new SharedValuesStore(memorySlot(), memorySlot());
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.set('workspaceId', 'ws1', typed);
    store.set('workspaceId', 'ws1', typed);
    store.clear('nothing');
    off();
    store.set('workspaceId', 'ws2', typed);
    expect(calls).toBe(1);
  });

  it('works on a page whose storage throws', () => {
    const broken = storageSlot(SHARED, () => throwingStorage);
    const store = new SharedValuesStore(broken, broken);
    store.setRemembered(true);
    store.set('workspaceId', 'ws1', typed);
    expect(store.get()).toMatchObject({ values: { workspaceId: { value: 'ws1' } }, remembered: true });
  });
});

const SHARED = 'shared-values';

describe('parseSharedValues', () => {
  it('drops what is not a shared value', () => {
    expect(parseSharedValues(null)).toBeUndefined();
    expect(parseSharedValues('{oops')).toEqual({});
    expect(parseSharedValues('[1]')).toEqual({});
    expect(
      parseSharedValues(
        JSON.stringify({
          a: { value: 'ok', source: typed },
          b: { value: 5, source: typed },
          c: { value: 'x', source: { kind: 'elsewhere', operationId: 'o' } },
          d: { value: 'x', source: { kind: 'response', operationId: 'o' } },
          e: { value: '', source: typed },
        }),
      ),
    ).toEqual({ a: { value: 'ok', source: typed } });
  });
});

describe('shareable', () => {
  const id = { type: 'string', pattern: '^[0-9a-z]+$' };
  it('lets a value that passes its pattern, length and fixed values become shared, and an empty one clear it', () => {
    expect(shareable(id, 'clnzoxcy10001vy2ohi4obbi0')).toBe(true);
    expect(shareable(id, '')).toBe(true);
    expect(shareable({ enum: ['http', 'ping'] }, 'ping')).toBe(true);
  });

  it('keeps a value that breaks its schema to its own field', () => {
    expect(shareable(id, 'ABC-123')).toBe(false);
    expect(shareable({ maxLength: 3 }, 'abcd')).toBe(false);
    expect(shareable({ minLength: 2 }, 'a')).toBe(false);
    expect(shareable({ enum: ['http', 'ping'] }, 'tcp')).toBe(false);
  });

  it('counts characters, not UTF-16 units, and ignores a pattern the browser cannot read', () => {
    expect(shareable({ maxLength: 2 }, '😀😀')).toBe(true);
    expect(shareable({ pattern: '(?<' }, 'x')).toBe(true);
  });
});
