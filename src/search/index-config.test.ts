import { describe, expect, it } from 'vitest';
import { UNUSED_BUNDLE_FILE, htmlFileOf, isIndexedRoute } from './index-config';

describe('isIndexedRoute', () => {
  it('indexes the docs under the base URL, not the home page or other pages', () => {
    expect(isIndexedRoute('/docs/api/website-add', '/')).toBe(true);
    expect(isIndexedRoute('/fr/docs/authentication', '/fr/')).toBe(true);
    expect(isIndexedRoute('/base/ja/docs/api', '/base/ja/')).toBe(true);
    expect(isIndexedRoute('/', '/')).toBe(false);
    expect(isIndexedRoute('/fr/', '/fr/')).toBe(false);
    expect(isIndexedRoute('/docs/api', '/fr/')).toBe(false);
  });
});

describe('htmlFileOf', () => {
  it("names the file Docusaurus wrote for a route, under the locale's folder", () => {
    expect(htmlFileOf('/fr/docs/api/website-add', '/fr/')).toEqual([
      'docs/api/website-add.html',
      'docs/api/website-add/index.html',
    ]);
    expect(htmlFileOf('/base/docs/api/', '/base/')).toEqual(['docs/api.html', 'docs/api/index.html']);
  });
});

describe('UNUSED_BUNDLE_FILE', () => {
  it("matches Pagefind's UI bundles, never what the search box loads", () => {
    for (const f of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-component-ui.css'])
      expect(f).toMatch(UNUSED_BUNDLE_FILE);
    for (const f of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind'])
      expect(f).not.toMatch(UNUSED_BUNDLE_FILE);
  });
});
