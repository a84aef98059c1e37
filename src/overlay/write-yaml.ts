/**
 * Writes a spec document as YAML the way openapi/tianji.yaml is formatted: the `yaml` library's own formatter with
 * the options below, and the comment lines the file starts with kept as the document's leading comment.
 */
import YAML from 'yaml';

/** How openapi/tianji.yaml is written. */
export const YAML_FORMAT = {
  /** Prose folds at a word boundary before column 120, the width Prettier uses for the code. */
  lineWidth: 120,
  indent: 2,
  /** `- item` flush with its parent key, as the spec has always been written (fewer indentation levels). */
  indentSeq: false,
  /** Strings unquoted wherever YAML allows, so prose reads as prose. */
  defaultStringType: 'PLAIN',
  /** Quoted only where needed, and then in single quotes: no backslash escapes, only `'` doubled. */
  singleQuote: true,
  /** Multi-line text (Markdown) as a `|` block: its line breaks as written, never reflowed. */
  blockQuote: 'literal',
} satisfies YAML.ToStringOptions;

/**
 * The comment lines a YAML file starts with (and the blank lines between them, not those after), e.g. the spec's
 * one-line header: `# The Tianji Open API: …\n`. Empty when the file starts with content.
 */
export function headerComment(text: string): string {
  const block = /^(?:(?:#[^\n]*|[ \t]*)\n)*/.exec(text)?.[0] ?? '';
  return block.replace(/^(?:[ \t]*\n)+/, '').replace(/\n(?:[ \t]*\n)+$/, '\n');
}

/** `# text` lines as a `commentBefore` (the inverse of the library's default `commentString`). */
function commentText(header: string): string {
  return header
    .trimEnd()
    .split('\n')
    .map((line) => (!line.startsWith('#') ? '' : line === '#' ? ' ' : line.slice(1)))
    .join('\n');
}

/**
 * `document` as YAML in the spec's format, preceded by `header` (comment lines as `headerComment` returns them) and a
 * blank line.
 */
export function toYaml(document: unknown, header = ''): string {
  // Refreshed documents share objects (our security requirement, error responses): write copies, not `*aliases`.
  const doc = new YAML.Document(document, { aliasDuplicateObjects: false });
  if (header.trim()) doc.commentBefore = commentText(header);
  return doc.toString(YAML_FORMAT);
}
