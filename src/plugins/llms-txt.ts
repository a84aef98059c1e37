/** The `llms.txt` format (a markdown list of pages) and what it needs from a built page. Pure. */

export interface LlmsPage {
  title: string;
  description?: string;
  url: string;
  section: 'guide' | 'reference';
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Title (without the site suffix) and meta description of a built page. */
export function pageInfoFromHtml(html: string): { title: string; description?: string } | undefined {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(html)?.[1];
  if (!title) return undefined;
  const description = /<meta[^>]+name="?description"?[^>]+content="([^"]*)"/i.exec(html)?.[1];
  return {
    title: decode(title)
      .replace(/\s+\|\s+[^|]+$/, '')
      .trim(),
    description: description ? decode(description).trim() : undefined,
  };
}

/** Markdown link text and descriptions must not break the list: brackets and newlines are neutralised. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[[\]]/g, (c) => `\\${c}`);
}

export function buildLlmsTxt(site: { title: string; summary: string; specUrl: string; pages: LlmsPage[] }): string {
  const list = (section: LlmsPage['section']) =>
    site.pages
      .filter((p) => p.section === section)
      .map(
        (p) =>
          `- [${inline(p.title)}](${p.url})${p.description && p.description !== p.title ? `: ${inline(p.description)}` : ''}`,
      )
      .join('\n');
  return (
    [
      `# ${site.title}`,
      `> ${inline(site.summary)}`,
      `- [OpenAPI document](${site.specUrl})`,
      '## Guides',
      list('guide'),
      '## API reference',
      list('reference'),
    ].join('\n\n') + '\n'
  );
}
