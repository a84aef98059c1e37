import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { labelsOf } from '../markdown-pages/fixtures';
import { buildLlmsFullTxt, buildLlmsTxt, type LlmsSite } from './llms-txt';

const site: LlmsSite = {
  title: 'Tianji API',
  summary: 'Docs',
  labels: labelsOf('en'),
  specUrl: 'https://d.example.com/openapi.yaml',
  pages: [
    {
      title: 'Add [a] website',
      description: 'Creates\na website.',
      url: 'https://d.example.com/docs/api/website-add.md',
      section: 'reference',
      markdown: '# Add a website\n\n`POST /workspace/{workspaceId}/website/add`\n',
    },
    { title: 'Website', url: 'https://d.example.com/docs/api/website', section: 'reference' },
    {
      title: 'Getting started',
      url: 'https://d.example.com/docs/getting-started.md',
      section: 'guide',
      markdown: '# Getting started\n\nHello.\n',
    },
  ],
};

describe('buildLlmsTxt', () => {
  it('names the changelog, its Markdown and its feed, on one line after the OpenAPI document', () => {
    const text = buildLlmsTxt({
      ...site,
      changelog: {
        title: '変更履歴',
        url: 'https://d.example.com/ja/changelog',
        markdownUrl: 'https://d.example.com/ja/changelog.md',
        feedUrl: 'https://d.example.com/ja/changelog.xml',
      },
    });
    expect(text).toContain(
      '- [OpenAPI document](https://d.example.com/openapi.yaml)\n\n- [変更履歴](https://d.example.com/ja/changelog): Markdown https://d.example.com/ja/changelog.md, Atom https://d.example.com/ja/changelog.xml\n\n## Guides',
    );
  });

  it('lists guides and reference pages under their headings, with brackets and newlines neutralised', () => {
    expect(buildLlmsTxt(site)).toBe(
      '# Tianji API\n\n> Docs\n\n- [OpenAPI document](https://d.example.com/openapi.yaml)\n\n## Guides\n\n- [Getting started](https://d.example.com/docs/getting-started.md)\n\n## API reference\n\n- [Add \\[a\\] website](https://d.example.com/docs/api/website-add.md): Creates a website.\n- [Website](https://d.example.com/docs/api/website)\n',
    );
  });

  it('lists the recipes after the reference, when there are any', () => {
    const text = buildLlmsTxt({
      ...site,
      recipes: [
        {
          title: 'Track a website',
          description: 'Adds a site,\nreads it.',
          url: 'https://d.example.com/recipes/website-traffic.arazzo.yaml',
        },
      ],
    });
    expect(text).toBe(
      buildLlmsTxt(site) +
        '\n## Recipes (Arazzo 1.0 workflows over the OpenAPI document)\n\n- [Track a website](https://d.example.com/recipes/website-traffic.arazzo.yaml): Adds a site, reads it.\n',
    );
    expect(buildLlmsTxt({ ...site, recipes: [] })).toBe(buildLlmsTxt(site));
  });
});

describe('buildLlmsFullTxt', () => {
  it('holds every page that has Markdown, guides first, each with its source URL', () => {
    const text = buildLlmsFullTxt(site);
    const headings = fromMarkdown(text)
      .children.filter((n) => n.type === 'heading' && n.depth === 1)
      .map((n) => (n.type === 'heading' && n.children[0]?.type === 'text' ? n.children[0].value : ''));
    expect(headings).toEqual(['Tianji API', 'Getting started', 'Add a website']);
    expect(text).toContain('Source: https://d.example.com/docs/api/website-add.md');
    expect(text).not.toContain('docs/api/website)');
    // The separators are thematic breaks, never setext underlines of the line before.
    expect(fromMarkdown(text).children.filter((n) => n.type === 'thematicBreak')).toHaveLength(2);
  });
});

describe('in the locale of the site', () => {
  it('names the sections, the document and the sources in French (no English left)', () => {
    const fr = { ...site, labels: labelsOf('fr') };
    const text = buildLlmsTxt({ ...fr, recipes: [{ title: 'Suivre un site', url: 'https://d.example.com/r.yaml' }] });
    expect(text).toContain('- [Document OpenAPI](https://d.example.com/openapi.yaml)');
    expect(text).toContain("## Référence de l'API");
    expect(text).toContain('## Recettes (workflows Arazzo 1.0 fondés sur le document OpenAPI)');
    expect(text).not.toMatch(/API reference|OpenAPI document|## Recipes/);
    const full = buildLlmsFullTxt(fr);
    expect(full).toContain('Source\u00a0: https://d.example.com/docs/getting-started.md');
    expect(full).toContain('Document OpenAPI\u00a0: https://d.example.com/openapi.yaml');
  });
});
