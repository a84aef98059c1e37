import React from 'react';
import Translate from '@docusaurus/Translate';
import { useCopyMarkdown } from './useCopyMarkdown';
import styles from './styles.module.css';

/** "Copy page as Markdown" and a link to the page's Markdown twin (src/markdown-pages/). */
export default function CopyMarkdown({ url }: { url: string }) {
  const { state, copy } = useCopyMarkdown(url);
  return (
    <div className={styles.bar} data-pagefind-ignore>
      <span role="status" className={state === 'failed' ? styles.failed : styles.status}>
        {state === 'copied' && <Translate id="page.markdown.copied">Copied</Translate>}
        {state === 'failed' && (
          <Translate id="page.markdown.failed">Could not copy: open the Markdown and copy it from there.</Translate>
        )}
      </span>
      <button type="button" className={styles.button} onClick={copy} data-testid="copy-markdown">
        <Translate id="page.markdown.copy">Copy page as Markdown</Translate>
      </button>
      <a className={styles.link} href={url} target="_blank" rel="noopener" data-testid="view-markdown">
        <Translate id="page.markdown.view">View as Markdown</Translate>
      </a>
    </div>
  );
}
