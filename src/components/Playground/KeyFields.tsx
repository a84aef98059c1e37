/**
 * The API key for a secured operation: typed for one scope (the instance's origin, or the mock's own), revealed on
 * demand, remembered only when asked, forgotten. A key entered for another instance is offered, never carried.
 */
import React, { useId } from 'react';
import Translate from '@docusaurus/Translate';
import { keyElsewhere, keyFor, MOCK_SCOPE, type ApiKeyState, type ApiKeyStore } from '../../playground/key-store';
import { historyStore, useRequestHistory } from './hooks/useRequestHistory';
import styles from './styles.module.css';

interface Props {
  secured: boolean;
  keys: ApiKeyState;
  /** Absent while the page renders on the server. */
  keyStore?: ApiKeyStore;
  /** The origin (or the mock's scope) the key is for; undefined while the instance URL is not valid. */
  scope?: string;
  revealed: boolean;
  onToggleReveal: () => void;
}

function ScopeHelp({ scope }: { scope?: string }) {
  if (scope === undefined) {
    return (
      <Translate id="playground.key.scope.none">
        Enter your instance URL first: a key is kept for the address it was entered for, and sent nowhere else.
      </Translate>
    );
  }
  if (scope === MOCK_SCOPE) {
    return (
      <Translate id="playground.key.scope.mock">
        For the mock only: a key you enter for an instance is never sent to the mock.
      </Translate>
    );
  }
  return (
    <Translate id="playground.key.scope.instance" values={{ origin: <code>{scope}</code> }}>
      {'Sent to {origin} only.'}
    </Translate>
  );
}

export default function KeyFields({ secured, keys, keyStore, scope, revealed, onToggleReveal }: Props) {
  const ids = { key: useId(), remember: useId(), help: useId() };
  const historySize = useRequestHistory().length;
  if (!secured) {
    return (
      <p className={styles.hint}>
        <Translate id="playground.key.public">This operation is public: no API key is sent.</Translate>
      </p>
    );
  }
  const key = keyFor(keys, scope);
  const elsewhere = keyElsewhere(keys, scope);
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
            value={key}
            onChange={(e) => scope !== undefined && keyStore?.setKey(scope, e.target.value)}
            disabled={scope === undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder="sk_…"
            aria-describedby={ids.help}
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
        <p id={ids.help} className={styles.help} data-testid="key-scope">
          <ScopeHelp scope={scope} />
        </p>
      </div>
      {elsewhere && scope !== undefined && (
        <div className={styles.row} data-testid="key-elsewhere">
          <p className={styles.help}>
            <Translate
              id="playground.key.elsewhere"
              values={{ from: <code>{elsewhere.origin}</code>, to: <code>{scope}</code> }}>
              {'You entered a key for {from}. It is not sent to {to} unless you choose so.'}
            </Translate>
          </p>
          <button
            type="button"
            className={`button button--sm button--secondary ${styles.wrap}`}
            onClick={() => keyStore?.bring(elsewhere.origin, scope)}
            data-testid="bring-key">
            <Translate id="playground.key.bring" values={{ to: scope }}>
              {'Use it for {to}'}
            </Translate>
          </button>
        </div>
      )}
      <div className={styles.row}>
        <label className={styles.checkbox} htmlFor={ids.remember}>
          <input
            id={ids.remember}
            type="checkbox"
            checked={keys.remembered}
            onChange={(e) => keyStore?.setRemembered(e.target.checked)}
          />
          <Translate id="playground.key.remember">Remember on this device</Translate>
        </label>
        <button
          type="button"
          className="button button--sm button--link"
          // Forgetting the keys forgets the requests made with them too (the history never holds a key itself).
          onClick={() => (keyStore?.forget(), historyStore()?.clear())}
          disabled={keys.keys.size === 0 && !keys.remembered && historySize === 0}>
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
