import { describe, expect, it } from 'vitest';
import { searchTerms } from './query';

describe('searchTerms', () => {
  it("drops the server's prefix from a pasted path", () => {
    expect(searchTerms('/open/workspace/{workspaceId}/website/all', '/open')).toBe(
      '/workspace/{workspaceId}/website/all',
    );
    expect(searchTerms('  /open/global/config ', '/open/')).toBe('/global/config');
  });

  it('drops the origin of a pasted URL, then the prefix', () => {
    expect(searchTerms('https://tianji.example.com/open/monitor/all', '/open')).toBe('/monitor/all');
    expect(searchTerms('http://localhost:12345/login', '')).toBe('/login');
  });

  it('leaves words, other paths and a prefix-like word alone', () => {
    expect(searchTerms('global config', '/open')).toBe('global config');
    expect(searchTerms('/openapi.yaml', '/open')).toBe('/openapi.yaml');
    expect(searchTerms('open a workspace', '/open')).toBe('open a workspace');
    expect(searchTerms('/workspace/create', '')).toBe('/workspace/create');
  });
});
