import { describe, expect, it } from 'vitest';
import { requestParts } from './parts';

describe('requestParts', () => {
  const template = '/workspace/{workspaceId}/website/{websiteId}/stats';

  it('splits base URL, raw path values, raw query pairs, key and other headers', () => {
    const parts = requestParts(
      {
        method: 'GET',
        url: 'https://h.example/run-1/open/workspace/a%2Fb%20c/website//stats?x%26y=1%3D2&empty=&unit=day',
        headers: [
          { name: 'Authorization', value: 'Bearer k=1' },
          { name: 'Content-Type', value: 'application/json' },
          { name: 'X-A', value: '' },
        ],
      },
      template,
    );
    expect(parts).toEqual({
      baseUrl: 'https://h.example/run-1/open',
      pathValues: { workspaceId: 'a/b c', websiteId: '' },
      query: [
        { name: 'x&y', value: '1=2' },
        { name: 'empty', value: '' },
        { name: 'unit', value: 'day' },
      ],
      apiKey: 'k=1',
      headers: [{ name: 'X-A', value: '' }],
    });
  });

  it('takes an origin without a path prefix, and no key', () => {
    const parts = requestParts(
      { method: 'GET', url: 'http://127.0.0.1:9/global/config', headers: [] },
      '/global/config',
    );
    expect(parts.baseUrl).toBe('http://127.0.0.1:9');
    expect(parts.apiKey).toBeUndefined();
    expect(parts.query).toEqual([]);
  });

  it('refuses a URL that is not a request to the template', () => {
    expect(() =>
      requestParts({ method: 'GET', url: 'https://h/open/workspace/w/website/s/info', headers: [] }, template),
    ).toThrow(/is not a request to/);
    expect(() => requestParts({ method: 'GET', url: 'https://h/stats', headers: [] }, template)).toThrow(
      /is not a request to/,
    );
  });
});
