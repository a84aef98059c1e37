/**
 * Ids in a response that other operations take (rules in session/response-ids.ts), each one click away from
 * being a shared value. Values from the response are shown as text only.
 */
import React, { useId, useMemo } from 'react';
import Translate from '@docusaurus/Translate';
import type { OperationData } from '../../openapi/types';
import type { ResponseOutcome } from '../../request/send';
import type { PlaygroundValues } from '../../playground/initial-values';
import { responseIdOffers } from '../../playground/session/response-ids';
import { SHARED_PARAMETERS, useSharedValues } from './hooks/useSharedValues';
import styles from './styles.module.css';

interface Props {
  operation: Pick<OperationData, 'id' | 'method' | 'path' | 'parameters' | 'responses'>;
  response: ResponseOutcome;
  /** What the request sent. */
  values: PlaygroundValues;
}

function parsed(response: ResponseOutcome): unknown {
  if (response.truncated) return undefined;
  try {
    return JSON.parse(response.text);
  } catch {
    return undefined;
  }
}

export default function ResponseIds({ operation, response, values }: Props) {
  const [shared, store] = useSharedValues();
  const id = useId();
  const offers = useMemo(
    () =>
      responseIdOffers({
        operation,
        status: response.status,
        body: parsed(response),
        headers: response.headers,
        request: values,
        sharedNames: SHARED_PARAMETERS,
      }),
    [operation, response, values],
  );
  if (offers.length === 0 || !store) return null;
  const source = {
    kind: 'response',
    operationId: operation.id,
    method: operation.method,
    path: operation.path,
  } as const;
  return (
    <div className={styles.offers} data-testid="response-ids">
      <strong>
        <Translate id="playground.ids.title">Ids for other operations</Translate>
      </strong>
      <ul>
        {offers.map((offer, i) => {
          const inUse = shared.values[offer.name]?.value === offer.value;
          return (
            <li key={`${offer.name}=${offer.value}`} data-testid="response-id" data-name={offer.name}>
              {/* Described, not labelled, by the name: the parameter's own field keeps that label. */}
              <span id={`${id}-${i}`}>
                <code>{offer.name}</code> <code data-testid="response-id-value">{offer.value}</code>
              </span>
              {offer.label && <span className={styles.muted}>({offer.label})</span>}
              {inUse ? (
                <span className={styles.fieldSource} data-testid="response-id-in-use">
                  <Translate id="playground.ids.inUse">shared value</Translate>
                </span>
              ) : (
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  aria-describedby={`${id}-${i}`}
                  onClick={() => store.set(offer.name, offer.value, source)}
                  data-testid="response-id-use">
                  <Translate id="playground.ids.use">Use</Translate>
                </button>
              )}
              {offer.operations.length > 0 && (
                <span className={styles.help}>
                  <Translate id="playground.ids.for" values={{ operations: offer.operations.join(', ') }}>
                    {'for {operations}'}
                  </Translate>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
