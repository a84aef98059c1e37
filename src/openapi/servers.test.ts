import { describe, expect, it } from 'vitest';
import { apiPrefixOf, exampleBaseUrl } from './servers';

describe('apiPrefixOf', () => {
  it('is the path of the server URL, without a trailing slash', () => {
    expect(apiPrefixOf('https://{host}/open')).toBe('/open');
    expect(apiPrefixOf('/open/')).toBe('/open');
    expect(apiPrefixOf('https://api.example.com')).toBe('');
    expect(apiPrefixOf('')).toBe('');
  });
});

describe('exampleBaseUrl', () => {
  it('replaces server variables with the placeholder domain', () => {
    expect(exampleBaseUrl('https://{host}/open')).toBe('https://your-tianji-domain.com/open');
    expect(exampleBaseUrl('/open')).toBe('https://your-tianji-domain.com/open');
    expect(exampleBaseUrl('')).toBe('https://your-tianji-domain.com');
  });
  it('keeps an absolute server URL as the spec writes it', () => {
    expect(exampleBaseUrl('https://api.example.com/open')).toBe('https://api.example.com/open');
  });
});
