/**
 * The sidebar link, with a mark on operations the reader's instance does not have (src/components/Playground/
 * instance: nothing while the target is the mock). Wraps the theme's own link: only the label changes.
 */
import React, { type ComponentProps, type ReactNode } from 'react';
import Link from '@theme-original/DocSidebarItem/Link';
import { translate } from '@docusaurus/Translate';
import { useMissingDocIds } from '../../../components/Playground/instance/useInstance';
import styles from './styles.module.css';

type Props = ComponentProps<typeof Link>;

export default function DocSidebarItemLink(props: Props) {
  const missing = useMissingDocIds();
  if (!props.item.docId || !missing.has(props.item.docId)) return <Link {...props} />;
  const note = translate({ id: 'instance.sidebar.missing', message: 'not on your instance' });
  // The theme renders the label as given: a node with the mark beside the text.
  const label = (
    <>
      {props.item.label}
      <span className={styles.missing} title={note} data-testid="instance-missing-mark">
        {note}
      </span>
    </>
  ) as ReactNode as string;
  return (
    <Link {...props} item={{ ...props.item, label, className: `${props.item.className ?? ''} instance-missing` }} />
  );
}
