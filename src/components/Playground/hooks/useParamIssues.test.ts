// @vitest-environment jsdom
/** Parameter values checked as the reader types, in the site's words (the real checker: Ajv, the site's catalog). */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { OperationParameter } from '../../../openapi/types';
import type { PlaygroundValues } from '../../../playground/initial-values';

vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({ siteConfig: { baseUrl: '/' }, i18n: { currentLocale: 'fr' } }),
}));
// The English templates stand in for the site's catalog; ajv-i18n words what the catalog does not.
vi.mock('@docusaurus/Translate', () => ({ translate: ({ message }: { message: string }) => message }));

const { useParamIssues } = await import('./useParamIssues');

const parameters: OperationParameter[] = [
  { name: 'limit', in: 'query', required: false, schema: { type: 'integer', maximum: 100 } },
] as OperationParameter[];

function values(limit: string): PlaygroundValues {
  return { path: {}, query: { limit }, header: {}, body: '' };
}

const slow = { timeout: 20_000 };

describe('useParamIssues', () => {
  it('shows an issue for a value that breaks its schema, in the site’s words, and clears it once fixed', async () => {
    const { result, rerender } = renderHook(({ v }) => useParamIssues(parameters, v), {
      initialProps: { v: values('10') },
    });
    rerender({ v: values('500') });
    await waitFor(() => expect(result.current.issues).toHaveLength(1), slow);
    const [issue] = result.current.issues;
    expect(issue).toMatchObject({ in: 'query', name: 'limit', keyword: 'maximum' });
    // The site's sentence for the keyword (its catalog, English here), not Ajv's.
    expect(issue?.message).toBe('Must be 100 or less.');
    rerender({ v: values('50') });
    await waitFor(() => expect(result.current.issues).toEqual([]), slow);
  });

  it('gives the issues of the values as they are when a send asks', async () => {
    const typed = values('abc'); // the playground's values are state: the same object from render to render
    const { result } = renderHook(() => useParamIssues(parameters, typed));
    let found: unknown;
    await act(async () => void (found = await result.current.check()));
    expect(found).toMatchObject([{ name: 'limit', keyword: 'type' }]);
    expect(result.current.issues).toEqual(found);
  });

  // Last: the checker is loaded by now, so a check that ran would have shown its issues in the time waited.
  it('checks nothing before the reader changes a value', async () => {
    const initial = values('500');
    const { result } = renderHook(() => useParamIssues(parameters, initial));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(result.current.issues).toEqual([]);
  });
});
