/**
 * Which docs pages have a Markdown twin, and where: an operation page (its front matter names the operation) or a
 * guide (any page outside the generated API folder), at the page's own URL plus `.md`. Shared by the build plugin
 * that writes the files and the "Copy page as Markdown" control that fetches them. Pure, browser-safe.
 */
export interface DocLike {
  /** The doc id, e.g. `getting-started`, `api/website-add`. */
  id: string;
  frontMatter: Record<string, unknown>;
}

/** The front matter key of an operation page's operationId (written by src/reference-pages/page-mdx.ts). */
export const OPERATION_ID_FIELD = 'operation_id';

export function operationIdOf(doc: DocLike): string | undefined {
  const id = doc.frontMatter[OPERATION_ID_FIELD];
  return typeof id === 'string' ? id : undefined;
}

export function hasMarkdownTwin(doc: DocLike): boolean {
  return operationIdOf(doc) !== undefined || !doc.id.startsWith('api/');
}

/** `/fr/docs/api/website-add` → `/fr/docs/api/website-add.md` (a trailing slash, if any, is dropped first). */
export function markdownUrl(permalink: string): string {
  return `${permalink.replace(/\/+$/, '')}.md`;
}
