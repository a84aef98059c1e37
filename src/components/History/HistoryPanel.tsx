/** The requests of this tab, newest first, in a modal dialog: open one to read it again, re-send it, or load it. */
import React, { useEffect, useRef, useState } from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import MethodBadge from '../MethodBadge';
import type { HistoryEntry } from '../../playground/session/history';
import { historyStore, useRequestHistory } from '../Playground/hooks/useRequestHistory';
import { useResend } from '../Playground/hooks/useResend';
import HistoryEntryView from './HistoryEntryView';
import { OutcomeText, TargetText } from './labels';
import styles from './styles.module.css';

export default function HistoryPanel({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const entries = useRequestHistory();
  const [selected, setSelected] = useState<string>();
  const [resending, setResending] = useState(false);
  const { resend, load } = useResend();
  const { i18n } = useDocusaurusContext();
  const time = new Intl.DateTimeFormat(i18n.currentLocale, { timeStyle: 'medium' });

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const sendAgain = async (entry: HistoryEntry) => {
    setResending(true);
    const sent = await resend(entry);
    setResending(false);
    if (sent) setSelected(sent.id);
  };

  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      onClose={onClose}
      aria-labelledby="history-title"
      data-testid="history">
      <div className={styles.header}>
        <h2 id="history-title">
          <Translate id="history.title">Requests of this tab</Translate>
        </h2>
        <button type="button" className="button button--sm button--secondary" onClick={() => dialog.current?.close()}>
          <Translate id="history.close">Close</Translate>
        </button>
      </div>
      <p className={styles.help}>
        <Translate id="history.help">
          Newest first, for this browser tab only. No API key is kept here; Forget the key clears this list too.
        </Translate>
      </p>
      {entries.length === 0 ? (
        <p data-testid="history-empty">
          <Translate id="history.empty">No request sent yet. Send one from any operation's playground.</Translate>
        </p>
      ) : (
        <>
          <ol className={styles.list}>
            {entries.map((entry) => (
              <li key={entry.id} data-testid="history-entry" data-operation={entry.operationId}>
                <button
                  type="button"
                  className={styles.entry}
                  aria-expanded={selected === entry.id}
                  onClick={() => setSelected(selected === entry.id ? undefined : entry.id)}>
                  <MethodBadge method={entry.method} />
                  <code className={styles.path}>{entry.pathAndQuery}</code>
                  <span className={styles.meta}>
                    <span data-testid="history-status">
                      <OutcomeText entry={entry} />
                    </span>
                    <span>{entry.outcome.durationMs} ms</span>
                    <TargetText entry={entry} />
                    <time dateTime={new Date(entry.at).toISOString()}>{time.format(entry.at)}</time>
                  </span>
                </button>
                {selected === entry.id && (
                  <HistoryEntryView
                    entry={entry}
                    resending={resending}
                    onResend={() => void sendAgain(entry)}
                    onLoad={() => {
                      load(entry);
                      dialog.current?.close();
                    }}
                  />
                )}
              </li>
            ))}
          </ol>
          <button type="button" className="button button--sm button--link" onClick={() => historyStore()?.clear()}>
            <Translate id="history.clear">Clear the history</Translate>
          </button>
        </>
      )}
    </dialog>
  );
}
