import React, { useMemo, type ReactNode } from 'react';
import Heading from '@theme/Heading';
import CodeBlock from '@theme/CodeBlock';
import Translate, { translate } from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { changelogHref } from '../../history/changelog-page';
import type { OperationData, OperationParameter } from '../../openapi/types';
import type { OperationPageHistory } from '../../history/page-facts';
import MethodBadge from '../MethodBadge';
import SchemaView from '../SchemaView';
import InlineMarkdown from '../InlineMarkdown';
import { schemaTypeLabel } from '../../schema/labels';
import { Constraints, ValueList } from '../SchemaView/FieldFacts';
import Playground from '../Playground';
import CopyLink from '../AnchorLink';
import { useAnchorTarget } from '../AnchorLink/useAnchorTarget';
import FieldMarkBadges, { FieldMarksProvider } from '../Changelog/FieldMark';
import {
  InstanceFactMarkBadge,
  InstanceMarksProvider,
  InstanceOperationMark,
} from '../Playground/instance/InstanceMarks';
import LocationTitle from './LocationTitle';
import ResponseDetails from './ResponseDetails';
import { operationOutline, paramKey, REQUEST_BODY_SECTION_ID } from '../../schema/outline';
import styles from './styles.module.css';

type Props = {
  operation: Omit<OperationData, 'description'>;
  /** False when this locale has no translation of the operation yet (English text is shown). */
  translated: boolean;
  /** The release it was added in and later ones that changed it, when newer than the oldest recorded release. */
  history?: OperationPageHistory;
  /** The operation's description, rendered from markdown by MDX. */
  children?: ReactNode;
};

/** "Added in v1.30.4", "Last changed in v1.30.25": small marks under the operation id, linking to the changelog. */
function HistoryMarks({ history }: { history: OperationPageHistory }) {
  const lastChange = history.changed?.at(-1);
  const changelog = useBaseUrl('/changelog');
  return (
    <p className={styles.history} data-testid="operation-history">
      {history.added && (
        <Link className={styles.historyMark} data-testid="added-in" to={changelogHref(changelog, history.added)}>
          <Translate id="api.history.added" values={{ version: <code>{history.added}</code> }}>
            {'Added in {version}'}
          </Translate>
        </Link>
      )}
      {lastChange && (
        <Link className={styles.historyMark} data-testid="changed-in" to={changelogHref(changelog, lastChange)}>
          <Translate id="api.history.lastChanged" values={{ version: <code>{lastChange}</code> }}>
            {'Last changed in {version}'}
          </Translate>
        </Link>
      )}
    </p>
  );
}

