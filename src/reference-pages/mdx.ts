/**
 * Escaping for text written into generated MDX. Spec text is data: it must show literally and never run.
 */

/** Markdown text with MDX's active characters escaped, outside code spans and fences. */
export function escapeMdxText(markdown: string): string {
  // Split on fenced blocks and inline code so their contents stay verbatim (MDX does not parse them).
  const parts = markdown.split(/(```[\s\S]*?```|`[^`\n]*`)/g);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\\/g, '\\\\')
            .replace(/([{}<>])/g, '\\$1')
            // A line starting with import/export would be read as an ESM statement; a character reference
            // for its first letter keeps the word as it reads while MDX no longer sees the keyword.
            .replace(/^(\s*)(i)(mport)\b|^(\s*)(e)(xport)\b/gm, (_m, s1, i, rest1, s2, e, rest2) =>
              i ? `${s1}&#x69;${rest1}` : `${s2}&#x65;${rest2}`,
            ),
    )
    .join('');
}

/**
 * A JS expression evaluating to `value`, safe inside an MDX attribute: the JSON is wrapped in a string
 * literal whose `{ } < >` are unicode escapes, so MDX sees no braces or tags inside it.
 */
export function mdxJsonProp(value: unknown): string {
  const literal = JSON.stringify(JSON.stringify(value)).replace(
    /[{}<>\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `JSON.parse(${literal})`;
}

/** A YAML scalar for front matter: JSON strings are valid YAML and escape everything needed. */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}
