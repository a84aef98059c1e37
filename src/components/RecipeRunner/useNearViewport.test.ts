// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { useNearViewport } from './useNearViewport';

// jsdom has no layout: a stand-in IntersectionObserver lets the test say when the element comes near.
const observers: Array<{ callback: IntersectionObserverCallback; margin?: string; disconnected: boolean }> = [];
vi.stubGlobal(
  'IntersectionObserver',
  class {
    entry: (typeof observers)[number];
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      this.entry = { callback, margin: options?.rootMargin, disconnected: false };
      observers.push(this.entry);
    }
    observe() {}
    disconnect() {
      this.entry.disconnected = true;
    }
  },
);
afterEach(() => {
  observers.length = 0;
});

const cross = (isIntersecting: boolean) =>
  act(() => observers.at(-1)!.callback([{ isIntersecting } as IntersectionObserverEntry], {} as IntersectionObserver));

it('stays false until the element comes within the margin, then stays true and stops watching', () => {
  const ref = { current: document.createElement('section') };
  const { result, rerender } = renderHook(() => useNearViewport(ref, '300px'));
  expect(result.current).toBe(false);
  expect(observers.at(-1)!.margin).toBe('300px 0px');
  cross(false);
  expect(result.current).toBe(false);
  cross(true);
  expect(result.current).toBe(true);
  expect(observers.every((o) => o.disconnected)).toBe(true);
  rerender();
  expect(result.current).toBe(true);
});

it('watches nothing without an element', () => {
  const { result } = renderHook(() => useNearViewport({ current: null }));
  expect(result.current).toBe(false);
  expect(observers).toHaveLength(0);
});
