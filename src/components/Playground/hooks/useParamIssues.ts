/**
 * Parameter values checked against their schemas as the reader types (src/playground/param-check.ts), with
 * the messages in the reader's language. The checker loads on the first change of a value (the examples the
 * playground starts with are valid: test/tianji-examples.test.ts) or on the first send, which awaits `check`;
 * `warm` loads it ahead, when the reader reaches for the playground, so that first send does not wait for it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { OperationParameter } from '../../../openapi/types';
import type { PlaygroundValues } from '../../../playground/initial-values';
import type { ParamIssue } from '../../../playground/param-check';
import { lazyChecker } from '../lazy-checker';

const loadChecker = lazyChecker((localize) =>
  import('../../../playground/param-check').then((m) => m.createParamChecker({ localize })),
);

export interface ParamIssues {
  issues: ParamIssue[];
  /** The issues of the current values, once the checker is there (none if it cannot load). */
  check: () => Promise<ParamIssue[]>;
  /** Starts loading the checker (for pointer-enter and focus), without checking anything. */
  warm: () => void;
}

export function useParamIssues(parameters: OperationParameter[], values: PlaygroundValues): ParamIssues {
  const locale = useDocusaurusContext().i18n.currentLocale;
  const [issues, setIssues] = useState<ParamIssue[]>([]);
  const latest = useRef(values);
  latest.current = values;
  const initial = useRef(values);
  const { path, query, header } = values;

  const check = useCallback(async () => {
    try {
      const found = (await loadChecker(locale))(parameters, latest.current);
      setIssues(found);
      return found;
    } catch {
      return []; // the checker did not load (offline?): the server will judge the values
    }
  }, [locale, parameters]);

  useEffect(() => {
    const { current } = initial;
    if (path === current.path && query === current.query && header === current.header) return;
    void check();
  }, [path, query, header, check]);

  const warm = useCallback(() => {
    loadChecker(locale).catch(() => undefined); // tried again by check
  }, [locale]);

  return { issues, check, warm };
}
