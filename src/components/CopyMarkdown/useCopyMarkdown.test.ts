// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCopyMarkdown } from './useCopyMarkdown';

const writeText = vi.fn<(text: string) => Promise<void>>();

function answer(status: number, text: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(text, { status })),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  writeText.mockReset();
});

Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

describe('useCopyMarkdown', () => {
  it('copies the text at the URL when asked, not before', async () => {
    answer(200, '# Page');
    writeText.mockResolvedValue();
    const { result } = renderHook(() => useCopyMarkdown('/docs/page.md'));
    expect(fetch).not.toHaveBeenCalled();
    act(() => result.current.copy());
    await waitFor(() => expect(result.current.state).toBe('copied'));
    expect(fetch).toHaveBeenCalledWith('/docs/page.md');
    expect(writeText).toHaveBeenCalledWith('# Page');
  });

  it('says it failed when the page cannot be fetched or the clipboard refuses', async () => {
    answer(404, 'missing');
    const { result } = renderHook(() => useCopyMarkdown('/gone.md'));
    act(() => result.current.copy());
    await waitFor(() => expect(result.current.state).toBe('failed'));
    expect(writeText).not.toHaveBeenCalled();

    answer(200, 'text');
    writeText.mockRejectedValue(new Error('denied'));
    const second = renderHook(() => useCopyMarkdown('/page.md'));
    act(() => second.result.current.copy());
    await waitFor(() => expect(second.result.current.state).toBe('failed'));
  });

  it('goes back to idle after a moment', async () => {
    answer(200, 'text');
    writeText.mockResolvedValue();
    const { result } = renderHook(() => useCopyMarkdown('/page.md'));
    act(() => result.current.copy());
    await waitFor(() => expect(result.current.state).toBe('copied'));
    await waitFor(() => expect(result.current.state).toBe('idle'), { timeout: 4000 });
  });
});
