import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useHistory } from '@docusaurus/router';
import { isSearchShortcut, nextActive } from '../../search/keyboard';
import type { SearchResultView } from '../../search/results';

/** The search box's state: the list opens while typing, arrows move, Enter opens, Escape closes; Ctrl/⌘+K focuses it. */
export function useSearchBox(results: SearchResultView[], onQuery: (query: string) => void) {
  const history = useHistory();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => setActive(results.length > 0 ? 0 : -1), [results]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const change = useCallback(
    (value: string) => {
      setQuery(value);
      setOpen(true);
      onQuery(value);
    },
    [onQuery],
  );

  const go = useCallback(
    (result: SearchResultView) => {
      setOpen(false);
      input.current?.blur();
      history.push(result.url);
    },
    [history],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        if (open) setOpen(false);
        else change('');
        return;
      }
      if (e.key === 'Enter') {
        const chosen = results[active];
        if (open && chosen) {
          e.preventDefault();
          go(chosen);
        }
        return;
      }
      const next = nextActive(active, e.key, results.length);
      if (next === null) return;
      e.preventDefault();
      setOpen(true);
      setActive(next);
    },
    [active, change, go, open, results],
  );

  return { input, query, open, setOpen, active, setActive, change, go, onKeyDown };
}
