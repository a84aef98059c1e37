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
import { toOperationData } from '../openapi/operations';
import type { OperationData } from '../openapi/types';
import { localizeOperation, type SpecCatalog } from '../i18n/catalog';

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

export function operationFromPage(page: ApiPageMetadata): OperationData {
  const { method, path, ...operation } = page.api as unknown as Record<string, any>;
  // The plugin moves `summary` out of `api` into the page title.
  return toOperationData({ method, path, operation: { ...operation, summary: page.title } });
}

export function createPageGenerators(catalog: SpecCatalog) {
  return {
    createApiPageMD(page: ApiPageMetadata): string {
      const op = localizeOperation(operationFromPage(page), catalog);
      const { description, ...data } = op;
      return [
        frontMatter({
          id: page.id,
          title: op.summary,
          description: firstLine(description) ?? op.summary,
          sidebar_label: op.summary,
          sidebar_class_name: `api-method ${op.method.toLowerCase()}`,
          hide_title: true,
          hide_table_of_contents: true,
          custom_edit_url: null,
        }),
        `<ApiOperation operation={${mdxJsonProp(data)}} translated={${op.translated}}>\n`,
        description ? `${escapeMdxText(description)}\n` : '',
        `</ApiOperation>\n`,
      ].join('\n');
    },

    createInfoPageMD(page: InfoPageMetadata): string {
      const info = page.info as unknown as Record<string, any>;
      const tags = ((info.tags ?? []) as Array<{ name: string; description?: string }>).map((t) => ({
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
        `<DocCardList />\n`,
      ].join('\n');
    },
  };
}
