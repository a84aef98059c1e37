/** The `llms.txt` and `llms-full.txt` formats: a Markdown list of a locale's pages, and all their Markdown in one file. Pure. */

export interface LlmsPage {
  title: string;
  description?: string;
  /** The page's Markdown twin where it has one, else its HTML page. */
  url: string;
  section: 'guide' | 'reference';
  /** The page as Markdown (operation pages and guides), for llms-full.txt. */
  markdown?: string;
}

/** A recipe: an Arazzo workflow file published beside the spec. */
export interface LlmsRecipe {
  title: string;
  description?: string;
  url: string;
}

export interface LlmsSite {
  title: string;
  summary: string;
  specUrl: string;
  pages: LlmsPage[];
  recipes?: LlmsRecipe[];
  /** The API's changelog: its page, its Markdown twin and its Atom feed (src/plugins/changelog.ts). */
  changelog?: { title: string; url: string; markdownUrl: string; feedUrl: string };
}

/** Markdown link text and descriptions must not break the list: brackets and newlines are neutralised. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[[\]]/g, (c) => `\\${c}`);
}

const SECTIONS = [
  ['guide', 'Guides'],
  ['reference', 'API reference'],
] as const;

const item = (p: { title: string; description?: string; url: string }) =>
  `- [${inline(p.title)}](${p.url})${p.description && p.description !== p.title ? `: ${inline(p.description)}` : ''}`;

export function buildLlmsTxt(site: LlmsSite): string {
  const list = (section: LlmsPage['section']) =>
    site.pages
      .filter((p) => p.section === section)
      .map(item)
      .join('\n');
  const recipes = site.recipes?.length
    ? ['## Recipes (Arazzo 1.0 workflows over the OpenAPI document)', site.recipes.map(item).join('\n')]
    : [];
  return (
    [
      `# ${site.title}`,
      `> ${inline(site.summary)}`,
      `- [OpenAPI document](${site.specUrl})`,
      ...(site.changelog
        ? [
            `- [${inline(site.changelog.title)}](${site.changelog.url}): Markdown ${site.changelog.markdownUrl}, Atom feed ${site.changelog.feedUrl}`,
          ]
        : []),
      ...SECTIONS.flatMap(([section, heading]) => [`## ${heading}`, list(section)]),
      ...recipes,
    ].join('\n\n') + '\n'
  );
}

/** Every page's Markdown, guides first, each followed by its URL and separated by a thematic break. */
export function buildLlmsFullTxt(site: LlmsSite): string {
  const pages = SECTIONS.flatMap(([section]) => site.pages.filter((p) => p.section === section && p.markdown));
  return [
    `# ${site.title}\n\n> ${inline(site.summary)}\n\nOpenAPI document: ${site.specUrl}\n`,
    ...pages.map((p) => `${p.markdown!.trim()}\n\nSource: ${p.url}\n`),
  ].join('\n---\n\n');
}
