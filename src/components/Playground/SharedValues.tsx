/**
 * The values this tab shares across operations (workspaceId, websiteId, …): each with where it came from, to
 * change or clear; and whether to remember them on this device. Shown once there is one.
 */
import React, { useId, useState } from 'react';
import clsx from 'clsx';
import Translate, { translate } from '@docusaurus/Translate';
import { SourceText } from './FieldSource';
import { useSharedValues } from './hooks/useSharedValues';
import styles from './styles.module.css';

export default function SharedValues({ operationId }: { operationId: string }) {
  const [state, store] = useSharedValues();
  const rememberId = useId();
  const names = Object.keys(state.values);
  if (!store || (names.length === 0 && !state.remembered)) return null;

  return (
    <fieldset className={clsx(styles.group, styles.shared)} data-testid="shared-values">
      <legend>
        <Translate id="playground.shared.legend">Shared values</Translate>
      </legend>
      <p className={styles.help}>
        <Translate id="playground.shared.help">
          They fill the same parameter on every operation, for this browser tab. Ids, never your API key.
        </Translate>
      </p>
      <ul className={styles.sharedList}>
        {names.map((name) => (
          <SharedValueRow key={name} name={name} operationId={operationId} />
        ))}
      </ul>
      <div className={styles.row}>
        <label className={styles.checkbox} htmlFor={rememberId}>
          <input
            id={rememberId}
            type="checkbox"
            checked={state.remembered}
            onChange={(e) => store.setRemembered(e.target.checked)}
          />
          <Translate id="playground.shared.remember">Keep these values on this device</Translate>
        </label>
        {names.length > 1 && (
          <button type="button" className="button button--sm button--link" onClick={() => store.clearAll()}>
            <Translate id="playground.shared.clearAll">Clear all</Translate>
          </button>
        )}
      </div>
    </fieldset>
  );
}

/** One value: its name, value and origin; Change (an inline field: Enter saves, Escape cancels) and Clear. */
function SharedValueRow({ name, operationId }: { name: string; operationId: string }) {
  const [state, store] = useSharedValues();
  const [editing, setEditing] = useState<string>();
  const nameId = useId();
  const shared = state.values[name];
  if (!store || !shared) return null;
  const save = () => {
    if (editing !== undefined) store.set(name, editing, { kind: 'typed', operationId });
    setEditing(undefined);
  };
  // Buttons are described by the name rather than labelled with it: the parameter's own field keeps that label.
  return (
    <li data-testid="shared-value" data-name={name}>
      <code id={nameId}>{name}</code>
      {editing === undefined ? (
        <>
          <code data-testid="shared-value-text">{shared.value}</code>
          <span className={styles.fieldSource}>
            <SourceText source={shared.source} />
          </span>
          <button
            type="button"
            className="button button--sm button--secondary"
            aria-describedby={nameId}
            onClick={() => setEditing(shared.value)}>
            <Translate id="playground.shared.change">Change</Translate>
          </button>
        </>
      ) : (
        <>
          <input
            value={editing}
            aria-label={translate({ id: 'playground.shared.newValue', message: 'New value of {name}' }, { name })}
            autoFocus
            spellCheck={false}
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault(); // not the playground's Send
                save();
              } else if (e.key === 'Escape') setEditing(undefined);
            }}
          />
          <button type="button" className="button button--sm button--primary" onClick={save}>
            <Translate id="playground.shared.save">Save</Translate>
          </button>
        </>
      )}
      <button
        type="button"
        className="button button--sm button--link"
        aria-describedby={nameId}
        onClick={() => store.clear(name)}
        data-testid="shared-value-clear">
        <Translate id="playground.shared.clear">Clear</Translate>
      </button>
    </li>
  );
}
