import { describe, expect, it } from 'vitest';
import { buildLlmsTxt, pageInfoFromHtml } from './llms-txt';

describe('pageInfoFromHtml', () => {
  it('reads the title without the site name, and the description', () => {
    const html =
      '<head><title data-rh=true>Ajouter un site &amp; plus | Tianji API</title><meta data-rh=true name=description content="Crée un site &lt;web&gt;."></head>';
    expect(pageInfoFromHtml(html)).toEqual({ title: 'Ajouter un site & plus', description: 'Crée un site <web>.' });
  });
  it('skips pages without a title', () => {
    expect(pageInfoFromHtml('<p>x</p>')).toBeUndefined();
  });
});

describe('buildLlmsTxt', () => {
  it('lists guides and reference pages under their headings', () => {
    const text = buildLlmsTxt({
      title: 'Tianji API',
      summary: 'Docs',
      specUrl: 'https://d.example.com/openapi.yaml',
      pages: [
        { title: 'Getting started', url: 'https://d.example.com/docs/getting-started', section: 'guide' },
        {
          title: 'Add [a] website',
          description: 'Creates\na website.',
          url: 'https://d.example.com/docs/api/website-add',
          section: 'reference',
        },
      ],
    });
    expect(text).toBe(
      '# Tianji API\n\n> Docs\n\n- [OpenAPI document](https://d.example.com/openapi.yaml)\n\n## Guides\n\n- [Getting started](https://d.example.com/docs/getting-started)\n\n## API reference\n\n- [Add \\[a\\] website](https://d.example.com/docs/api/website-add): Creates a website.\n',
    );
  });
});
