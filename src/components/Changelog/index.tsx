import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, { translate } from '@docusaurus/Translate';
import type {
  ChangelogData,
  ChangelogFactItem,
  ChangelogOperationItem,
  ChangelogVersion,
} from '../../history/changelog-page';
import MethodBadge from '../MethodBadge';
import styles from './styles.module.css';

function Breaking() {
  return (
    <span className={styles.breaking} data-testid="breaking">
      <Translate id="changelog.breaking">Breaking</Translate>
    </span>
  );
}

/** "Parameter `tag` (`query`)", "Response field `list[].id`", "Request body". */
function Subject({ fact }: { fact: ChangelogFactItem }): ReactNode {
  const name = <code>{fact.name}</code>;
  if (fact.section === 'parameters')
    return (
      <Translate id="changelog.subject.parameter" values={{ name, location: <code>{fact.location}</code> }}>
        {'Parameter {name} ({location})'}
      </Translate>
    );
  if (fact.name === '')
    return fact.section === 'request' ? (
      <Translate id="changelog.subject.requestBody">Request body</Translate>
    ) : (
      <Translate id="changelog.subject.responseBody">Response body</Translate>
    );
  return fact.section === 'request' ? (
    <Translate id="changelog.subject.request" values={{ name }}>
      {'Request field {name}'}
    </Translate>
  ) : (
    <Translate id="changelog.subject.response" values={{ name }}>
      {'Response field {name}'}
    </Translate>
  );
}

/** One change, worded by its kind (the Markdown twin words it with the same ids: src/markdown-pages/changelog.ts). */
function Change({ fact }: { fact: ChangelogFactItem }): ReactNode {
  const subject = <Subject fact={fact} />;
  const from = <code>{fact.from}</code>;
  const to = <code>{fact.to}</code>;
  switch (fact.kind) {
    case 'added':
      return (
        <Translate id="changelog.change.added" values={{ subject, type: to }}>
          {'{subject} added ({type})'}
        </Translate>
      );
    case 'removed':
      return (
        <Translate id="changelog.change.removed" values={{ subject }}>
          {'{subject} removed'}
        </Translate>
      );
    case 'retyped':
      return (
        <Translate id="changelog.change.retyped" values={{ subject, from, to }}>
          {'{subject}: type {from} changed to {to}'}
        </Translate>
      );
    case 'required':
      return (
        <Translate id="changelog.change.required" values={{ subject }}>
          {'{subject} is now required'}
        </Translate>
      );
    case 'optional':
      return (
        <Translate id="changelog.change.optional" values={{ subject }}>
          {'{subject} is now optional'}
        </Translate>
      );
  }
}

function Operation({ op, version }: { op: ChangelogOperationItem; version: ChangelogVersion }) {
  const title = (
    <>
      <MethodBadge method={op.method} /> <code>{op.path}</code>
      {op.summary && <span className={styles.summary}> {op.summary}</span>}
    </>
  );
  return (
    <li id={`${version.anchor}.${op.id}`} className={styles.operation} data-operation-id={op.id}>
      {op.href ? <Link to={op.href}>{title}</Link> : title} {op.breaking && <Breaking />}
      {(op.movedFrom || op.changes.length > 0) && (
        <ul className={styles.changes}>
          {op.movedFrom && (
            <li>
              <Translate id="changelog.movedFrom" values={{ from: <code>{op.movedFrom}</code> }}>
                {'Moved from {from}'}
              </Translate>
            </li>
          )}
          {op.changes.map((fact, i) => (
            <li key={i} data-testid="changelog-change">
              {/* A plain link: the parameter and field ids are not headings, which Docusaurus's anchor check
                  would report as broken; the page opens and scrolls to them itself (AnchorLink/useAnchorTarget). */}
              {fact.href ? (
                <a href={fact.href}>
                  <Change fact={fact} />
                </a>
              ) : (
                <Change fact={fact} />
              )}{' '}
              {fact.breaking && <Breaking />}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Operations({ version, kind }: { version: ChangelogVersion; kind: 'added' | 'removed' | 'changed' }) {
  const ops = version[kind];
  if (ops.length === 0) return null;
  const heading = {
    added: <Translate id="changelog.section.added">Operations added</Translate>,
    removed: <Translate id="changelog.section.removed">Operations removed</Translate>,
    changed: <Translate id="changelog.section.changed">Operations changed</Translate>,
  }[kind];
  return (
    <>
      <Heading as="h3" id={`${version.anchor}-${kind}`}>
        {heading}
      </Heading>
      <ul className={styles.operations}>
        {ops.map((op) => (
          <Operation key={op.id} op={op} version={version} />
        ))}
      </ul>
    </>
  );
}

function Version({ version }: { version: ChangelogVersion }) {
  const empty = version.added.length + version.removed.length + version.changed.length === 0;
  return (
    <section className={styles.version} data-testid="changelog-version">
      <Heading as="h2" id={version.anchor}>
        {version.version}
      </Heading>
      <p className={styles.meta}>
        <Translate id="changelog.released" values={{ date: <time dateTime={version.date}>{version.date}</time> }}>
          {'Released on {date}'}
        </Translate>
        {version.breakingCount > 0 && (
          <>
            {' · '}
            <strong>
              <Translate id="changelog.breakingCount" values={{ count: version.breakingCount }}>
                {'Breaking changes: {count}'}
              </Translate>
            </strong>
          </>
        )}
      </p>
      {!version.previous ? (
        <p>
          <Translate id="changelog.baseline" values={{ count: version.operationCount }}>
            {'The oldest recorded release, with {count} operations: the releases after it are compared with it.'}
          </Translate>
        </p>
      ) : empty ? (
        <p>
          <Translate id="changelog.noChange">No operation, parameter or field changed.</Translate>
        </p>
      ) : (
        (['added', 'removed', 'changed'] as const).map((kind) => (
          <Operations key={kind} version={version} kind={kind} />
        ))
      )}
    </section>
  );
}

/** The changelog page (src/plugins/changelog.ts): every release newest first, the breaking rule stated once. */
export default function Changelog({ changelog }: { changelog: ChangelogData }) {
  const title = translate({ id: 'changelog.title', message: 'Changelog' });
  const feedTitle = translate({ id: 'changelog.feed.title', message: 'Tianji Open API: changelog' });
  return (
    <Layout
      title={title}
      description={translate({
        id: 'changelog.intro',
        message:
          'What changed in the Tianji Open API from one release to the next, newest first, read from the OpenAPI document published with each release.',
      })}>
      <Head>
        <link rel="alternate" type="application/atom+xml" title={feedTitle} href={changelog.feed} />
        <link rel="alternate" type="text/markdown" title={title} href={changelog.markdown} />
      </Head>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="changelog.intro">
            What changed in the Tianji Open API from one release to the next, newest first, read from the OpenAPI
            document published with each release.
          </Translate>
        </p>
        <p className={styles.rule} data-testid="breaking-rule">
          <Translate id="changelog.rule">
            A change is breaking when a client written for the previous release can fail: an operation removed or moved;
            a parameter or request field removed, newly required or no longer accepting its old type; a response field
            removed, made optional or able to hold a type it could not before.
          </Translate>
        </p>
        <p className={styles.links}>
          <a href={changelog.feed} type="application/atom+xml">
            <Translate id="changelog.feed">Atom feed</Translate>
          </a>
          {' · '}
          <a href={changelog.markdown} type="text/markdown">
            <Translate id="changelog.markdown">Markdown</Translate>
          </a>
        </p>
        {changelog.versions.map((version) => (
          <Version key={version.version} version={version} />
        ))}
      </main>
    </Layout>
  );
}
