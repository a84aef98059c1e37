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
      {/* The icon is the button's CSS (styles.module.css): once in the stylesheet, not once per field of every page. */}
      <button type="button" className={styles.button} aria-label={label} title={label} onClick={copy} />
    </span>
  );
}
