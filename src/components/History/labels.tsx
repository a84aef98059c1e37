/** How an entry's outcome and target read in the history panel. */
import React from 'react';
import Translate from '@docusaurus/Translate';
import type { HistoryEntry } from '../../playground/session/history';

export function OutcomeText({ entry }: { entry: HistoryEntry }) {
  const { outcome } = entry;
  if (outcome.kind === 'response') return <>{`${outcome.status} ${outcome.statusText}`.trim()}</>;
  switch (outcome.reason) {
    case 'timeout':
      return <Translate id="history.failure.timeout">timed out</Translate>;
    case 'aborted':
      return <Translate id="history.failure.aborted">cancelled</Translate>;
    case 'cors':
      return <Translate id="history.failure.cors">blocked by CORS</Translate>;
    default:
      return <Translate id="history.failure.network">not reached</Translate>;
  }
}

export function TargetText({ entry }: { entry: HistoryEntry }) {
  if (entry.target === 'mock') return <Translate id="playground.target.mock">Mock</Translate>;
  try {
    return <>{new URL(entry.instanceBaseUrl ?? '').host}</>;
  } catch {
    return <Translate id="playground.target.instance">Instance</Translate>;
  }
}
