/**
 * Does an answer match what the docs say? The response documented for its status (the exact code, else its
 * range such as `4XX`, else `default`) is compared with the body by Ajv, and each difference is given as the
 * JSON Pointer, what the schema expects, what came, and Ajv's message (in the reader's language when a
 * `localize` is given). On a real instance, this shows where the server and the docs disagree.
 * Pure, and heavy (Ajv): the browser loads it when an answer arrives.
 */
import type { ErrorObject } from 'ajv';
import type { Localize } from 'ajv-i18n/localize/types';
import { isJsonMediaType } from '../openapi/json';
import { documentedResponse } from '../openapi/responses';
import type { JsonSchema, OperationResponse } from '../openapi/types';
import { createSchemaValidator, errorPath } from './schema-validation';

/** More differences than this are counted, not listed: a list of thousands helps nobody. */
export const MAX_DIFFERENCES = 50;
/** Values are shown cut to this many characters. */
const PREVIEW_CHARS = 80;

export interface Difference {
  /** JSON Pointer into the body (`` for the body itself). */
  path: string;
  keyword: string;
  /** What the schema wants, in schema notation (`string`, `"a" | "b"`, `format date-time`); null: nothing, the property is not documented. */
  expected: string | null;
  /** The value that came, as JSON cut to a preview; null: nothing came (a missing property, an empty body). */
  received: string | null;
  /** Ajv's sentence, localized. */
  message: string;
}

export type ResponseCheck =
  | { kind: 'matches'; documented: string }
  | { kind: 'differs'; documented: string; differences: Difference[]; more: number }
  /** The status is not in the docs (nor its range, nor `default`). */
  | { kind: 'undocumented'; status: number }
  /** The docs give no body schema for the status, and a body came: nothing to compare it with. */
  | { kind: 'no-schema'; documented: string }
  /** The body was cut for display (see send.ts): checking a part would report false differences. */
  | { kind: 'too-large'; size: number }
  /** The documented schema cannot be compiled (a broken spec): the check cannot say anything. */
  | { kind: 'unchecked'; documented: string };

export interface AnswerToCheck {
  status: number;
  contentType: string;
  text: string;
  truncated: boolean;
  size: number;
}

/** The body as the schema sees it: JSON when it parses (and is not declared as another type), else the text. */
function bodyValue(answer: AnswerToCheck): unknown {
  const declaredOther = answer.contentType !== '' && !isJsonMediaType(answer.contentType);
  if (declaredOther) return answer.text;
  try {
    return JSON.parse(answer.text);
  } catch {
    return answer.text;
  }
}

function cut(text: string): string {
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text;
}

/** A value as JSON, cut to a preview. */
export function preview(value: unknown): string {
  return cut(JSON.stringify(value) ?? String(value));
}

/** A schema in a few characters: its type, const or enum (the branches of a union joined by `|`). */
export function schemaSummary(schema: unknown): string {
  if (typeof schema !== 'object' || schema === null) return preview(schema);
  const s = schema as JsonSchema;
  if ('const' in s) return preview(s.const);
  if (Array.isArray(s.enum)) return cut(s.enum.map((v) => JSON.stringify(v)).join(' | '));
  const union = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (Array.isArray(union)) return union.map(schemaSummary).join(' | ');
  const type = Array.isArray(s.type) ? s.type.join(' | ') : typeof s.type === 'string' ? s.type : undefined;
  const format = typeof s.format === 'string' ? ` (${s.format})` : '';
  return type ? `${type}${format}` : 'any';
}

/** What the failed keyword wanted, from the error (Ajv's `verbose` errors carry the schema and the value). */
function expectedOf(error: ErrorObject): string | null {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return String(params.type).split(',').join(' | ');
    case 'required': {
      const properties = (error.parentSchema?.properties ?? {}) as Record<string, unknown>;
      return schemaSummary(properties[String(params.missingProperty)] ?? {});
    }
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return null;
    case 'enum':
    case 'const':
    case 'anyOf':
    case 'oneOf':
      return schemaSummary(error.parentSchema);
    case 'format':
      return `format ${String(params.format)}`;
    case 'pattern':
      return `pattern ${String(params.pattern)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${String(params.comparison)} ${String(params.limit)}`;
    default:
      return `${error.keyword} ${preview(error.schema)}`;
  }
}

function receivedOf(error: ErrorObject): string | null {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return null;
  if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
    const name = String(params.additionalProperty ?? params.unevaluatedProperty);
    return preview((error.data as Record<string, unknown>)[name]);
  }
  return preview(error.data);
}

function toDifference(error: ErrorObject): Difference {
  return {
    path: errorPath(error),
    keyword: error.keyword,
    expected: expectedOf(error),
    received: receivedOf(error),
    message: error.message ?? error.keyword,
  };
}

export type ResponseChecker = (responses: OperationResponse[], answer: AnswerToCheck) => ResponseCheck;

/** A checker whose messages are in the language of `localize` (Ajv's English without it). */
export function createResponseChecker(options: { localize?: Localize } = {}): ResponseChecker {
  // No defaults filled in: a missing property with a default is still missing from what the server sent.
  const errorsOf = createSchemaValidator({ verbose: true, unions: 'closest', localize: options.localize });
  return (responses, answer) => {
    const response = documentedResponse(responses, answer.status);
    if (!response) return { kind: 'undocumented', status: answer.status };
    const documented = response.status;
    if (answer.truncated) return { kind: 'too-large', size: answer.size };
    const empty = answer.size === 0 && answer.text === '';
    if (!response.schema) return empty ? { kind: 'matches', documented } : { kind: 'no-schema', documented };
    if (empty) {
      const difference = { path: '', keyword: 'body', expected: schemaSummary(response.schema), received: null };
      return { kind: 'differs', documented, differences: [{ ...difference, message: '' }], more: 0 };
    }
    const errors = errorsOf(response.schema, bodyValue(answer));
    if (errors === null) return { kind: 'unchecked', documented };
    if (errors.length === 0) return { kind: 'matches', documented };
    const differences = errors.slice(0, MAX_DIFFERENCES).map(toDifference);
    return { kind: 'differs', documented, differences, more: errors.length - differences.length };
  };
}
