/**
 * The navbar's search (no search theme is installed: this is `@theme/SearchBar`), over the locale's Pagefind
 * index (src/plugins/pagefind.ts). State and keys live in the hooks beside it, result shaping in src/search/.
 */
import React, { useEffect, useId, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { translate } from '@docusaurus/Translate';
import { INDEX_FOLDER } from '../../search/index-config';
import { shortcutLabel } from '../../search/keyboard';
import { usePagefindSearch } from './usePagefindSearch';
import { useSearchBox } from './useSearchBox';
import SearchResults, { optionId } from './SearchResults';
import styles from './styles.module.css';

export default function SearchBar() {
  const { results, correctedTo, status, search, preload } = usePagefindSearch(
    useBaseUrl(`/${INDEX_FOLDER}/pagefind.js`),
  );
  const box = useSearchBox(results, search);
  const listId = useId();
  const [shortcut, setShortcut] = useState('Ctrl K');
  useEffect(() => setShortcut(shortcutLabel(navigator.platform)), []);
  const label = translate({ id: 'theme.SearchBar.label', message: 'Search' });
  const expanded = box.open && box.query.trim() !== '';
  return (
    <div className={styles.searchBar}>
      <input
        ref={box.input}
        type="search"
        className="navbar__search-input"
        placeholder={label}
        aria-label={label}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && box.active >= 0 ? optionId(listId, box.active) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={box.query}
        onChange={(e) => box.change(e.target.value, (e.nativeEvent as Partial<InputEvent>).isComposing)}
        onCompositionStart={box.onCompositionStart}
        onCompositionEnd={box.onCompositionEnd}
        onFocus={() => {
          preload();
          box.setOpen(true);
        }}
        onBlur={() => box.setOpen(false)}
        onKeyDown={box.onKeyDown}
      />
      {!box.query && (
        <kbd className={styles.shortcut} aria-hidden="true">
          {shortcut}
        </kbd>
      )}
      {expanded && (
        <SearchResults
          id={listId}
          results={results}
          correctedTo={correctedTo}
          status={status}
          active={box.active}
          onHover={box.setActive}
          onChoose={box.go}
        />
      )}
    </div>
  );
}
