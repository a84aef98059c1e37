import React, { useEffect, useState } from 'react';
import { translate } from '@docusaurus/Translate';
import styles from './styles.module.css';

type State = 'idle' | 'copied' | 'failed';

/** The page's URL pointing at `id` (the current query string kept, any other hash replaced). */
function linkTo(id: string): string {
  const url = new URL(window.location.href);
  url.hash = id;
  return url.toString();
}

/** A small button that copies a link to the element `id` (a parameter or a property) and says so. */
export default function CopyLink({ id, name, className }: { id: string; name: string; className?: string }) {
  const [state, setState] = useState<State>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const url = linkTo(id);
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      // No clipboard (permission denied, insecure page): the link goes to the address bar to copy from there.
      window.history.replaceState(window.history.state, '', url);
      setState('failed');
    }
  };

  const label = translate({ id: 'api.anchor.copy', message: 'Copy link to {name}' }, { name });
  return (
    <span className={className ? `${styles.anchor} ${className}` : styles.anchor}>
      <span className={styles.status} role="status" aria-live="polite">
        {state === 'copied' && translate({ id: 'api.anchor.copied', message: 'Copied' })}
        {state === 'failed' &&
          translate({ id: 'api.anchor.copyFailed', message: 'Could not copy: the link is in the address bar' })}
      </span>
      <button type="button" className={styles.button} aria-label={label} title={label} onClick={copy}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M7.8 4.6 9.4 3a3 3 0 0 1 4.2 4.2l-2 2a3 3 0 0 1-4.2 0l-.5-.5 1-1 .5.5a1.6 1.6 0 0 0 2.2 0l2-2a1.6 1.6 0 0 0-2.2-2.2L8.8 5.6zm.4 6.8L6.6 13a3 3 0 0 1-4.2-4.2l2-2a3 3 0 0 1 4.2 0l.5.5-1 1-.5-.5a1.6 1.6 0 0 0-2.2 0l-2 2a1.6 1.6 0 0 0 2.2 2.2l1.6-1.6z"
          />
        </svg>
      </button>
    </span>
  );
}
