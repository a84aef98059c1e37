/**
 * A hand-written or generated guide's source as plain Markdown: front matter and MDX imports removed, Docusaurus
 * admonitions written as GitHub alerts (`> [!NOTE]`), which Markdown readers understand. Code fences are kept as
 * they are. Pure. Line-based on purpose: a Markdown parser's round trip would reformat the author's text.
 */
const FENCE = /^\s*(`{3,}|~{3,})/;
const ADMONITION_START = /^:::(\w+)(?:\[(.*)\])?\s*$/;
/** Docusaurus's admonition types → GitHub's alert types. */
const ALERT: Record<string, string> = { note: 'NOTE', tip: 'TIP', info: 'NOTE', warning: 'WARNING', danger: 'CAUTION' };

/** A Markdown link to a static file as Docusaurus writes it (`[a](pathname:///recipes/a.arazzo.yaml)`). */
const STATIC_LINK = /\]\(pathname:\/\/\/([^)\s]*)\)/g;

/**
 * `baseUrl`: the site's (the locale's) base URL, which a static file's `pathname:///` link gets in the Markdown,
 * as it does on the page (Markdown readers know no `pathname:` scheme).
 */
export function guideMarkdown(source: string, baseUrl = '/'): string {
  const body = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const out: string[] = [];
  let fence: string | undefined;
  let inAdmonition = false;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = FENCE.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
    } else if (/^import\s.+from\s+['"].+['"];?\s*$/.test(line) || /^<[A-Z][\w.]*(\s.*)?\/>\s*$/.test(line)) {
      // MDX imports and a component alone on its line (a recipe page's runner): nothing a Markdown reader can use.
      continue;
    } else if (!inAdmonition && ADMONITION_START.test(line)) {
      const [, type, title] = ADMONITION_START.exec(line)!;
      out.push(`> [!${ALERT[type] ?? 'NOTE'}]`);
      if (title) out.push(`> **${title}**`);
      inAdmonition = true;
      continue;
    } else if (inAdmonition && line.trim() === ':::') {
      inAdmonition = false;
      continue;
    }
    const text = fence ? line : line.replace(STATIC_LINK, (_, file: string) => `](${baseUrl}${file})`);
    out.push(inAdmonition ? (text ? `> ${text}` : '>') : text);
  }
  return `${out.join('\n').trim()}\n`;
}
