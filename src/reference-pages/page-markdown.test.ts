import { describe, expect, it } from 'vitest';
import type { ApiPageMetadata, InfoPageMetadata, TagPageMetadata } from 'docusaurus-plugin-openapi-docs/src/types';
import { createPageGenerators } from './page-markdown';
import { emptyCatalog } from '../i18n/catalog';

const generators = createPageGenerators(emptyCatalog('en'));

// The shape gen-api-docs hands to markdownGenerators (only the fields the generators read).
const apiPage = {
  id: 'website-add',
  title: 'Register a website',
  api: {
    method: 'post',
    path: '/workspace/{workspaceId}/website/add',
    description: 'Creates a *tracked* website.\n\nSecond paragraph with {braces}.',
    parameters: [{ name: 'workspaceId', in: 'path', required: true, schema: { type: 'string' } }],
    responses: { '200': { description: 'Done', content: { 'application/json': { schema: { type: 'object' } } } } },
    security: [{ bearerAuth: [] }],
  },
} as unknown as ApiPageMetadata;

describe('reference page markdown', () => {
  it('renders an operation through <ApiOperation> with its data and the description as children', () => {
    const md = generators.createApiPageMD(apiPage);
    expect(md).toMatch(/^---\nid: "website-add"\ntitle: "Register a website"\n/);
    expect(md).toContain('sidebar_class_name: "api-method post"');
    expect(md).toMatch(
      /<ApiOperation operation=\{JSON\.parse\(".*\\"path\\":\\"\/workspace\/\\u007bworkspaceId\\u007d\/website\/add\\".*"\)\} translated=\{true\}>/,
    );
    expect(md).toContain('Creates a *tracked* website.');
    expect(md).toContain('\\{braces\\}'); // MDX would read raw braces as an expression
  });

  // Docusaurus bundles the server side without shared chunks: a component imported by every page would be
  // copied into every page's server chunk. The pages take their components from the MDX scope instead
  // (src/theme/MDXComponents.tsx).
  it('imports nothing: components come from the MDX scope', () => {
    const info = {
      id: 'overview',
      info: { title: 'Tianji API', version: '1', tags: [{ name: 'Website' }] },
    } as unknown as InfoPageMetadata;
    const tag = { id: 'website', tag: { name: 'Website', description: 'Sites.' } } as unknown as TagPageMetadata;
    const pages = [
      generators.createApiPageMD(apiPage),
      generators.createInfoPageMD(info),
      generators.createTagPageMD(tag),
    ];
    for (const md of pages) expect(md).not.toMatch(/^import /m);
    expect(pages[1]).toContain('<ApiIndex title={');
    expect(pages[2]).toContain('<DocCardList />');
  });
});
