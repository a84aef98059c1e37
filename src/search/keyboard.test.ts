import { describe, expect, it } from 'vitest';
import { isSearchShortcut, nextActive, shortcutLabel } from './keyboard';

describe('nextActive', () => {
  it('moves down and up, wrapping at both ends', () => {
    expect(nextActive(-1, 'ArrowDown', 3)).toBe(0);
    expect(nextActive(0, 'ArrowDown', 3)).toBe(1);
    expect(nextActive(2, 'ArrowDown', 3)).toBe(0);
    expect(nextActive(0, 'ArrowUp', 3)).toBe(2);
    expect(nextActive(2, 'ArrowUp', 3)).toBe(1);
  });

  it('has nothing to move to without results, and leaves other keys to the text field', () => {
    expect(nextActive(-1, 'ArrowDown', 0)).toBe(-1);
    for (const key of ['Home', 'End', 'ArrowLeft', 'a', 'Enter']) expect(nextActive(1, key, 3)).toBeNull();
  });
});

describe('isSearchShortcut', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }>) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });
  it('is Ctrl+K or ⌘+K, in either case', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
  });
  it('is not K alone, Alt+Ctrl+K or Ctrl+another key', () => {
    expect(isSearchShortcut(key('k', {}))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key('j', { ctrlKey: true }))).toBe(false);
  });
});

describe('shortcutLabel', () => {
  it('shows ⌘ on Apple platforms and Ctrl elsewhere', () => {
    expect(shortcutLabel('MacIntel')).toBe('⌘ K');
    expect(shortcutLabel('iPhone')).toBe('⌘ K');
    expect(shortcutLabel('Linux x86_64')).toBe('Ctrl K');
    expect(shortcutLabel('')).toBe('Ctrl K');
  });
});
