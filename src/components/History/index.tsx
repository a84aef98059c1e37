/**
 * The navbar's request history button, on every page (and in the phone's top bar, not its menu): the number of
 * requests of this tab, and the panel, which loads on the first click.
 */
import React, { lazy, Suspense, useState } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import { useRequestHistory } from '../Playground/hooks/useRequestHistory';
import styles from './styles.module.css';

const HistoryPanel = lazy(() => import('./HistoryPanel'));

export default function HistoryNavbarItem({ mobile }: { mobile?: boolean }) {
  const count = useRequestHistory().length;
  const [open, setOpen] = useState(false);
  if (mobile) return null;
  const label = translate(
    { id: 'history.button', message: 'Request history ({count})', description: 'The navbar button' },
    { count },
  );
  return (
    <>
      <button
        type="button"
        className={clsx('clean-btn', styles.button)}
        aria-label={label}
        title={label}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        data-testid="history-button">
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M13 3a9 9 0 0 0-9 9H1l3.9 3.9L9 12H6a7 7 0 1 1 2.05 4.95l-1.42 1.42A9 9 0 1 0 13 3zm-1 5v5l4.25 2.52.77-1.28-3.52-2.09V8z"
          />
        </svg>
        <span className={styles.count} data-testid="history-count">
          {count}
        </span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <HistoryPanel onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
