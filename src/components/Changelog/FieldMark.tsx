import React, { createContext, useContext, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { changelogHref } from '../../history/changelog-page';
import type { FieldMark } from '../../history/page-facts';
import styles from './styles.module.css';

/** The marks of the page's parameters and fields by their id (src/history/page-facts.ts), from the page's props. */
const FieldMarks = createContext<Record<string, FieldMark> | undefined>(undefined);

export function FieldMarksProvider({ marks, children }: { marks?: Record<string, FieldMark>; children: ReactNode }) {
  return <FieldMarks.Provider value={marks}>{children}</FieldMarks.Provider>;
}

function Changed({ change }: { change: NonNullable<FieldMark['changed']> }) {
  const version = <code>{change.version}</code>;
  switch (change.kind) {
    case 'retyped':
      return (
        <Translate id="changelog.mark.retyped" values={{ version, from: <code>{change.from}</code> }}>
          {'Changed in {version}: type was {from}'}
        </Translate>
      );
    case 'required':
      return (
        <Translate id="changelog.mark.required" values={{ version }}>
          {'Changed in {version}: now required'}
        </Translate>
      );
    case 'optional':
      return (
        <Translate id="changelog.mark.optional" values={{ version }}>
          {'Changed in {version}: now optional'}
        </Translate>
      );
  }
}

/** "Added in v1.30.2", "Changed in v1.30.25: now required" beside a parameter or field, each linking to the changelog. */
export default function FieldMarkBadges({ id }: { id: string }) {
  const mark = useContext(FieldMarks)?.[id];
  const changelog = useBaseUrl('/changelog');
  if (!mark) return null;
  return (
    <span className={styles.marks} data-testid="field-history">
      {mark.added && (
        <Link className={styles.mark} to={changelogHref(changelog, mark.added)} data-testid="field-added-in">
          <Translate id="changelog.mark.added" values={{ version: <code>{mark.added}</code> }}>
            {'Added in {version}'}
          </Translate>
        </Link>
      )}
      {mark.changed && (
        <Link
          className={styles.mark}
          to={changelogHref(changelog, mark.changed.version)}
          data-testid="field-changed-in">
          <Changed change={mark.changed} />
        </Link>
      )}
    </span>
  );
}
