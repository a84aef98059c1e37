/** One request of the history, again: what was sent, what came back (as text only), and what to do with it. */
import React, { useState } from 'react';
import Translate from '@docusaurus/Translate';
import { formatBytes } from '../../request/send';
import { isDestructive } from '../../playground/preflight';
import { scopeOfBaseUrl } from '../../playground/key-store';
import type { HistoryEntry } from '../../playground/session/history';
import { OutcomeText } from './labels';
import styles from './styles.module.css';

interface Props {
  entry: HistoryEntry;
  resending: boolean;
  onResend: () => void;
  onLoad: () => void;
}

function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function Headers({ headers }: { headers: Array<[string, string]> }) {
  if (headers.length === 0) return null;
  return (
    <details className={styles.headers}>
      <summary>
        <Translate id="history.headers" values={{ count: headers.length }}>
          {'Headers ({count})'}
        </Translate>
      </summary>
      <pre className={styles.pre}>{headers.map(([name, value]) => `${name}: ${value}`).join('\n')}</pre>
    </details>
  );
}

/** Where a request that deletes goes again: the instance's origin (never asked for the mock). */
function deletesOn(entry: HistoryEntry): string | undefined {
  if (entry.target !== 'instance' || !isDestructive({ id: entry.operationId, method: entry.method })) return undefined;
  return scopeOfBaseUrl(entry.target, entry.instanceBaseUrl) ?? entry.instanceBaseUrl ?? '';
}

export default function HistoryEntryView({ entry, resending, onResend, onLoad }: Props) {
  const { outcome } = entry;
  const origin = deletesOn(entry);
  // A deletion on an instance goes again only after a second, deliberate click.
  const [confirming, setConfirming] = useState(false);
  return (
    <div className={styles.detail} data-testid="history-detail">
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--sm button--primary"
          onClick={origin !== undefined && !confirming ? () => setConfirming(true) : onResend}
          disabled={resending || entry.requestCut}
          data-testid="history-resend">
          {resending ? (
            <Translate id="playground.sending">Sending…</Translate>
          ) : confirming && origin !== undefined ? (
            <Translate id="playground.destructive.confirm" values={{ origin }}>
              {'Yes, send it to {origin}'}
            </Translate>
          ) : (
            <Translate id="history.resend">Send again</Translate>
          )}
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={onLoad}
          data-testid="history-load">
          <Translate id="history.load">Open in its page</Translate>
        </button>
      </div>
      {confirming && origin !== undefined && (
        <p className={styles.help} role="alert" data-testid="history-confirm">
          <Translate id="history.destructive" values={{ origin, request: `${entry.method} ${entry.pathAndQuery}` }}>
            {'This request deletes data on {origin} ({request}). It cannot be undone.'}
          </Translate>
        </p>
      )}
      {entry.secured && (
        <p className={styles.help}>
          <Translate id="history.keyNote.origin">
            Sent again with the API key you entered for the instance it went to, if any; never with another.
          </Translate>
        </p>
      )}
      <h3>
        <Translate id="history.request">Request</Translate>
      </h3>
      <pre className={styles.pre} data-testid="history-request">{`${entry.method} ${entry.pathAndQuery}`}</pre>
      <Headers headers={entry.headers} />
      {entry.body && <pre className={styles.pre}>{pretty(entry.body.text)}</pre>}
      <h3>
        <Translate id="history.response">Response</Translate>
      </h3>
      <p>
        <strong>
          <OutcomeText entry={entry} />
        </strong>{' '}
        · {outcome.durationMs} ms{outcome.kind === 'response' && <> · {formatBytes(outcome.size)}</>}
      </p>
      {outcome.kind === 'response' && (
        <>
          <Headers headers={outcome.headers} />
          {outcome.bodyCut && (
            <p className={styles.help}>
              <Translate id="history.bodyCut">Only the beginning of this body is kept in the history.</Translate>
            </p>
          )}
          {outcome.body && (
            <pre className={styles.pre} data-testid="history-response-body">
              {pretty(outcome.body)}
            </pre>
          )}
        </>
      )}
    </div>
  );
}
