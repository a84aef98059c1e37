import { describe, expect, it } from 'vitest';
import { pathMatcher, relativePath } from './routes';

describe('pathMatcher', () => {
  const stats = pathMatcher('/workspace/{workspaceId}/website/{websiteId}/stats');

  it('takes one segment per parameter, percent-decoded, by the template names', () => {
    expect(stats('/workspace/ws%201/website/w1/stats')).toEqual({ workspaceId: 'ws 1', websiteId: 'w1' });
    expect(stats('/workspace/ws1/website/a/b/stats')).toBeUndefined();
    expect(stats('/workspace/ws1/website//stats')).toBeUndefined();
  });

  it('ignores letter case and a trailing slash, as msw did, and nothing else', () => {
    expect(stats('/Workspace/ws1/WEBSITE/w1/stats/')).toEqual({ workspaceId: 'ws1', websiteId: 'w1' });
    expect(stats('/workspace/ws1/website/w1/stats/more')).toBeUndefined();
    expect(stats('/workspace/ws1/website/w1')).toBeUndefined();
  });

  it('reads literal segments literally (no regular expression in a path)', () => {
    const dotted = pathMatcher('/a.b/{id}');
    expect(dotted('/a.b/1')).toEqual({ id: '1' });
    expect(dotted('/aXb/1')).toBeUndefined();
  });

  it('keeps a value that is not valid percent-encoding as sent', () => {
    expect(pathMatcher('/x/{id}')('/x/100%')).toEqual({ id: '100%' });
  });
});

it('relativePath: a URL under the base path, `/` for the base itself', () => {
  expect(relativePath('http://h/mock-api/open/global/config?x=1', '/mock-api/open')).toBe('/global/config');
  expect(relativePath('http://h/mock-api/open', '/mock-api/open')).toBe('/');
});
