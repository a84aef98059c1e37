import React, { type ReactNode } from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

type Props = {
  title: string;
  version: string;
  tags: Array<{ name: string; label?: string; description: string; id: string }>;
  children?: ReactNode;
};

/** The API reference's landing page: what the API is, then one card per tag. */
export default function ApiIndex({ title, version, tags, children }: Props) {
  return (
    <div>
      <Heading as="h1">{title}</Heading>
      {version && (
        <p className={styles.version}>
          <Translate id="api.index.version" values={{ version }}>{'Version {version}'}</Translate>
        </p>
      )}
      {children}
      <p>
        <Link to="/docs/authentication">
          <Translate id="api.index.authLink">How to authenticate</Translate>
        </Link>
      </p>
      <Heading as="h2" id="groups">
        <Translate id="api.index.groups">Operation groups</Translate>
      </Heading>
      <ul className={styles.cards}>
        {tags.map((tag) => (
          <li key={tag.name} className={styles.card}>
            <Link to={`/docs/api/${tag.id}`} className={styles.cardTitle}>{tag.label ?? tag.name}</Link>
            <p>{tag.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
