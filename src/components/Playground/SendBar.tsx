/** Send (or Cancel while sending), the keyboard shortcut, "Copy link" and the timeout. */
import React, { useId, type ReactNode } from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import { clampTimeout } from '../../playground/settings';
import { EARLY_SEND_MARKS } from '../../playground/early-send';
import { useHydrated } from './hooks/useHydrated';
import styles from './styles.module.css';

interface Props {
  sending: boolean;
  onCancel: () => void;
  /** Offered while the only reasons not to send are warnings (values that break their schema, no key…). */
  onSendAnyway?: () => void;
  /** Offered when the request deletes data on an instance: the origin it goes to, and the deliberate action. */
  confirm?: { origin: string; onConfirm: () => void };
  onCopyLink: () => void;
  timeoutSeconds: number;
  onTimeoutChange: (seconds: number) => void;
}

/** `shown`, in a box as large as the largest of `room`: the others take their place unseen and unread. */
function Stack({ shown, room, testId }: { shown: ReactNode; room: ReactNode[]; testId?: string }) {
  return (
    <span className={styles.stack}>
      <span data-testid={testId}>{shown}</span>
      {room.map((text, i) => (
        <span key={i} aria-hidden="true" className={styles.unseen}>
          {text}
        </span>
      ))}
    </span>
  );
}

export default function SendBar({
  sending,
  onCancel,
  onSendAnyway,
  confirm,
  onCopyLink,
  timeoutSeconds,
  onTimeoutChange,
}: Props) {
  const hydrated = useHydrated();
  const timeoutId = useId();
  const shortcut = <Translate id="playground.sendShortcut">Ctrl/⌘ + Enter</Translate>;
  // Server-rendered, until the page hydrates: Send takes a click meanwhile (src/playground/early-send.ts) and
  // says why the answer waits.
  const loading = <Translate id="playground.hydrating">Loading the playground…</Translate>;
  const sendingText = <Translate id="playground.sending">Sending…</Translate>;
  const sendLabel = <Translate id="playground.send">Send</Translate>;
  const cancelLabel = <Translate id="playground.cancel">Cancel</Translate>;
  return (
    <div className={clsx(styles.row, styles.sendBar)}>
      {/* Send and Cancel are as wide as the wider of the two, so nothing beside them moves when one replaces the other. */}
      {sending ? (
        <button type="button" className="button button--danger" onClick={onCancel}>
          <Stack shown={cancelLabel} room={[sendLabel]} />
        </button>
      ) : (
        <button
          type="submit"
          className="button button--primary"
          {...EARLY_SEND_MARKS.send}
          data-testid="send"
          disabled={!hydrated}>
          <Stack shown={sendLabel} room={[cancelLabel]} />
        </button>
      )}
      {onSendAnyway && !sending && (
        <button type="button" className="button button--warning" onClick={onSendAnyway} data-testid="send-anyway">
          <Translate id="playground.sendAnyway">Send anyway</Translate>
        </button>
      )}
      {confirm && !sending && (
        <button
          type="button"
          className={clsx('button button--danger', styles.wrap)}
          onClick={confirm.onConfirm}
          data-testid="confirm-send">
          <Translate id="playground.destructive.confirm" values={{ origin: confirm.origin }}>
            {'Yes, send it to {origin}'}
          </Translate>
        </button>
      )}
      {/* The hint keeps the room of the longest one (no layout shift as the page hydrates or a request goes); the
          result panel announces the sending. */}
      <span className={styles.help}>
        <Stack
          shown={sending ? sendingText : hydrated ? shortcut : loading}
          room={[shortcut, loading, sendingText]}
          testId="send-hint"
        />
      </span>
      <button
        type="button"
        className="button button--sm button--secondary"
        onClick={onCopyLink}
        disabled={!hydrated}
        data-testid="copy-link">
        <Translate id="playground.share.copy">Copy link</Translate>
      </button>
      <label className={styles.timeout} htmlFor={timeoutId}>
        <Translate id="playground.timeout">Timeout (s)</Translate>
        <input
          id={timeoutId}
          type="number"
          min={1}
          max={300}
          value={timeoutSeconds}
          onChange={(e) => onTimeoutChange(clampTimeout(Number(e.target.value)))}
          data-testid="timeout"
        />
      </label>
    </div>
  );
}
