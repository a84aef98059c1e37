/** The request body as JSON text, with what is wrong with it announced politely below, and its times for a person. */
import React, { useId } from 'react';
import Translate from '@docusaurus/Translate';
import type { JsonSchema } from '../../openapi/types';
import type { BodyIssues } from './hooks/useBodyIssues';
import BodyTimeFields from './BodyTimeFields';
import { jsonErrorMessage } from './json-error-messages';
import styles from './styles.module.css';

interface Props {
  mediaType: string;
  schema: JsonSchema;
  body: string;
  onChange: (body: string) => void;
  issues: BodyIssues;
}

export default function BodyEditor({ mediaType, schema, body, onChange, issues }: Props) {
  const id = useId();
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        <Translate id="api.body.title">Request body</Translate> <code>{mediaType}</code>
      </label>
      <textarea
        id={id}
        className={styles.body}
        value={body}
        rows={Math.min(16, Math.max(4, body.split('\n').length))}
        spellCheck={false}
        aria-invalid={Boolean(issues.syntax) || issues.issues.length > 0}
        aria-describedby={`${id}-issues`}
        onChange={(e) => onChange(e.target.value)}
        data-testid="body-editor"
      />
      <div id={`${id}-issues`} aria-live="polite" data-testid="body-issues">
        {issues.syntax && (
          <p className={styles.invalid} data-testid="json-error">
            {jsonErrorMessage(issues.syntax)}
          </p>
        )}
        {issues.issues.length > 0 && (
          <ul className={styles.invalid}>
            {issues.issues.map((issue, i) => (
              <li key={i}>
                <code>{issue.path || '/'}</code> {issue.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <BodyTimeFields schema={schema} body={body} onChange={onChange} />
    </div>
  );
}
