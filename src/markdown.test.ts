import { describe, expect, it } from 'vitest';
import { codeFence } from './markdown';

describe('codeFence', () => {
  it('is longer than any backtick run inside', () => {
    expect(codeFence('js', 'a ```` b')).toBe('`````js\na ```` b\n`````');
  });
  it('is three backticks at least, with an optional title, and drops one trailing newline', () => {
    expect(codeFence('bash', 'ls\n')).toBe('```bash\nls\n```');
    expect(codeFence('json', '{}', 'Body')).toBe('```json title="Body"\n{}\n```');
  });
});
