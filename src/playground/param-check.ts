/**
 * Parameter values checked against their schemas as the reader types: type, pattern, format, enum, range,
 * length (Ajv, the values coerced from text as a server reads them: `"20"` is an integer), and required ones
 * left empty (the rule of `missingRequired`). A problem here warns, it does not forbid: the reader may send
 * anyway, to see what the server says. Heavy (Ajv): the playground loads it on the first edit or send.
 */
import type { Localize } from 'ajv-i18n/localize/types';
import type { OperationParameter } from '../openapi/types';
import { createSchemaValidator } from '../request/schema-validation';
import { missingRequired, type PlaygroundValues } from './initial-values';

export interface ParamIssue {
  in: OperationParameter['in'];
  name: string;
  /** The JSON Schema keyword that failed (`pattern`, `type`, …), or `required` for an empty required value. */
  keyword: string;
  /** Ajv's sentence in the reader's language; none for `required` (the page says it in its own words). */
  message?: string;
}

export type ParamChecker = (parameters: OperationParameter[], values: PlaygroundValues) => ParamIssue[];

/** The issues of every parameter, in page order (several for one value when it breaks several keywords). */
export function createParamChecker(options: { localize?: Localize } = {}): ParamChecker {
  const errorsOf = createSchemaValidator({ coerceTypes: true, localize: options.localize });
  return (parameters, values) => {
    const missing = new Set(missingRequired({ parameters }, values));
    const issues: ParamIssue[] = [];
    for (const p of parameters) {
      const value = values[p.in][p.name] ?? '';
      if (missing.has(p.name)) issues.push({ in: p.in, name: p.name, keyword: 'required' });
      if (value === '') continue; // an empty optional value is not sent
      for (const error of errorsOf(p.schema, value) ?? []) {
        issues.push({ in: p.in, name: p.name, keyword: error.keyword, message: error.message ?? error.keyword });
      }
    }
    return issues;
  };
}
