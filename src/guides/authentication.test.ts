import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderAuthenticationGuide, withComment, type AuthGuideFacts } from './authentication';
import { ENGLISH_COMMENTS } from '../snippets/comments';

const english = JSON.parse(fs.readFileSync('i18n/en/guides/authentication.json', 'utf8'));
const facts: AuthGuideFacts = {
  operation: {
    id: 'global-config',
    method: 'GET',
    path: '/global/config',
    tag: 'Global',
    summary: 'Config',
    secured: false,
    parameters: [],
    responses: [],
  },
  baseUrl: 'https://your-tianji-domain.com/open',
  unauthorizedBody: { code: 'UNAUTHORIZED', message: 'Authorization not provided', issues: [] },
  forbiddenBody: { code: 'FORBIDDEN', message: 'Insufficient access', issues: [] },
};

describe('renderAuthenticationGuide', () => {
  const page = renderAuthenticationGuide(facts, english);

  it('follows the structure of the guide', () => {
    const headings = page.split('\n').filter((l) => /^#{1,4} /.test(l));
    expect(headings[0]).toBe('# Authentication');
    expect(headings).toContain('## Error handling');
    expect(headings.at(-1)).toBe('### Debugging authentication problems');
    expect(page).toContain(':::warning[Note]\n\nOnce a key is deleted');
  });

  it('shows the key being sent in every language, even for a public example operation', () => {
    for (const fence of [
      '```bash\n# Using cURL\ncurl -X GET',
      '```javascript\n// Using fetch\nconst response = await fetch(',
      "```javascript\n// Using axios\nimport axios from 'axios';",
      '```python\n# Using the requests library\nimport requests',
      "```php\n<?php\n// Using PHP's curl extension\n$ch = curl_init();",
    ]) {
      expect(page).toContain(fence);
    }
    expect(page.match(/<your_api_key_here>/g)!.length).toBeGreaterThanOrEqual(6);
  });

  it("prints the error bodies flat, as the server sends them, and explains their English message in the page's language", () => {
    const french = JSON.parse(fs.readFileSync('i18n/fr/guides/authentication.json', 'utf8'));
    const fr = renderAuthenticationGuide(facts, { ...english, ...french });
    expect(fr).toContain(
      '```json\n{\n  "code": "UNAUTHORIZED",\n  "message": "Authorization not provided",\n  "issues": []\n}\n```\n\n' +
        '`Authorization not provided` signifie «\u00a0Autorisation non fournie\u00a0»',
    );
    expect(fr).toContain('"message": "Insufficient access"');
    expect(fr).toContain('`Insufficient access` signifie «\u00a0Accès insuffisant\u00a0»');
    expect(fr).not.toContain('"error"');
    expect(fr).toContain('(`body.code`)');
  });

  it("refuses an explanation that does not quote the server's message", () => {
    expect(() => renderAuthenticationGuide(facts, { ...english, 'errors.403.meaning': 'Accès insuffisant' })).toThrow(
      /errors\.403\.meaning/,
    );
  });

  it("writes each example's comment from the locale's messages", () => {
    const fr = renderAuthenticationGuide(facts, {
      ...english,
      'use.python.comment': 'Utilisation de la bibliothèque requests',
    });
    expect(fr).toContain('```python\n# Utilisation de la bibliothèque requests\nimport requests');
    expect(fr).not.toContain('# Using the requests library');
  });

  it('writes the comments inside the examples from the messages too', () => {
    expect(page).toContain(`validateStatus: () => true, // ${english['snippet.printErrors']}`);
    const fr = renderAuthenticationGuide(facts, { ...english, 'snippet.printErrors': 'affiche les réponses 4xx/5xx' });
    expect(fr).toContain('validateStatus: () => true, // affiche les réponses 4xx/5xx');
    expect(fr).not.toContain(ENGLISH_COMMENTS.printErrors);
  });

  it("has the snippets' own English comments as its English messages", () => {
    expect({
      sendAsWritten: english['snippet.sendAsWritten'],
      printErrors: english['snippet.printErrors'],
      bodyLeftOut: english['snippet.bodyLeftOut'],
    }).toEqual(ENGLISH_COMMENTS);
  });

  it('names a missing message', () => {
    const { title: _t, ...rest } = english;
    expect(() => renderAuthenticationGuide(facts, rest)).toThrow(/"title"/);
  });
});

describe('withComment', () => {
  it("puts the comment first, after PHP's open tag", () => {
    expect(withComment('bash', 'curl x', 'Avec cURL')).toBe('# Avec cURL\ncurl x');
    expect(withComment('php', '<?php\necho 1;', 'Avec PHP')).toBe('<?php\n// Avec PHP\necho 1;');
  });

  it('refuses a comment that would end before its line does, and an unknown language', () => {
    expect(() => withComment('php', '<?php\n', 'a ?> b')).toThrow(/\?>/);
    expect(() => withComment('python', 'x', 'two\nlines')).toThrow(/one line/);
    expect(() => withComment('cobol', 'x', 'c')).toThrow(/cobol/);
  });
});
