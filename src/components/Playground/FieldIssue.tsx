/** What is wrong with one parameter's value, under its field, and the attributes that tie the field to it. */
import React from 'react';
import Translate from '@docusaurus/Translate';
import type { ParamIssue } from '../../playground/param-check';
import styles from './checks.module.css';

/** For the field's input: marked invalid and described by its issues while it has any. */
export function fieldIssueProps(id: string, issues: ParamIssue[]) {
  return issues.length > 0 ? { 'aria-invalid': true, 'aria-describedby': `${id}-issue` } : {};
}

export default function FieldIssue({ id, issues }: { id: string; issues: ParamIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <p id={`${id}-issue`} className={styles.fieldIssue} data-testid="field-issue">
      {issues.map((issue, i) => (
        <React.Fragment key={i}>
          {i > 0 && '; '}
          {issue.keyword === 'required' ? (
            <Translate id="playground.param.required">Required.</Translate>
          ) : (
            issue.message
          )}
        </React.Fragment>
      ))}
    </p>
  );
}
