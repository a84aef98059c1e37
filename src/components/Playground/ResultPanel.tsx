/** What came of Send, announced politely: sending, why nothing was sent, a failure, or the response. */
import React from 'react';
import Translate from '@docusaurus/Translate';
import type { Phase } from './hooks/useSend';
import { failureMessage, sendProblemMessage } from './messages';
import ResponseView from './ResponseView';
import ResponseCheck from './ResponseCheck';
import ResponseIds from './ResponseIds';
import type { OperationData } from '../../openapi/types';
import styles from './styles.module.css';

type Operation = Pick<OperationData, 'id' | 'method' | 'path' | 'parameters' | 'responses'>;

interface Props {
  phase: Phase;
  timeoutSeconds: number;
  /** The operation sent: its documented responses to compare the answer with, its parameters for the ids offered. */
  operation: Operation;
}

export default function ResultPanel({ phase, timeoutSeconds, operation }: Props) {
  return (
    <div aria-live="polite" className={styles.result} data-testid="result">
      {/* Said here, shown in the send bar (SendBar's hint): a line here would push the page down. */}
      {phase.state === 'sending' && (
        <p className={styles.visuallyHidden}>
          <Translate id="playground.sending">Sending…</Translate>
        </p>
      )}
      {phase.state === 'blocked' && (
        <p className={styles.invalid} role="alert" data-testid="blocked">
          {sendProblemMessage(phase.problem)}
        </p>
      )}
      {phase.state === 'done' && phase.outcome.kind === 'failure' && (
        <p className={styles.invalid} role="alert" data-testid="failure" data-reason={phase.outcome.reason}>
          {failureMessage(phase.outcome, { url: phase.url, origin: window.location.origin, timeoutSeconds })}
        </p>
      )}
      {phase.state === 'done' && phase.outcome.kind === 'response' && (
        <ResponseCheck responses={operation.responses} response={phase.outcome} />
      )}
      {phase.state === 'done' && phase.outcome.kind === 'response' && <ResponseView response={phase.outcome} />}
      {phase.state === 'done' && phase.outcome.kind === 'response' && (
        <ResponseIds operation={operation} response={phase.outcome} values={phase.values} />
      )}
    </div>
  );
}
