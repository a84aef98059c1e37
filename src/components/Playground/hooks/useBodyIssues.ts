/**
 * The body checked against its schema as the reader types, 250 ms after they pause. The validator (Ajv) loads
 * on the first edit, never with the page. A syntax message goes as soon as the body parses again.
 */
import { useEffect, useMemo, useState } from 'react';
import type { JsonSchema } from '../../../openapi/types';
import type { BodyValidator, ValidationIssue } from '../../../request/body-validation';
import { parseBody } from '../../../playground/preflight';

export interface BodyIssues {
  /** The JSON parser's complaint, while the body is not JSON. */
  syntax?: string;
  issues: ValidationIssue[];
}

let validatorPromise: Promise<BodyValidator> | undefined;
function loadValidator() {
  validatorPromise ??= import('../../../request/body-validation').then((m) => m.createBodyValidator());
  return validatorPromise;
}

/** `schema`: the body's, if the operation takes one; `edited`: nothing is checked before the reader edits. */
export function useBodyIssues(schema: JsonSchema | undefined, body: string, edited: boolean): BodyIssues {
  const parsed = useMemo(() => parseBody(body), [body]);
  const [checked, setChecked] = useState<BodyIssues>({ issues: [] });

  useEffect(() => {
    if (!schema || !edited) return undefined;
    let current = true;
    const timer = setTimeout(async () => {
      if (parsed.kind !== 'json')
        return setChecked({ syntax: parsed.kind === 'invalid' ? parsed.error : undefined, issues: [] });
      let issues: ValidationIssue[] = [];
      try {
        const validate = await loadValidator();
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
  }, [schema, edited, parsed]);

  return parsed.kind === 'invalid' ? checked : { issues: checked.issues };
}
