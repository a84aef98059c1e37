import React from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import styles from './index.module.css';

export default function Home() {
  return (
    <Layout
      title={translate({ id: 'home.meta.title', message: 'Tianji Open API' })}
      description={translate({
        id: 'home.meta.description',
        message: 'Reference and live playground for the Tianji Open API, in seven languages.',
      })}>
      <main className={styles.hero}>
        <Heading as="h1">
          <Translate id="home.title">Tianji Open API</Translate>
        </Heading>
        <p className={styles.tagline}>
          <Translate id="home.tagline">
            Analytics, uptime monitors, status pages, telemetry, surveys and feeds of your own Tianji instance, from
            your code. Every operation can be tried right on its page.
          </Translate>
        </p>
        <div className={styles.actions}>
          <Link className="button button--primary button--lg" to="/docs/getting-started">
            <Translate id="home.cta.start">Get started</Translate>
          </Link>
          <Link className="button button--secondary button--lg" to="/docs/api">
            <Translate id="home.cta.reference">API reference</Translate>
          </Link>
        </div>
      </main>
    </Layout>
  );
}
