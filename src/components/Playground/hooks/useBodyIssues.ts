/**
 * The body checked against its schema as the reader types, 250 ms after they pause, with the messages in the
 * reader's language. The validator (Ajv, and ajv-i18n's language) loads on the first edit, never with the
 * page. A syntax message goes as soon as the body parses again.
 */
import { useEffect, useMemo, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { JsonSchema } from '../../../openapi/types';
import type { ValidationIssue } from '../../../request/schema-validation';
import { jsonSyntaxError, type JsonSyntaxError } from '../../../request/json-error';
import { parseBody } from '../../../playground/preflight';
import { lazyChecker } from '../lazy-checker';

export interface BodyIssues {
  /** Where and how the body stops being JSON, while it is not JSON. */
  syntax?: JsonSyntaxError;
  issues: ValidationIssue[];
}

const loadValidator = lazyChecker((localize) =>
  import('../../../request/schema-validation').then((m) => m.createBodyValidator({ localize })),
);

/** `schema`: the body's, if the operation takes one; `edited`: nothing is checked before the reader edits. */
export function useBodyIssues(schema: JsonSchema | undefined, body: string, edited: boolean): BodyIssues {
  const locale = useDocusaurusContext().i18n.currentLocale;
  const parsed = useMemo(() => parseBody(body), [body]);
  const [checked, setChecked] = useState<BodyIssues>({ issues: [] });

  useEffect(() => {
    if (!schema || !edited) return undefined;
    let current = true;
    const timer = setTimeout(async () => {
      if (parsed.kind !== 'json')
        return setChecked({ syntax: (parsed.kind === 'invalid' && jsonSyntaxError(body)) || undefined, issues: [] });
      let issues: ValidationIssue[] = [];
      try {
        const validate = await loadValidator(locale);
        issues = validate(schema, structuredClone(parsed.value)); // the validator fills in defaults: not in ours
      } catch {
        // The validator did not load (offline?): the server will judge the body.
      }
      if (current) setChecked({ issues });
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [schema, edited, parsed, body, locale]);

  return parsed.kind === 'invalid' ? checked : { issues: checked.issues };
}
