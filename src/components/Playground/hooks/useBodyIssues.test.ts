// @vitest-environment jsdom
/** The body checked as the reader types, once they pause, in the reader's language (the real validator). */
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { JsonSchema } from '../../../openapi/types';

vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({ siteConfig: { baseUrl: '/' }, i18n: { currentLocale: 'fr' } }),
}));
vi.mock('@docusaurus/Translate', () => ({ translate: ({ message }: { message: string }) => message }));

const { useBodyIssues } = await import('./useBodyIssues');

const schema: JsonSchema = { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] };
const slow = { timeout: 20_000 };

function render(body: string, edited = true) {
  return renderHook(({ b, e }) => useBodyIssues(schema, b, e), { initialProps: { b: body, e: edited } });
}

describe('useBodyIssues', () => {
  it('shows where the body breaks its schema, in the site’s words, and clears it once fixed', async () => {
    const { result, rerender } = render('{"name": 1}');
    await waitFor(() => expect(result.current.issues).toHaveLength(1), slow);
    expect(result.current.issues[0]?.path).toBe('/name');
    expect(result.current.issues[0]?.message).toBe('Must be text.');
    rerender({ b: '{"name": "Blog"}', e: true });
    await waitFor(() => expect(result.current.issues).toEqual([]), slow);
  });

  it('says where the body stops being JSON, and drops that as soon as it parses again', async () => {
    const { result, rerender } = render('{"name": ');
    await waitFor(() => expect(result.current.syntax).toBeDefined(), slow);
    rerender({ b: '{"name": "Blog"}', e: true });
    expect(result.current.syntax).toBeUndefined();
  });

  // Last: the validator is loaded by now, so a check that ran would have shown its issues in the time waited.
  it('checks nothing before the reader edits the body', async () => {
    const { result } = render('{"name": 1}', false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(result.current).toEqual({ issues: [] });
  });
});
