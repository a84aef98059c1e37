import { useCallback, useEffect, useRef, useState, type CompositionEvent, type KeyboardEvent } from 'react';
import { useHistory } from '@docusaurus/router';
import { isSearchShortcut, nextActive } from '../../search/keyboard';
import {
  compositionEnd,
  compositionStart,
  IME_IDLE,
  isImeKey,
  textChanged,
  type GateStep,
} from '../../search/composition';
import type { SearchResultView } from '../../search/results';

/**
 * The search box's state: the list opens while typing, arrows move, Enter opens, Escape closes; Ctrl/⌘+K focuses it.
 * While an input method composes, its keys are left to it and only confirmed text is searched (search/composition.ts).
 */
export function useSearchBox(results: SearchResultView[], onQuery: (query: string) => void) {
  const history = useHistory();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const ime = useRef(IME_IDLE);

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

  const searchIf = useCallback(
    ({ gate, search }: GateStep) => {
      ime.current = gate;
      if (search !== null) onQuery(search);
    },
    [onQuery],
  );

  /** The text changed; `composing`: the input event's `isComposing` (an input method is still composing it). */
  const change = useCallback(
    (value: string, composing?: boolean) => {
      setQuery(value);
      setOpen(true);
      searchIf(textChanged(ime.current, value, composing));
    },
    [searchIf],
  );

  const onCompositionStart = useCallback(() => {
    ime.current = compositionStart(ime.current);
  }, []);

  const onCompositionEnd = useCallback(
    (e: CompositionEvent<HTMLInputElement>) => searchIf(compositionEnd(ime.current, e.currentTarget.value)),
    [searchIf],
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
      // Enter, the arrows and Escape confirm, choose or cancel a conversion while the input method composes. The
      // search field's own Escape (it empties the field) must not take the reader's query with the conversion.
      if (isImeKey(e.nativeEvent)) {
        if (e.key === 'Escape') e.preventDefault();
        return;
      }
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

  return {
    input,
    query,
    open,
    setOpen,
    active,
    setActive,
    change,
    go,
    onKeyDown,
    onCompositionStart,
    onCompositionEnd,
  };
}
