/** Near the target: the version the reader's instance runs, how this operation differs there, and the doctor. */
import React from 'react';
import Translate from '@docusaurus/Translate';
import type { InstanceComparison } from '../../../instance/compare';
import { recheckInstance } from './store';
import { useInstance } from './useInstance';
import { differenceMessage, doctorMessage } from './messages';
import styles from './instance.module.css';

export default function InstanceStatus({ operationId }: { operationId: string }) {
  const instance = useInstance();
  if (instance.state === 'off') return null;
  return (
    <div className={styles.status} data-testid="instance-status" role="status">
      {instance.state === 'checking' && (
        <p>
          <Translate id="instance.checking">Reading your instance…</Translate>
        </p>
      )}
      {instance.state === 'ready' && <Comparison comparison={instance.comparison} operationId={operationId} />}
      {instance.state === 'failed' && (
        <p className={styles.problem} data-testid="instance-doctor" data-kind={instance.kind}>
          {doctorMessage(instance.kind, instance.suggestion)}
        </p>
      )}
      <button type="button" className="button button--sm button--secondary" onClick={recheckInstance}>
        <Translate id="instance.doctor.run">Check the connection</Translate>
      </button>
    </div>
  );
}

function Comparison({ comparison: c, operationId }: { comparison: InstanceComparison; operationId: string }) {
  const difference = c.differences[operationId];
  return (
    <>
      <p data-testid="instance-version">
        {c.version ? (
          <Translate id="instance.version" values={{ version: <strong>{c.version}</strong> }}>
            {'Your instance runs {version}'}
          </Translate>
        ) : (
          <Translate id="instance.noVersion">Your instance does not state its version</Translate>
        )}
        {c.source === 'history' && (
          <>
            {' '}
            <Translate id="instance.fromHistory" values={{ recorded: c.historyVersion }}>
              {'(its document could not be read: what follows is what {recorded} had)'}
            </Translate>
          </>
        )}
      </p>
      {c.missing.includes(operationId) && (
        <p className={styles.problem} data-testid="instance-missing">
          <Translate id="instance.missingHere">
            Your instance does not have this operation (its API document does not list it): it will most likely answer
            404.
          </Translate>
        </p>
      )}
      {difference && (
        <div data-testid="instance-differences">
          <Translate id="instance.differs">On your instance, this operation differs:</Translate>
          <ul>
            {difference.moved && (
              <li>
                <Translate
                  id="instance.moved"
                  values={{ where: `${difference.moved.method.toUpperCase()} ${difference.moved.path}` }}>
                  {'served at {where}'}
                </Translate>
              </li>
            )}
            {difference.facts.map((d) => (
              <li key={`${d.section}:${d.key}`}>
                <code>{differenceMessage(d)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {c.knownPublic.includes(operationId) && (
        <p>
          <Translate id="instance.knownPublic">
            Your instance's document says this operation needs an API key. It does not: Tianji serves it without one,
            which is why these docs show it as public.
          </Translate>
        </p>
      )}
      {c.extra.length > 0 && (
        <details data-testid="instance-extra">
          <summary>
            <Translate id="instance.extra" values={{ count: c.extra.length }}>
              {'Operations your instance has that these docs do not ({count})'}
            </Translate>
          </summary>
          <ul>
            {c.extra.map((e) => (
              <li key={e.id}>
                <code>{`${e.method.toUpperCase()} ${e.path}`}</code> {e.id}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
