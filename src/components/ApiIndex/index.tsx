import React, { type ReactNode } from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import styles from './styles.module.css';

type Props = {
  title: string;
  version: string;
  tags: Array<{ name: string; label?: string; description: string; id: string }>;
  children?: ReactNode;
};

/** The API reference's landing page: what the API is, then one card per tag. */
export default function ApiIndex({ title, version, tags, children }: Props) {
  const specFile = String(useDocusaurusContext().siteConfig.customFields?.specFile ?? 'openapi.yaml');
  const specUrl = useBaseUrl(`/${specFile}`);
  const llmsUrl = useBaseUrl('/llms.txt');
  return (
    <div>
      <Heading as="h1">{title}</Heading>
      {version && (
        <p className={styles.version}>
          <Translate id="api.index.version" values={{ version }}>
            {'Version {version}'}
          </Translate>
        </p>
      )}
      {children}
      <ul className={styles.links}>
        <li>
          <Link to="/docs/authentication">
            <Translate id="api.index.authLink">How to authenticate</Translate>
          </Link>
        </li>
        <li>
          {/* Plain links: these files are written after the build, outside the site's routes. */}
          <a href={specUrl} download data-testid="spec-download">
            <Translate id="api.index.download" values={{ file: specFile }}>
              {'Download the OpenAPI document ({file})'}
            </Translate>
          </a>
        </li>
        <li>
          <a href={llmsUrl}>
            <Translate id="api.index.llms">Page list for language models (llms.txt)</Translate>
          </a>
        </li>
      </ul>
      <Heading as="h2" id="groups">
        <Translate id="api.index.groups">Operation groups</Translate>
      </Heading>
      {/* The groups repeat the tag pages' titles and descriptions: not indexed for search (src/plugins/pagefind.ts). */}
      <ul className={styles.cards} data-pagefind-ignore>
        {tags.map((tag) => (
          <li key={tag.name} className={styles.card}>
            <Link to={`/docs/api/${tag.id}`} className={styles.cardTitle}>
              {tag.label ?? tag.name}
            </Link>
            <p>{tag.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
