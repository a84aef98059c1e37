/**
 * The reader's instance on the operation page itself: a mark in the header when the instance lacks the operation,
 * and beside each parameter and field it lacks or has differently (src/instance/marks.ts). Nothing while the
 * target is the mock, on the server and on the first render.
 */
import React, { createContext, useContext, useMemo, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { pageOutline } from '../../../history/anchors';
import { instanceFactMarks, type InstanceFactMark } from '../../../instance/marks';
import type { OperationData } from '../../../openapi/types';
import { useInstance } from './useInstance';
import styles from './instance.module.css';

const NONE: Record<string, InstanceFactMark> = {};
const FactMarks = createContext(NONE);

export function InstanceMarksProvider({
  operation,
  children,
}: {
  operation: Pick<OperationData, 'id' | 'parameters' | 'requestBody' | 'responses'>;
  children: ReactNode;
}) {
  const instance = useInstance();
  const difference = instance.state === 'ready' ? instance.comparison.differences[operation.id] : undefined;
  // The page's outline is worked out only when there is something to mark (never on the mock).
  const marks = useMemo(
    () => (difference ? instanceFactMarks(pageOutline(operation), difference) : NONE),
    [operation, difference],
  );
  return <FactMarks.Provider value={marks}>{children}</FactMarks.Provider>;
}

/** In the page header: "Not on your instance (v1.22.0)". */
export function InstanceOperationMark({ operationId }: { operationId: string }) {
  const instance = useInstance();
  if (instance.state !== 'ready' || !instance.comparison.missing.includes(operationId)) return null;
  const { version } = instance.comparison;
  return (
    <p className={styles.pageMark} data-testid="instance-missing-page">
      {version ? (
        <Translate id="instance.page.missing" values={{ version: <code>{version}</code> }}>
          {'Not on your instance ({version}): it does not list this operation.'}
        </Translate>
      ) : (
        <Translate id="instance.page.missingNoVersion">
          Not on your instance: it does not list this operation.
        </Translate>
      )}
    </p>
  );
}

/** Beside a parameter or field: "not on your instance", "type differs on your instance: string", … */
export function InstanceFactMarkBadge({ id }: { id: string }) {
  const mark = useContext(FactMarks)[id];
  if (!mark) return null;
  return (
    <span className={styles.factMark} data-testid="instance-fact-mark" data-kind={mark.kind}>
      {mark.kind === 'missing' && <Translate id="instance.fact.missing">not on your instance</Translate>}
      {mark.kind === 'type' && (
        <Translate id="instance.fact.type" values={{ type: <code>{mark.type}</code> }}>
          {'type differs on your instance: {type}'}
        </Translate>
      )}
      {mark.kind === 'required' &&
        (mark.required ? (
          <Translate id="instance.fact.required">required on your instance</Translate>
        ) : (
          <Translate id="instance.fact.optional">optional on your instance</Translate>
        ))}
    </span>
  );
}
