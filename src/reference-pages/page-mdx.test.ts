import { describe, expect, it } from 'vitest';
import type { ApiPageMetadata, InfoPageMetadata, TagPageMetadata } from 'docusaurus-plugin-openapi-docs/src/types';
import { createPageGenerators, operationLookup } from './page-mdx';
import { mdxJsonProp } from './mdx';
import { emptyCatalog } from '../i18n/catalog';
import { toOperationData } from '../openapi/operations';

const PATH = '/workspace/{workspaceId}/website/add';
const model = [
  toOperationData({
    method: 'post',
    path: PATH,
    operation: {
      operationId: 'website-add',
      summary: 'Register a website',
      description: 'Creates a *tracked* website.\n\nSecond paragraph with {braces}.',
      parameters: [{ name: 'workspaceId', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { '200': { description: 'Done', content: { 'application/json': { schema: { type: 'object' } } } } },
      security: [{ bearerAuth: [] }],
    },
  }),
];
const generators = createPageGenerators(
  emptyCatalog('en'),
  operationLookup(() => model),
  () => undefined,
);

// The shape gen-api-docs hands to markdownGenerators (only the fields the generators read).
const apiPage = {
  id: 'website-add',
  title: 'Register a website',
  api: { method: 'post', path: PATH, operationId: 'website-add' },
} as unknown as ApiPageMetadata;

describe('operationLookup', () => {
  const lookup = operationLookup(() => model);
  it('finds a page by operationId, else by method and path', () => {
    expect(lookup({ operationId: 'website-add', method: 'post', path: '/elsewhere' })).toBe(model[0]);
    expect(lookup({ method: 'post', path: PATH })).toBe(model[0]);
  });
  it('names the operation when the model lacks it', () => {
    expect(() => lookup({ method: 'get', path: '/nope' })).toThrow('GET /nope is not in the operations model');
  });
  it('reads the model once, on first use', () => {
    let reads = 0;
    const counted = operationLookup(() => (reads++, model));
    expect(reads).toBe(0);
    counted({ method: 'post', path: PATH });
    counted({ method: 'post', path: PATH });
    expect(reads).toBe(1);
  });
});

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

  it("passes the operation's own history facts, and none when it has none", () => {
    const asked: string[] = [];
    const withHistory = createPageGenerators(
      emptyCatalog('en'),
      operationLookup(() => model),
      (id) => (asked.push(id), { added: 'v1.30.4', changed: ['v1.30.25'] }),
    );
    const md = withHistory.createApiPageMD(apiPage);
    expect(asked).toEqual(['website-add']);
    expect(md).toContain(`translated={true} history={${mdxJsonProp({ added: 'v1.30.4', changed: ['v1.30.25'] })}}>`);
    expect(generators.createApiPageMD(apiPage)).not.toContain('history=');
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
    // The tag page's cards repeat its operations' titles: the search index leaves them out.
    expect(pages[2]).toMatch(/<div data-pagefind-ignore>\s*<DocCardList \/>\s*<\/div>/);
  });
});
