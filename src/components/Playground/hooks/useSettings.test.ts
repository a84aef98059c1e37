// @vitest-environment jsdom
/** The settings: defaults on the first render (hydration), the saved ones right after, changes saved for next time. */
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_PREFIX } from '../../../storage';
import { DEFAULT_SETTINGS, SETTINGS_SLOT } from '../../../playground/settings';
import { useSettings } from './useSettings';

const KEY = STORAGE_PREFIX + SETTINGS_SLOT;

afterEach(() => localStorage.clear());

describe('useSettings', () => {
  it('starts from the defaults and takes the saved settings once mounted', () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ target: 'instance', instanceUrl: 'https://t.example', timeoutSeconds: 9 }),
    );
    const seen: unknown[] = [];
    const { result } = renderHook(() => {
      const [settings] = useSettings();
      seen.push(settings);
      return settings;
    });
    expect(seen[0]).toEqual(DEFAULT_SETTINGS);
    expect(result.current).toEqual({ target: 'instance', instanceUrl: 'https://t.example', timeoutSeconds: 9 });
  });

  it('applies a change over the current settings and saves it for the next page', () => {
    const { result } = renderHook(() => useSettings());
    act(() => result.current[1]({ target: 'instance', instanceUrl: 'https://t.example' }));
    act(() => result.current[1]({ timeoutSeconds: 12 }));
    const expected = { target: 'instance', instanceUrl: 'https://t.example', timeoutSeconds: 12 };
    expect(result.current[0]).toEqual(expected);
    expect(JSON.parse(localStorage.getItem(KEY) ?? 'null')).toEqual(expected);
    // Another playground mounted later (another page) starts from what was saved.
    const { result: next } = renderHook(() => useSettings());
    expect(next.current[0]).toEqual(expected);
  });
});
