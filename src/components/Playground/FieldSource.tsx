/** The small mark beside a prefilled field saying where its value came from (rules in session/field-source.ts). */
import React, { createContext, useContext } from 'react';
import Translate from '@docusaurus/Translate';
import type { OperationParameter } from '../../openapi/types';
import type { FieldSource as Source } from '../../playground/session/field-source';
import type { ValueSource } from '../../playground/session/shared-values';
import styles from './styles.module.css';

/** Where each field's value came from; provided by the playground around its parameter fields. */
export const FieldSourceContext = createContext<((param: OperationParameter) => Source) | undefined>(undefined);

export default function FieldSource({ param }: { param: OperationParameter }) {
  const source = useContext(FieldSourceContext)?.(param);
  if (!source || source.kind === 'none') return null;
  return (
    <span className={styles.fieldSource} data-testid="field-source" data-source={source.kind}>
      {source.kind === 'default' ? (
        <Translate id="playground.source.default">default</Translate>
      ) : source.kind === 'example' ? (
        <Translate id="playground.source.example">spec example</Translate>
      ) : source.source.kind === 'typed' ? (
        <Translate id="playground.source.shared">shared value</Translate>
      ) : (
        <SourceText source={source.source} />
      )}
    </span>
  );
}

/** Where a shared value came from: typed on an operation's page, or taken from its response. */
export function SourceText({ source }: { source: ValueSource }) {
  const operation = <code>{source.operationId}</code>;
  return source.kind === 'typed' ? (
    <Translate id="playground.shared.setOn" values={{ operation }}>
      {'set on {operation}'}
    </Translate>
  ) : (
    <Translate id="playground.source.response" values={{ operation }}>
      {'from the response of {operation}'}
    </Translate>
  );
}
