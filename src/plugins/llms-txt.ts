/** The `llms.txt` and `llms-full.txt` formats: a Markdown list of a locale's pages, and all their Markdown in one file. Pure. */
import type { MarkdownLabels } from '../markdown-pages/labels';

/** The files' own words, in the locale's language (code.json, like every Markdown page's). */
export type LlmsLabels = Pick<
  MarkdownLabels,
  'llmsGuides' | 'llmsReference' | 'llmsRecipes' | 'llmsSpec' | 'llmsSource' | 'llmsSpecLine'
>;

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
  labels: LlmsLabels;
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
  ['guide', 'llmsGuides'],
  ['reference', 'llmsReference'],
] as const;

const item = (p: { title: string; description?: string; url: string }) =>
  `- [${inline(p.title)}](${p.url})${p.description && p.description !== p.title ? `: ${inline(p.description)}` : ''}`;

export function buildLlmsTxt(site: LlmsSite): string {
  const list = (section: LlmsPage['section']) =>
    site.pages
      .filter((p) => p.section === section)
      .map(item)
      .join('\n');
  const recipes = site.recipes?.length ? [`## ${site.labels.llmsRecipes}`, site.recipes.map(item).join('\n')] : [];
  return (
    [
      `# ${site.title}`,
      `> ${inline(site.summary)}`,
      `- [${site.labels.llmsSpec}](${site.specUrl})`,
      // Format names only: the line reads the same in every language.
      ...(site.changelog
        ? [
            `- [${inline(site.changelog.title)}](${site.changelog.url}): Markdown ${site.changelog.markdownUrl}, Atom ${site.changelog.feedUrl}`,
          ]
        : []),
      ...SECTIONS.flatMap(([section, heading]) => [`## ${site.labels[heading]}`, list(section)]),
      ...recipes,
    ].join('\n\n') + '\n'
  );
}

/** Every page's Markdown, guides first, each followed by its URL and separated by a thematic break. */
export function buildLlmsFullTxt(site: LlmsSite): string {
  const pages = SECTIONS.flatMap(([section]) => site.pages.filter((p) => p.section === section && p.markdown));
  return [
    `# ${site.title}\n\n> ${inline(site.summary)}\n\n${site.labels.llmsSpecLine.replace('{url}', site.specUrl)}\n`,
    ...pages.map((p) => `${p.markdown!.trim()}\n\n${site.labels.llmsSource.replace('{url}', p.url)}\n`),
  ].join('\n---\n\n');
}
