// @vitest-environment jsdom
/** A Send pressed before hydration (left on the form by the early script) goes out once the playground is there. */
import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EARLY_SEND, EARLY_SEND_MARKS } from '../../../playground/early-send';
import { useQueuedSend } from './useQueuedSend';

function form(queued: boolean) {
  const el = document.createElement('form');
  el.setAttribute(EARLY_SEND.armed, '');
  if (queued) el.setAttribute(EARLY_SEND.queued, '');
  const button = document.createElement('button');
  // The early script marks the Send button busy while the request waits.
  for (const [name, value] of Object.entries(EARLY_SEND_MARKS.send)) button.setAttribute(name, value);
  button.setAttribute('aria-busy', 'true');
  el.append(button);
  // A ref, as the playground's: the same object on every render.
  return { el, button, ref: { current: el } };
}

describe('useQueuedSend', () => {
  it('sends the queued request once, and hands the form back to React', () => {
    const { el, button, ref } = form(true);
    const send = vi.fn();
    const { rerender } = renderHook(() => useQueuedSend(ref, send));
    rerender();
    expect(send).toHaveBeenCalledTimes(1);
    expect(el.hasAttribute(EARLY_SEND.armed)).toBe(false);
    expect(el.hasAttribute(EARLY_SEND.queued)).toBe(false);
    expect(button.hasAttribute('aria-busy')).toBe(false);
  });

  it('sends nothing when the reader did not press Send before hydration', () => {
    const { el, ref } = form(false);
    const send = vi.fn();
    renderHook(() => useQueuedSend(ref, send));
    expect(send).not.toHaveBeenCalled();
    expect(el.hasAttribute(EARLY_SEND.armed)).toBe(false);
  });
});
