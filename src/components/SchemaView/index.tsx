import React from 'react';
import Translate from '@docusaurus/Translate';
import type { JsonSchema, SchemaObject } from '../../openapi/types';
import CopyLink from '../AnchorLink';
import { schemaTypeLabel } from '../../schema/labels';
import type { FieldNode, SchemaNode } from '../../schema/tree';
import UnionView from './UnionView';
import FieldMarkBadges from '../Changelog/FieldMark';
import { InstanceFactMarkBadge } from '../Playground/instance/InstanceMarks';
import InlineMarkdown from '../InlineMarkdown';
import { Constraints, ValueList } from './FieldFacts';
import styles from './styles.module.css';

function Field({ field, depth }: { field: FieldNode; depth: number }) {
  const schema: SchemaObject = typeof field.schema === 'object' ? field.schema : {};
  const head = (
    <>
      <code className={styles.name}>{field.name}</code>{' '}
      <span className={styles.type} data-literal>
        {schemaTypeLabel(field.schema)}
      </span>
      {field.required && (
        <span className={styles.required}>
          <Translate id="api.schema.required">required</Translate>
        </span>
      )}
    </>
  );
  // Beside the head, not in it: a button inside <summary> would be a control nested in a control.
  const link = <CopyLink id={field.id} name={field.name} className={styles.corner} />;
  const details = (
    <>
      <FieldMarkBadges id={field.id} />
      <InstanceFactMarkBadge id={field.id} />
      {typeof schema.description === 'string' && (
        <p className={styles.description}>
          <InlineMarkdown text={schema.description} />
        </p>
      )}
      <Constraints schema={schema} />
      <ValueList schema={schema} />
    </>
  );
  if (!field.content) {
    return (
      <li className={styles.field}>
        {link}
        <div id={field.id} className={styles.head}>
          {head}
        </div>
        {details}
      </li>
    );
  }
  return (
    <li className={styles.field}>
      {link}
      <details open={depth === 0}>
        <summary id={field.id} className={styles.head}>
          {head}
        </summary>
        {details}
        <Content node={field.content} depth={depth + 1} />
      </details>
    </li>
  );
}

function Content({ node, depth }: { node: SchemaNode; depth: number }) {
  if (node.kind === 'union') {
    return <UnionView union={node} depth={depth} renderContent={(n, d) => <Content node={n} depth={d} />} />;
  }
  if (node.fields.length === 0) return null;
  return (
    <ul className={styles.fields}>
      {node.fields.map((field) => (
        <Field key={field.id} field={field} depth={depth} />
      ))}
    </ul>
  );
}

/**
 * A JSON Schema as a nested list of fields with types, required marks, constraints and a copy-link on each;
 * unions as one tab per variant. `tree` is the schema's listing with the page's ids (see tree.ts). Text only.
 */
export default function SchemaView({ schema, tree }: { schema: JsonSchema; tree?: SchemaNode }) {
  const s = schema as SchemaObject;
  return (
    <div className={styles.schema}>
      <p className={styles.rootType}>
        <span className={styles.type} data-literal>
          {schemaTypeLabel(s)}
        </span>
        {typeof s.description === 'string' && (
          <>
            {' — '}
            <InlineMarkdown text={s.description} />
          </>
        )}
      </p>
      {tree && <Content node={tree} depth={0} />}
    </div>
  );
}
