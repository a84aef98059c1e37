import React from 'react';
import Translate from '@docusaurus/Translate';
import MethodBadge from '@site/src/components/MethodBadge';
import type { SearchResultView } from '../../search/results';
import type { SearchStatus } from './usePagefindSearch';
import styles from './styles.module.css';

type Props = {
  id: string;
  results: SearchResultView[];
  /** The corrected query the results are for, when the typed one was misspelt. */
  correctedTo?: string;
  status: SearchStatus;
  active: number;
  onHover: (index: number) => void;
  onChoose: (result: SearchResultView) => void;
};

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

function Status({ status, empty }: { status: SearchStatus; empty: boolean }) {
  if (status === 'error')
    return (
      <Translate id="search.error" description="The navbar search could not load its index">
        Search is unavailable: its index could not be loaded.
      </Translate>
    );
  if (status === 'searching' && empty)
    return (
      <Translate id="search.searching" description="The navbar search while it looks for results">
        Searching…
      </Translate>
    );
  if (status === 'done' && empty) return <Translate id="theme.SearchBar.noResultsText">No results</Translate>;
  return null;
}

/** The list under the search box: one option per page, with its section, method and path, and the excerpt. */
export default function SearchResults({ id, results, correctedTo, status, active, onHover, onChoose }: Props) {
  return (
    // Keeps the focus in the text field when an option is pressed, so the list stays open until the click lands.
    // tabIndex: the panel scrolls, so the keyboard can reach it too (axe's scrollable-region-focusable).
    <div className={styles.panel} data-search-status={status} tabIndex={0} onMouseDown={(e) => e.preventDefault()}>
      {correctedTo && status === 'done' && results.length > 0 && (
        <p className={styles.corrected} data-testid="search-corrected">
          <Translate
            id="search.correctedTo"
            description="Above the navbar search results when misspelt words of the query were corrected"
            values={{ query: <strong>{correctedTo}</strong> }}>
            {'Showing results for “{query}”'}
          </Translate>
        </p>
      )}
      <ul id={id} role="listbox" className={styles.list}>
        {results.map((r, i) => (
          <li
            key={r.url}
            id={optionId(id, i)}
            role="option"
            aria-selected={i === active}
            className={styles.option}
            // The option itself is chosen (an option holds no link: axe's nested-interactive); its URL is data.
            data-url={r.url}
            onClick={() => onChoose(r)}
            onMouseEnter={() => onHover(i)}>
            <div className={styles.link}>
              <span className={styles.title}>
                {r.title}
                {r.section && <span className={styles.section}> › {r.section}</span>}
              </span>
              {r.method && r.path && (
                <span className={styles.endpoint}>
                  <MethodBadge method={r.method} /> <code>{r.path}</code>
                </span>
              )}
              <span className={styles.excerpt}>
                {r.excerpt.map((run, j) => (run.marked ? <mark key={j}>{run.text}</mark> : run.text))}
              </span>
            </div>
          </li>
        ))}
      </ul>
      <p className={styles.status} role="status">
        <Status status={status} empty={results.length === 0} />
      </p>
      <p className={styles.hint} aria-hidden="true">
        <Translate id="search.keys" description="Keyboard hint under the navbar search results">
          ↑ ↓ to choose · Enter to open · Esc to close
        </Translate>
      </p>
    </div>
  );
}
