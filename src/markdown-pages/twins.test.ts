import { describe, expect, it } from 'vitest';
import { hasMarkdownTwin, markdownUrl, operationIdOf } from './twins';

describe('Markdown twins', () => {
  it('exist for operation pages and guides, not for the API index or tag pages', () => {
    expect(hasMarkdownTwin({ id: 'api/website-add', frontMatter: { operation_id: 'website-add' } })).toBe(true);
    expect(hasMarkdownTwin({ id: 'getting-started', frontMatter: {} })).toBe(true);
    expect(hasMarkdownTwin({ id: 'api/website', frontMatter: {} })).toBe(false);
    expect(operationIdOf({ id: 'api/x', frontMatter: { operation_id: 3 } })).toBeUndefined();
  });
  it('sit at the page URL plus .md', () => {
    expect(markdownUrl('/fr/docs/api/website-add')).toBe('/fr/docs/api/website-add.md');
    expect(markdownUrl('/docs/getting-started/')).toBe('/docs/getting-started.md');
  });
});
