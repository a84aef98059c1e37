/**
 * The reference pages' MDX, produced through docusaurus-plugin-openapi-docs' `markdownGenerators`.
 * Each page is front matter + one of our components fed with the page's own data; the stock theme
 * (and its per-page weight) is not used. The components come from the MDX scope (src/theme/MDXComponents.tsx),
 * not from imports, so they are bundled once rather than once per page. The plugin's page templates are reduced to `{{{markdown}}}`
 * (see templates/page.mustache), so the front matter is written here, properly escaped.
 */
import type { ApiPageMetadata, InfoPageMetadata, TagPageMetadata } from 'docusaurus-plugin-openapi-docs/src/types';
import kebabCase from 'lodash/kebabCase';
import { escapeMdxText, mdxJsonProp, yamlString } from './mdx';
import type { OperationData } from '../openapi/types';
import { localizeOperation, type SpecCatalog } from '../i18n/catalog';
import { withWordBreaks } from '../i18n/word-breaks';
import { OPERATION_ID_FIELD } from '../markdown-pages/twins';
import { generatedPageHistory } from '../history/generated';
import type { OperationPageHistory } from '../history/page-facts';

function frontMatter(fields: Record<string, string | boolean | number | null | undefined>): string {
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? yamlString(v) : String(v)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** First sentence-ish line of a text, for `<meta name="description">`. */
function firstLine(text: string | undefined): string | undefined {
  return text
    ?.split(/\r?\n/)
    .find((l) => l.trim() !== '')
    ?.trim();
}

/**
 * Finds a page's operation in the operations model: by operationId, else (a spec without ids) by method and path.
 * The model is read on first use, so evaluating the config (as `docusaurus build` does) needs no generated files.
 */
export function operationLookup(operations: () => readonly OperationData[]) {
  let byKey: Map<string, OperationData> | undefined;
  const routeKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;
  return (api: { operationId?: string; method: string; path: string }): OperationData => {
    byKey ??= new Map(
      operations().flatMap((op) => [[`id:${op.id}`, op] as const, [routeKey(op.method, op.path), op] as const]),
    );
    const op = (api.operationId && byKey.get(`id:${api.operationId}`)) || byKey.get(routeKey(api.method, api.path));
    if (!op) throw new Error(`${routeKey(api.method, api.path)} is not in the operations model: run \`npm run gen\`.`);
    return op;
  };
}

/**
 * `historyOf` gives an operation's history facts (the release it was added in, later changes); by default the ones
 * `npm run gen` wrote to .generated/ (docusaurus runs in the site's folder). Only the page's own entry goes into
 * its props.
 */
export function createPageGenerators(
  catalog: SpecCatalog,
  operationOf: ReturnType<typeof operationLookup>,
  historyOf: (operationId: string) => OperationPageHistory | undefined = generatedPageHistory(process.cwd()),
) {
  return {
    createApiPageMD(page: ApiPageMetadata): string {
      const op = localizeOperation(operationOf(page.api), catalog);
      const { description, ...data } = op;
      const history = historyOf(op.id);
      return [
        frontMatter({
          id: page.id,
          title: op.summary,
          description: firstLine(description) ?? op.summary,
          // Chinese labels carry their word boundaries (the sidebar keeps words whole between them).
          sidebar_label: withWordBreaks(op.summary, catalog.locale),
          sidebar_class_name: `api-method ${op.method.toLowerCase()}`,
          // Names the page's operation for its Markdown twin (src/markdown-pages/twins.ts).
          [OPERATION_ID_FIELD]: op.id,
          hide_title: true,
          hide_table_of_contents: true,
          custom_edit_url: null,
        }),
        `<ApiOperation operation={${mdxJsonProp(data)}} translated={${op.translated}}${history ? ` history={${mdxJsonProp(history)}}` : ''}>\n`,
        description ? `${escapeMdxText(description)}\n` : '',
        `</ApiOperation>\n`,
      ].join('\n');
    },

    createInfoPageMD(page: InfoPageMetadata): string {
      const info = page.info as unknown as {
        title?: string;
        description?: string;
        version?: string;
        tags?: Array<{ name: string; description?: string }>;
      };
      const tags = (info.tags ?? []).map((t) => ({
        name: t.name,
        label: catalog.tags[t.name]?.label ?? t.name,
        description: catalog.tags[t.name]?.description ?? t.description ?? '',
        // The tag pages' ids, as gen-api-docs names them.
        id: kebabCase(t.name),
      }));
      const title = catalog.info?.title ?? String(info.title ?? 'API');
      const description = catalog.info?.description ?? info.description;
      return [
        frontMatter({
          // A fixed id, so the sidebar can link the API index whatever the spec's title.
          id: 'overview',
          title,
          description: firstLine(description) ?? title,
          sidebar_label: catalog.info?.sidebarLabel ?? title,
          slug: '/api',
          sidebar_position: 0,
          hide_title: true,
          custom_edit_url: null,
        }),
        `<ApiIndex title={${mdxJsonProp(title)}} version={${mdxJsonProp(String(info.version ?? ''))}} tags={${mdxJsonProp(tags)}}>\n`,
        description ? `${escapeMdxText(description)}\n` : '',
        `</ApiIndex>\n`,
      ].join('\n');
    },

    createTagPageMD(page: TagPageMetadata): string {
      const tag = page.tag as { name: string; description?: string };
      const description = catalog.tags[tag.name]?.description ?? tag.description;
      const label = catalog.tags[tag.name]?.label ?? tag.name;
      return [
        frontMatter({ id: page.id, title: label, description: firstLine(description) ?? label, custom_edit_url: null }),
        description ? `${escapeMdxText(description)}\n` : '',
        // The cards repeat the operations' own titles and descriptions: left out of the search index, so a query
        // finds the operation's page rather than its tag's (src/plugins/pagefind.ts).
        `<div data-pagefind-ignore>\n\n<DocCardList />\n\n</div>\n`,
      ].join('\n');
    },
  };
}
