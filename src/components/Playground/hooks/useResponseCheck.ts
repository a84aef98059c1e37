/**
 * The answer compared with the response documented for its status (src/request/response-check.ts), in the
 * reader's language. The checker (Ajv) loads when the first answer arrives, and runs after the answer is on
 * screen; a body too large to show whole is not checked (the check says so).
 */
import { useEffect, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { OperationResponse } from '../../../openapi/types';
import type { ResponseOutcome } from '../../../request/send';
import type { ResponseCheck } from '../../../request/response-check';
import { lazyChecker } from '../lazy-checker';

const loadChecker = lazyChecker((localize) =>
  import('../../../request/response-check').then((m) => m.createResponseChecker({ localize })),
);

/** undefined while checking (or when the checker could not load). */
export function useResponseCheck(responses: OperationResponse[], answer: ResponseOutcome): ResponseCheck | undefined {
  const locale = useDocusaurusContext().i18n.currentLocale;
  const [checked, setChecked] = useState<{ answer: ResponseOutcome; result: ResponseCheck }>();

  useEffect(() => {
    let current = true;
    // After the answer is painted: a large body takes Ajv a moment.
    const timer = setTimeout(async () => {
      try {
        const check = await loadChecker(locale);
        if (current) setChecked({ answer, result: check(responses, answer) });
      } catch {
        // The checker did not load (offline?): the panel shows the answer without a verdict.
      }
    }, 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [responses, answer, locale]);

  return checked?.answer === answer ? checked.result : undefined;
}
