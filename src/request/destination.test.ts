import { describe, expect, it } from 'vitest';
import { mockBaseUrl, parseInstanceUrl, snippetBaseUrl } from './destination';

describe('parseInstanceUrl', () => {
  it.each([
    ['https://tianji.example.com', 'https://tianji.example.com/open'],
    ['https://tianji.example.com/', 'https://tianji.example.com/open'],
    ['https://tianji.example.com/open', 'https://tianji.example.com/open'],
    ['  http://127.0.0.1:8080/open/ ', 'http://127.0.0.1:8080/open'],
    ['https://example.com/tianji', 'https://example.com/tianji/open'],
  ])('%s → %s', (input, expected) => {
    expect(parseInstanceUrl(input, '/open')).toEqual({ ok: true, baseUrl: expected });
  });

  it.each([
    ['', 'empty'],
    ['tianji.example.com', 'not-a-url'],
    ['ftp://tianji.example.com', 'protocol'],
    ['javascript:alert(1)', 'protocol'],
    ['https://user:pw@tianji.example.com', 'credentials'],
    ['https://tianji.example.com/?key=1', 'query'],
  ])('%j is refused as %s', (input, problem) => {
    expect(parseInstanceUrl(input, '/open')).toEqual({ ok: false, problem });
  });
});

describe('mock and snippet base URLs', () => {
  it('puts the mock under the site base URL', () => {
    expect(mockBaseUrl('http://127.0.0.1:4173', '/fr/', '/open')).toBe('http://127.0.0.1:4173/fr/mock-api/open');
    expect(mockBaseUrl('https://h', '/docs', '')).toBe('https://h/docs/mock-api');
  });
  it('shows the placeholder for the mock and the real URL for an instance', () => {
    expect(snippetBaseUrl('mock', undefined, '/open')).toBe('https://your-tianji-domain.com/open');
    expect(snippetBaseUrl('instance', 'https://t.example.com/open', '/open')).toBe('https://t.example.com/open');
    // The same base URL as the Markdown twins and guides (src/openapi/servers.ts), also for an absolute server URL.
    expect(snippetBaseUrl('mock', undefined, 'https://{host}/open')).toBe('https://your-tianji-domain.com/open');
    expect(snippetBaseUrl('mock', undefined, 'https://api.example.com/v1')).toBe('https://api.example.com/v1');
  });
});
