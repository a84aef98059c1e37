/** Send (or Cancel while sending), the keyboard shortcut, "Copy link" and the timeout. */
import React, { useId } from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import { clampTimeout } from '../../playground/settings';
import { useHydrated } from './hooks/useHydrated';
import styles from './styles.module.css';

interface Props {
  sending: boolean;
  onCancel: () => void;
  /** Offered while the only reasons not to send are warnings (values that break their schema). */
  onSendAnyway?: () => void;
  onCopyLink: () => void;
  timeoutSeconds: number;
  onTimeoutChange: (seconds: number) => void;
}

export default function SendBar({
  sending,
  onCancel,
  onSendAnyway,
  onCopyLink,
  timeoutSeconds,
  onTimeoutChange,
}: Props) {
  const hydrated = useHydrated();
  const timeoutId = useId();
  return (
    <div className={clsx(styles.row, styles.sendBar)}>
      {sending ? (
        <button type="button" className="button button--danger" onClick={onCancel}>
          <Translate id="playground.cancel">Cancel</Translate>
        </button>
      ) : (
        <button type="submit" className="button button--primary" data-testid="send" disabled={!hydrated}>
          <Translate id="playground.send">Send</Translate>
        </button>
      )}
      {onSendAnyway && !sending && (
        <button type="button" className="button button--warning" onClick={onSendAnyway} data-testid="send-anyway">
          <Translate id="playground.sendAnyway">Send anyway</Translate>
        </button>
      )}
      <span className={styles.help} data-testid="send-hint">
        {hydrated ? (
          <Translate id="playground.sendShortcut">Ctrl/⌘ + Enter</Translate>
        ) : (
          // Server-rendered: a click before hydration would do nothing, so Send says why it waits.
          <Translate id="playground.hydrating">Loading the playground…</Translate>
        )}
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
