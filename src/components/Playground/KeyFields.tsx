/** The API key for a secured operation: typed, revealed on demand, remembered only when asked, forgotten. */
import React, { useId } from 'react';
import Translate from '@docusaurus/Translate';
import type { ApiKeyState, ApiKeyStore } from '../../playground/key-store';
import { historyStore, useRequestHistory } from './hooks/useRequestHistory';
import styles from './styles.module.css';

interface Props {
  secured: boolean;
  apiKey: ApiKeyState;
  /** Absent while the page renders on the server. */
  keyStore?: ApiKeyStore;
  revealed: boolean;
  onToggleReveal: () => void;
}

export default function KeyFields({ secured, apiKey, keyStore, revealed, onToggleReveal }: Props) {
  const ids = { key: useId(), remember: useId() };
  const historySize = useRequestHistory().length;
  if (!secured) {
    return (
      <p className={styles.hint}>
        <Translate id="playground.key.public">This operation is public: no API key is sent.</Translate>
      </p>
    );
  }
  return (
    <fieldset className={styles.group}>
      <legend>
        <Translate id="playground.key.legend">Authentication</Translate>
      </legend>
      <div className={styles.field}>
        <label htmlFor={ids.key}>
          <Translate id="playground.key.label">API key</Translate>
        </label>
        <div className={styles.row}>
          <input
            id={ids.key}
            type={revealed ? 'text' : 'password'}
            value={apiKey.key}
            onChange={(e) => keyStore?.setKey(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            placeholder="sk_…"
            data-testid="api-key"
          />
          <button
            type="button"
            className="button button--sm button--secondary"
            aria-pressed={revealed}
            onClick={onToggleReveal}>
            {revealed ? (
              <Translate id="playground.key.hide">Hide</Translate>
            ) : (
              <Translate id="playground.key.reveal">Reveal</Translate>
            )}
          </button>
        </div>
      </div>
      <div className={styles.row}>
        <label className={styles.checkbox} htmlFor={ids.remember}>
          <input
            id={ids.remember}
            type="checkbox"
            checked={apiKey.remembered}
            onChange={(e) => keyStore?.setRemembered(e.target.checked)}
          />
          <Translate id="playground.key.remember">Remember on this device</Translate>
        </label>
        <button
          type="button"
          className="button button--sm button--link"
          // Forgetting the key forgets the requests made with it too (the history never holds the key itself).
          onClick={() => (keyStore?.forget(), historyStore()?.clear())}
          disabled={!apiKey.key && !apiKey.remembered && historySize === 0}>
          <Translate id="playground.key.forget">Forget the key</Translate>
        </button>
      </div>
      <p className={styles.help}>
        <Translate id="playground.key.help">
          Kept in this page's memory only, unless you ask to remember it. Snippets show it only while revealed.
        </Translate>
      </p>
    </fieldset>
  );
}
