import { describe, expect, it } from 'vitest';
import {
  decodeShare,
  encodeShare,
  linkTargetChange,
  shareUrl,
  SHARE_PARAM,
  withShared,
  type SharedRequest,
} from './share';

const shared: SharedRequest = {
  operation: 'website-add',
  target: 'instance',
  instanceUrl: 'https://tianji.example.com',
  values: {
    path: { workspaceId: 'w 1/é' },
    query: { q: 'a&b=c' },
    header: { 'X-Trace': 'abc', Authorization: 'Bearer sk_secret', 'X-Api-Key': 'sk_other' },
    body: '{\n  "name": "Blog ✓"\n}',
  },
};

describe('share links', () => {
  it('round-trip operation, target, values and body', () => {
    const decoded = decodeShare(encodeShare(shared));
    expect(decoded).toEqual({ ...shared, values: { ...shared.values, header: { 'X-Trace': 'abc' } } });
  });

  it('never carry credentials', () => {
    const url = shareUrl('https://docs.example.com/docs/api/website-add', shared);
    const encoded = new URL(url).searchParams.get(SHARE_PARAM)!;
    expect(atob(encoded.replace(/-/g, '+').replace(/_/g, '/'))).not.toMatch(/sk_secret|sk_other|Authorization/);
    expect(url).toMatch(/#playground$/);
  });

  it('leave out the instance URL for the mock', () => {
    expect(decodeShare(encodeShare({ ...shared, target: 'mock' }))?.instanceUrl).toBeUndefined();
  });

  it('reject anything else', () => {
    expect(decodeShare('not base64 !')).toBeUndefined();
    expect(decodeShare(btoa('{"v":2,"o":"x"}'))).toBeUndefined();
    expect(decodeShare(btoa('[]'))).toBeUndefined();
    expect(decodeShare(btoa('{"v":1,"o":"x","p":{"a":1,"b":"ok"},"t":"evil"}'))).toEqual({
      operation: 'x',
      target: 'mock',
      instanceUrl: undefined,
      values: { path: { b: 'ok' }, query: {}, header: {}, body: '' },
    });
  });

  it('fill in the playground over its current values, with a body only where the operation takes one', () => {
    const current = { path: { workspaceId: '', other: 'kept' }, query: { limit: '20' }, header: {}, body: '{}' };
    const filled = { path: { workspaceId: 'w1' }, query: { q: 'x' }, header: { 'X-Trace': 't' }, body: '{"a":1}' };
    expect(withShared(current, filled, true)).toEqual({
      path: { workspaceId: 'w1', other: 'kept' },
      query: { limit: '20', q: 'x' },
      header: { 'X-Trace': 't' },
      body: '{"a":1}',
    });
    expect(withShared(current, filled, false).body).toBe('{}');
  });
});

describe('where a link wants requests to go', () => {
  const mine = { target: 'instance' as const, instanceUrl: 'https://a.example.com' };
  it('is nothing to decide when it is where the reader has them', () => {
    expect(linkTargetChange({ target: 'instance', instanceUrl: 'https://a.example.com/open/' }, mine, '/open')).toBe(
      undefined,
    );
    expect(linkTargetChange({ target: 'mock' }, { target: 'mock', instanceUrl: '' }, '/open')).toBeUndefined();
  });

  it('names the origin of another instance, and the mock, for the reader to choose', () => {
    expect(linkTargetChange({ target: 'instance', instanceUrl: 'http://127.0.0.1:9/x' }, mine, '/open')).toEqual({
      kind: 'instance',
      instanceUrl: 'http://127.0.0.1:9/x',
      origin: 'http://127.0.0.1:9',
    });
    // Same origin, another path: still another place, still the reader's choice.
    expect(
      linkTargetChange({ target: 'instance', instanceUrl: 'https://a.example.com/t' }, mine, '/open'),
    ).toMatchObject({ kind: 'instance', origin: 'https://a.example.com' });
    expect(linkTargetChange({ target: 'mock' }, mine, '/open')).toEqual({ kind: 'mock' });
    expect(
      linkTargetChange(
        { target: 'instance', instanceUrl: 'https://b.example.com' },
        { target: 'mock', instanceUrl: '' },
        '/open',
      ),
    ).toMatchObject({ kind: 'instance', origin: 'https://b.example.com' });
  });

  it('never shows the raw text of a link that is not an http(s) URL', () => {
    for (const instanceUrl of ['javascript:alert(1)', 'https://user:pw@b.example.com', 'nonsense', undefined]) {
      expect(linkTargetChange({ target: 'instance', instanceUrl }, mine, '/open')).toEqual({ kind: 'invalid' });
    }
  });
});