function ParameterTable({ params, ids }: { params: OperationParameter[]; ids: Map<string, string> }) {
  return (
    <table className={styles.params}>
      <thead>
        <tr>
          <th>
            <Translate id="api.params.name">Name</Translate>
          </th>
          <th>
            <Translate id="api.params.type">Type</Translate>
          </th>
          <th>
            <Translate id="api.params.description">Description</Translate>
          </th>
        </tr>
      </thead>
      <tbody>
        {params.map((p) => (
          <tr key={paramKey(p)} id={ids.get(paramKey(p))} className={styles.paramRow}>
            <td>
              <code>{p.name}</code>
              {p.required && (
                <span className={styles.required}>
                  <Translate id="api.schema.required">required</Translate>
                </span>
              )}
              <CopyLink id={ids.get(paramKey(p))!} name={p.name} />
            </td>
            <td className={styles.type} data-literal>
              {schemaTypeLabel(p.schema)}
            </td>
            <td>
              <FieldMarkBadges id={ids.get(paramKey(p))!} />
              <InstanceFactMarkBadge id={ids.get(paramKey(p))!} />
              {p.description && <InlineMarkdown text={p.description} />}
              <Constraints schema={p.schema} className={styles.constraints} />
              <ValueList schema={p.schema} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The marks beside parameters and fields: their history, and how the reader's instance differs. */
function PageMarks({
  operation,
  fields,
  children,
}: {
  operation: Props['operation'];
  fields?: OperationPageHistory['fields'];
  children: ReactNode;
}) {
  return (
    <FieldMarksProvider marks={fields}>
      <InstanceMarksProvider operation={operation}>{children}</InstanceMarksProvider>
    </FieldMarksProvider>
  );
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** One operation's reference page: endpoint, auth, parameters, body, responses, and the playground. */
export default function ApiOperation({ operation: op, translated, history, children }: Props) {
  const locations = (['path', 'query', 'header'] as const).filter((loc) => op.parameters.some((p) => p.in === loc));
  const outline = useMemo(() => operationOutline(op), [op]);
  useAnchorTarget();
  return (
    <PageMarks operation={op} fields={history?.fields}>
      <article className={styles.operation} data-operation-id={op.id}>
        <header className={styles.header}>
          {/* Search (src/plugins/pagefind.ts): the summary, path and id weigh most; method and path are shown in results. */}
          <Heading as="h1" data-pagefind-weight="10">
            {op.summary}
          </Heading>
          <p className={styles.endpoint} data-pagefind-meta={`method:${op.method.toUpperCase()}`}>
            <MethodBadge method={op.method} />{' '}
            <code className={styles.path} data-pagefind-meta="path" data-pagefind-weight="8">
              {op.path}
            </code>
          </p>
          <p className={styles.operationId}>
            <Translate id="api.operationId">Operation ID</Translate>:{' '}
            <code data-pagefind-weight="8" data-pagefind-meta="operationId">
              {op.id}
            </code>
          </p>
          {history && (history.added || history.changed) && <HistoryMarks history={history} />}
          <InstanceOperationMark operationId={op.id} />
          <p className={op.secured ? styles.secured : styles.public} data-testid="auth-requirement">
            {op.secured ? (
              <Translate id="api.auth.required">Authorization required: send an API key as a Bearer token.</Translate>
            ) : (
              <Translate id="api.auth.public">Public: no API key needed.</Translate>
            )}
          </p>
          {!translated && (
            <p className={styles.untranslated} data-testid="not-translated">
              <Translate id="api.notTranslated">
                This page has not been translated yet; it is shown in English.
              </Translate>
            </p>
          )}
        </header>

        <div className={styles.layout}>
          <div className={styles.reference}>
            {children && <div className={styles.description}>{children}</div>}

            {locations.length > 0 && (
              <section>
                <Heading as="h2" id="parameters">
                  <Translate id="api.params.title">Parameters</Translate>
                </Heading>
                {locations.map((loc) => (
                  <div key={loc}>
                    <Heading as="h3" id={`parameters-${loc}`}>
                      <LocationTitle location={loc} />
                    </Heading>
                    <ParameterTable params={op.parameters.filter((p) => p.in === loc)} ids={outline.params} />
                  </div>
                ))}
              </section>
            )}

            {op.requestBody && (
              <section>
                <Heading as="h2" id={REQUEST_BODY_SECTION_ID}>
                  <Translate id="api.body.title">Request body</Translate>
                </Heading>
                <p className={styles.mediaType}>
                  <code>{op.requestBody.mediaType}</code>
                  {op.requestBody.required && (
                    <span className={styles.required}>
                      <Translate id="api.schema.required">required</Translate>
                    </span>
                  )}
                </p>
                <SchemaView schema={op.requestBody.schema} tree={outline.body} />
                {op.requestBody.example !== undefined && (
                  <CodeBlock language="json" title={translate({ id: 'api.body.example', message: 'Example' })}>
                    {json(op.requestBody.example)}
                  </CodeBlock>
                )}
              </section>
            )}

            <section>
              <Heading as="h2" id="responses">
                <Translate id="api.responses.title">Responses</Translate>
              </Heading>
              {op.responses.map((r, i) => (
                <ResponseDetails
                  key={r.status}
                  id={outline.responses[i].id}
                  className={styles.response}
                  initiallyOpen={r.status.startsWith('2')}
                  summary={
                    <>
                      <span className={r.status.startsWith('2') ? styles.statusOk : styles.statusError}>
                        {r.status}
                      </span>{' '}
                      <InlineMarkdown text={r.description} />
                    </>
                  }
                  example={r.example !== undefined ? json(r.example) : undefined}>
                  {r.schema && <SchemaView schema={r.schema} tree={outline.responses[i].tree} />}
                </ResponseDetails>
              ))}
            </section>
          </div>

          <aside className={styles.playground}>
            <Playground operation={op} />
          </aside>
        </div>
      </article>
    </PageMarks>
  );
}
