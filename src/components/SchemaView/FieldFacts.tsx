import React from 'react';
import Interpolate from '@docusaurus/Interpolate';
import { translate } from '@docusaurus/Translate';
import {
  CONSTRAINT_MESSAGES,
  LITERAL_PLACEHOLDERS,
  schemaConstraints,
  type ConstraintKey,
} from '../../schema/constraints';
import { fieldValues } from '../../schema/values';
import InlineMarkdown from '../InlineMarkdown';
import styles from './styles.module.css';

/** A UI-catalog message by its key, in the reader's language, placeholders left for <Interpolate>. */
const template = (key: ConstraintKey) => translate(CONSTRAINT_MESSAGES[key]);

/** A field's constraints in words ("1 to 100 characters · default: 20"), literal values (default, pattern) as code. */
export function Constraints({ schema, className }: { schema: unknown; className?: string }) {
  const list = schemaConstraints(schema);
  if (list.length === 0) return null;
  return (
    <p className={className ?? styles.constraints}>
      {list.map((item, i) => (
        <React.Fragment key={item.key}>
          {i > 0 && ' · '}
          <Interpolate
            values={Object.fromEntries(
              Object.entries(item.values).map(([name, value]) => [
                name,
                LITERAL_PLACEHOLDERS.has(name) ? <code>{value}</code> : value,
              ]),
            )}>
            {template(item.key)}
          </Interpolate>
        </React.Fragment>
      ))}
    </p>
  );
}

/** A field's values, each with its meaning: "`owner` — Full control…"; a documented list says it is not enforced. */
export function ValueList({ schema }: { schema: unknown }) {
  const list = fieldValues(schema);
  if (!list) return null;
  return (
    <div className={styles.values}>
      <p className={styles.valuesHeading}>{template(list.enforced ? 'valuesEnforced' : 'valuesDocumented')}</p>
      <ul>
        {list.values.map(({ value, meaning }) => (
          <li key={value}>
            <code>{value}</code>
            {meaning && (
              <>
                {' — '}
                <InlineMarkdown text={meaning} />
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
