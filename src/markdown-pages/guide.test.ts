import { describe, expect, it } from 'vitest';
import { guideMarkdown } from './guide';

describe('guideMarkdown', () => {
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
