// @vitest-environment jsdom
import type { KeyboardEvent } from 'react';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SearchResultView } from '../../search/results';

const push = vi.fn();
vi.mock('@docusaurus/router', () => ({ useHistory: () => ({ push }) }));
const { useSearchBox } = await import('./useSearchBox');

const RESULTS = ['/docs/a', '/docs/b', '/docs/c'].map((url) => ({ url, title: url }) as unknown as SearchResultView);

/** A key press as React hands it to onKeyDown; `composing`: an input method is converting. */
function key(name: string, composing = false) {
  const preventDefault = vi.fn();
  const event = { key: name, preventDefault, nativeEvent: { isComposing: composing, keyCode: composing ? 229 : 0 } };
  return { event: event as unknown as KeyboardEvent<HTMLInputElement>, preventDefault };
}

function box(results: SearchResultView[] = RESULTS) {
  const onQuery = vi.fn();
  const hook = renderHook(({ r }) => useSearchBox(r, onQuery), { initialProps: { r: results } });
  return { ...hook, onQuery };
}

describe('useSearchBox', () => {
  it('opens and searches as the reader types, with the first result active', () => {
    const { result, onQuery } = box();
    act(() => result.current.change('webs'));
    expect(result.current.open).toBe(true);
    expect(result.current.query).toBe('webs');
    expect(onQuery).toHaveBeenLastCalledWith('webs');
    expect(result.current.active).toBe(0);
  });

  it('moves with the arrows (wrapping) and opens the active result on Enter', () => {
    const { result } = box();
    act(() => result.current.change('w'));
    act(() => result.current.onKeyDown(key('ArrowUp').event));
    expect(result.current.active).toBe(2);
    act(() => result.current.onKeyDown(key('ArrowDown').event));
    expect(result.current.active).toBe(0);
    act(() => result.current.onKeyDown(key('Enter').event));
    expect(push).toHaveBeenLastCalledWith('/docs/a');
    expect(result.current.open).toBe(false);
  });

  it('closes on Escape, then empties the field on a second Escape', () => {
    const { result, onQuery } = box();
    act(() => result.current.change('monitor'));
    act(() => result.current.onKeyDown(key('Escape').event));
    expect(result.current.open).toBe(false);
    expect(result.current.query).toBe('monitor');
    act(() => result.current.onKeyDown(key('Escape').event));
    expect(result.current.query).toBe('');
    expect(onQuery).toHaveBeenLastCalledWith('');
  });

  it('leaves Enter and Escape to an input method that is composing', () => {
    push.mockClear();
    const { result } = box();
    act(() => result.current.change('ウェブ'));
    act(() => result.current.onKeyDown(key('Enter', true).event));
    expect(push).not.toHaveBeenCalled();
    const escape = key('Escape', true);
    act(() => result.current.onKeyDown(escape.event));
    expect(escape.preventDefault).toHaveBeenCalled();
    expect(result.current.open).toBe(true);
    expect(result.current.query).toBe('ウェブ');
  });

  it('opens on Ctrl+K anywhere on the page', () => {
    const { result } = box();
    expect(result.current.open).toBe(false);
    act(() => void window.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'k', ctrlKey: true })));
    expect(result.current.open).toBe(true);
  });
});
