// @vitest-environment jsdom
/** The answer compared with the documented response for its status (the real checker: Ajv and ajv-i18n). */
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { OperationResponse } from '../../../openapi/types';
import type { ResponseOutcome } from '../../../request/send';

vi.mock('@docusaurus/useDocusaurusContext', () => ({
  default: () => ({ siteConfig: { baseUrl: '/' }, i18n: { currentLocale: 'fr' } }),
}));
vi.mock('@docusaurus/Translate', () => ({ translate: ({ message }: { message: string }) => message }));

const { useResponseCheck } = await import('./useResponseCheck');

const responses: OperationResponse[] = [
  {
    status: '200',
    description: 'The website',
    mediaType: 'application/json',
    schema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
  },
];

function answer(status: number, text: string): ResponseOutcome {
  return {
    kind: 'response',
    status,
    statusText: '',
    headers: [],
    contentType: 'application/json',
    durationMs: 3,
    size: text.length,
    text,
    truncated: false,
    blob: new Blob([text]),
  };
}

const slow = { timeout: 20_000 };

describe('useResponseCheck', () => {
  it('says an answer matches its documented response', async () => {
    const came = answer(200, '{"id":"s1"}'); // one answer, the same object from render to render
    const { result } = renderHook(() => useResponseCheck(responses, came));
    await waitFor(() => expect(result.current).toEqual({ kind: 'matches', documented: '200' }), slow);
  });

  it('lists how an answer differs, and gives no stale verdict for the next answer', async () => {
    const { result, rerender } = renderHook(({ a }) => useResponseCheck(responses, a), {
      initialProps: { a: answer(200, '{"id":1}') },
    });
    await waitFor(() => expect(result.current?.kind).toBe('differs'), slow);
    const check = result.current;
    expect(check?.kind === 'differs' && check.differences.map((d) => d.path)).toEqual(['/id']);
    rerender({ a: answer(500, 'oops') });
    // Until the new answer is checked, the old verdict is not shown for it.
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toEqual({ kind: 'undocumented', status: 500 }), slow);
  });
});
