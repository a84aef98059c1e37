import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeFence, renderAuthenticationGuide, type AuthGuideFacts } from './authentication';
import { exampleBaseUrl } from './write';

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
  unauthorizedCode: 'UNAUTHORIZED',
  forbiddenCode: 'FORBIDDEN',
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
      '```bash\ncurl -X GET',
      '```javascript\nconst response = await fetch(',
      "```javascript\nimport axios from 'axios';",
      '```python\nimport requests',
      '```php\n<?php',
    ]) {
      expect(page).toContain(fence);
    }
    expect(page.match(/<your_api_key_here>/g)!.length).toBeGreaterThanOrEqual(6);
  });

  it('prints the error bodies with the localized messages', () => {
    const fr = renderAuthenticationGuide(facts, { ...english, 'errors.401.message': 'Autorisation non fournie' });
    expect(fr).toContain(
      '{\n  "error": {\n    "code": "UNAUTHORIZED",\n    "message": "Autorisation non fournie"\n  }\n}',
    );
  });

  it('names a missing message', () => {
    const { title: _t, ...rest } = english;
    expect(() => renderAuthenticationGuide(facts, rest)).toThrow(/"title"/);
  });
});

describe('codeFence', () => {
  it('is longer than any backtick run inside', () => {
    expect(codeFence('js', 'a ```` b')).toBe('`````js\na ```` b\n`````');
  });
});

describe('exampleBaseUrl', () => {
  it('replaces server variables with the placeholder domain', () => {
    expect(exampleBaseUrl('https://{host}/open')).toBe('https://your-tianji-domain.com/open');
    expect(exampleBaseUrl('/open')).toBe('https://your-tianji-domain.com/open');
    expect(exampleBaseUrl('')).toBe('https://your-tianji-domain.com');
  });
});
