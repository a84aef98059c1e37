import { describe, expect, it } from 'vitest';
import { guideMarkdown } from './guide';

describe('guideMarkdown', () => {
  it("gives a static file's pathname:/// link the locale's base URL, outside code only", () => {
    const source = ['Get [a.arazzo.yaml](pathname:///recipes/a.arazzo.yaml).', '```', '[x](pathname:///x)', '```'];
    expect(guideMarkdown(source.join('\n'), '/ja/')).toBe(
      ['Get [a.arazzo.yaml](/ja/recipes/a.arazzo.yaml).', '```', '[x](pathname:///x)', '```', ''].join('\n'),
    );
  });

  it('drops a component alone on its line (a recipe page runner) but not one inside text or code', () => {
    const source = [
      '# Recipe',
      '<RecipeRunner recipe={JSON.parse("x")} />',
      'A <Tag /> in text.',
      '```',
      '<Kept />',
      '```',
    ];
    expect(guideMarkdown(source.join('\n'))).toBe(
      ['# Recipe', 'A <Tag /> in text.', '```', '<Kept />', '```', ''].join('\n'),
    );
  });

  it('drops front matter and MDX imports, turns admonitions into GitHub alerts, leaves code fences alone', () => {
    const source = [
      '---',
      'sidebar_position: 2',
      '---',
      "import Tabs from '@theme/Tabs';",
      '# Authentication',
      '',
      ':::warning[Note]',
      '',
      'Deleted keys stop working.',
      ':::',
      '',
      '```js',
      "import axios from 'axios';",
      ':::tip',
      '```',
      ':::info',
      'Plain.',
      ':::',
    ].join('\n');
    expect(guideMarkdown(source)).toBe(
      [
        '# Authentication',
        '',
        '> [!WARNING]',
        '> **Note**',
        '>',
        '> Deleted keys stop working.',
        '',
        '```js',
        "import axios from 'axios';",
        ':::tip',
        '```',
        '> [!NOTE]',
        '> Plain.',
        '',
      ].join('\n'),
    );
  });
});
