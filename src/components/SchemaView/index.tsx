import React from 'react';
import Translate from '@docusaurus/Translate';
import type { JsonSchema, SchemaObject } from '../../openapi/types';
import { schemaConstraints, schemaTypeLabel, variantsOf } from './schemaLabel';
import InlineMarkdown from '../InlineMarkdown';
import styles from './styles.module.css';

type Schema = SchemaObject;

// Deeper levels are rare in practice and would only make the page longer; the example shows the rest.
const MAX_DEPTH = 6;

/** The object whose fields should be listed for a schema: itself, its array items, or its non-null variant. */
function fieldsHolder(schema: Schema): Schema | undefined {
  if (schema.properties) return schema;
  if (schema.type === 'array' && schema.items && typeof schema.items === 'object') return fieldsHolder(schema.items);
  const variants = variantsOf(schema)?.filter((v) => v && typeof v === 'object' && v.type !== 'null');
  if (variants?.length === 1) return fieldsHolder(variants[0]);
  return undefined;
}

function Field({ name, schema, required, depth }: { name: string; schema: Schema; required: boolean; depth: number }) {
  const nested = typeof schema === 'object' && depth < MAX_DEPTH ? fieldsHolder(schema) : undefined;
  const constraints = schemaConstraints(schema);
  const head = (
    <>
      <code className={styles.name}>{name}</code>{' '}
      <span className={styles.type} data-literal>
        {schemaTypeLabel(schema)}
      </span>
      {required && (
        <span className={styles.required}>
          <Translate id="api.schema.required">required</Translate>
        </span>
      )}
    </>
  );
  const details = (
    <>
      {typeof schema.description === 'string' && (
        <p className={styles.description}>
          <InlineMarkdown text={schema.description} />
        </p>
      )}
      {constraints.length > 0 && (
        <p className={styles.constraints} data-literal>
          {constraints.join(' · ')}
        </p>
      )}
    </>
  );
  if (!nested) {
    return (
      <li className={styles.field}>
        <div>{head}</div>
        {details}
      </li>
    );
  }
  return (
    <li className={styles.field}>
      <details open={depth === 0}>
        <summary>{head}</summary>
        {details}
        <Fields schema={nested} depth={depth + 1} />
      </details>
    </li>
  );
}

function Fields({ schema, depth }: { schema: Schema; depth: number }) {
  const required = new Set<string>(Array.isArray(schema.required) ? schema.required : []);
  const entries = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
  if (entries.length === 0) return null;
  return (
    <ul className={styles.fields}>
      {entries.map(([name, child]) => (
        <Field key={name} name={name} schema={child} required={required.has(name)} depth={depth} />
      ))}
    </ul>
  );
}

/** A JSON Schema as a nested list of fields with types, required marks and constraints. Text only. */
export default function SchemaView({ schema }: { schema: JsonSchema }) {
  const s = schema as Schema;
  const holder = fieldsHolder(s);
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
      {holder && <Fields schema={holder} depth={0} />}
    </div>
  );
}
