/** The search list's keyboard model: which option is active after a key, and the shortcut that opens search. */

/**
 * The next active option for ArrowDown/ArrowUp, wrapping at both ends; `null` for any other key (Home and End
 * stay the text field's). -1: no option active.
 */
export function nextActive(active: number, key: string, count: number): number | null {
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return null;
  if (count === 0) return -1;
  if (key === 'ArrowDown') return active >= count - 1 ? 0 : active + 1;
  return active <= 0 ? count - 1 : active - 1;
}

/** Ctrl+K, or ⌘+K on a Mac: the shortcut most docs sites use to open search. */
export function isSearchShortcut(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey;
}

/** The shortcut's label for the platform the reader is on. */
export function shortcutLabel(platform: string): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘ K' : 'Ctrl K';
}
