/** The link "Copy link" made: said to be copied, or offered to copy by hand when the clipboard refused. */
import React, { useId } from 'react';
import Translate from '@docusaurus/Translate';
import type { SharedLink } from './hooks/useSharedLink';
import styles from './styles.module.css';

export default function ShareLinkField({ link }: { link: SharedLink }) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        {link.copied ? (
          <Translate id="playground.share.copied">Link copied. It holds this request without your API key:</Translate>
        ) : (
          <Translate id="playground.share.manual">
            Copy this link to share the request (your API key is not in it):
          </Translate>
        )}
      </label>
      <input id={id} type="url" readOnly value={link.url} onFocus={(e) => e.target.select()} data-testid="share-link" />
    </div>
  );
}
