/**
 * Arazzo runtime expressions and success criteria, evaluated: the values expressions name in a run, conditions
 * and criteria checked against a step's exchange. Parsed by ./expression-parse.ts. Pure, browser-safe.
 */
import { resolvePointer } from '../openapi/json';
import {
  isRuntimeExpression,
  parseCondition,
  parseExpressionString,
  parseRuntimeExpression,
  type ComparisonOperator,
  type Condition,
  type ExpressionStringPart,
  type RuntimeExpression,
} from './expression-parse';

/** What expressions are evaluated against: the run so far and, after a step's request, its exchange. */
export interface ExpressionContext {
  inputs: Record<string, unknown>;
  /** Outputs of the steps run so far, by step id. */
  steps: Record<string, Record<string, unknown> | undefined>;
  outputs?: Record<string, unknown>;
  url?: string;
  method?: string;
  statusCode?: number;
  request?: Exchange;
  response?: Exchange;
}

export interface Exchange {
  /** Header names in lower case. */
  headers?: Record<string, string>;
  query?: Record<string, string>;
  path?: Record<string, string>;
  body?: unknown;
}

const pointed = (value: unknown, pointer: string | undefined) =>
  pointer === undefined ? value : resolvePointer(value, pointer);

/** The value an expression names, or undefined where there is none (yet). */
export function evaluateExpression(expression: RuntimeExpression, context: ExpressionContext): unknown {
  switch (expression.kind) {
    case 'url':
      return context.url;
    case 'method':
      return context.method;
    case 'statusCode':
      return context.statusCode;
    case 'inputs':
      return pointed(own(context.inputs, expression.name), expression.pointer);
    case 'outputs':
      return pointed(own(context.outputs, expression.name), expression.pointer);
    case 'steps':
      return pointed(own(context.steps[expression.stepId], expression.output), expression.pointer);
    case 'request':
    case 'response': {
      const exchange = context[expression.kind];
      const source = expression.source;
      if (!exchange) return undefined;
      if (source.kind === 'body') return pointed(exchange.body, source.pointer);
      if (source.kind === 'header') return own(exchange.headers, source.name.toLowerCase());
      return own(exchange[source.kind], source.name);
    }
    default:
      return undefined;
  }
}

function own(record: Record<string, unknown> | undefined, key: string): unknown {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A string with embedded expressions, filled in (a missing value leaves its place empty). */
export function evaluateExpressionString(parts: ExpressionStringPart[], context: ExpressionContext): string {
  return parts
    .map((part) => ('literal' in part ? part.literal : textOf(evaluateExpression(part.expression, context))))
    .join('');
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * A value as Arazzo writes it in parameters and payloads: a string that is one runtime expression becomes its value
 * (keeping its type), a string with `{$…}` in it is filled in, objects and arrays are filled in throughout.
 */
export function evaluateValue(value: unknown, context: ExpressionContext): unknown {
  if (typeof value === 'string') {
    if (isRuntimeExpression(value)) return evaluateExpression(parseRuntimeExpression(value), context);
    return value.includes('{$') ? evaluateExpressionString(parseExpressionString(value), context) : value;
  }
  if (Array.isArray(value)) return value.map((item) => evaluateValue(item, context));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluateValue(v, context)]));
  return value;
}

/** Every runtime expression a value uses, in order (to tell where a step's values come from). */
export function expressionsIn(value: unknown): RuntimeExpression[] {
  if (typeof value === 'string') {
    if (isRuntimeExpression(value)) return [parseRuntimeExpression(value)];
    if (!value.includes('{$')) return [];
    return parseExpressionString(value).flatMap((part) => ('expression' in part ? [part.expression] : []));
  }
  if (Array.isArray(value)) return value.flatMap(expressionsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(expressionsIn);
  return [];
}

/** Equality as conditions use it: a number and the string of that number are equal (`$statusCode == '200'`). */
function looseEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((typeof a === 'number' && typeof b === 'string') || (typeof a === 'string' && typeof b === 'number'))
    return String(a) === String(b);
  return false;
}

function compare(operator: ComparisonOperator, a: unknown, b: unknown): boolean {
  if (operator === '==') return looseEqual(a, b);
  if (operator === '!=') return !looseEqual(a, b);
  const x = typeof a === 'string' && typeof b === 'number' ? Number(a) : a;
  const y = typeof b === 'string' && typeof a === 'number' ? Number(b) : b;
  if (!((typeof x === 'number' && typeof y === 'number') || (typeof x === 'string' && typeof y === 'string')))
    return false;
  if (operator === '<') return x < y;
  if (operator === '<=') return x <= y;
  if (operator === '>') return x > y;
  return x >= y;
}

/** A condition's value: a comparison or a logical operator gives a boolean, an operand alone its value. */
export function evaluateCondition(condition: Condition, context: ExpressionContext): unknown {
  switch (condition.kind) {
    case 'literal':
      return condition.value;
    case 'expression':
      return evaluateExpression(condition.expression, context);
    case 'not':
      return !evaluateCondition(condition.operand, context);
    case 'and':
      return (
        Boolean(evaluateCondition(condition.left, context)) && Boolean(evaluateCondition(condition.right, context))
      );
    case 'or':
      return (
        Boolean(evaluateCondition(condition.left, context)) || Boolean(evaluateCondition(condition.right, context))
      );
    case 'compare':
      return compare(
        condition.operator,
        evaluateCondition(condition.left, context),
        evaluateCondition(condition.right, context),
      );
  }
}

/** An Arazzo Criterion Object. */
export interface Criterion {
  condition: string;
  context?: string;
  type?: 'simple' | 'regex' | 'jsonpath' | 'xpath' | { type: string; version?: string };
}

export type CriterionResult =
  | { passed: true }
  | { passed: false; reason: 'not-met'; actual?: unknown }
  | { passed: false; reason: 'invalid' | 'unsupported'; message: string };

/**
 * Whether a step's answer meets one criterion: `simple` conditions and `regex` (the context's value against the
 * pattern). JSONPath and XPath criteria are reported as unsupported (no recipe uses them).
 */
export function checkCriterion(criterion: Criterion, context: ExpressionContext): CriterionResult {
  const type = typeof criterion.type === 'object' ? criterion.type.type : (criterion.type ?? 'simple');
  try {
    if (type === 'simple') {
      const condition = parseCondition(criterion.condition);
      if (evaluateCondition(condition, context) === true) return { passed: true };
      return { passed: false, reason: 'not-met', actual: actualOf(condition, context) };
    }
    if (type === 'regex') {
      if (!criterion.context) return { passed: false, reason: 'invalid', message: 'a regex criterion needs a context' };
      const value = evaluateExpression(parseRuntimeExpression(criterion.context), context);
      return new RegExp(criterion.condition).test(textOf(value))
        ? { passed: true }
        : { passed: false, reason: 'not-met', actual: value };
    }
  } catch (error) {
    return { passed: false, reason: 'invalid', message: error instanceof Error ? error.message : String(error) };
  }
  return { passed: false, reason: 'unsupported', message: `${type} criteria are not supported here` };
}

/** For a failed `left op right`: the value the left side had (what the reader needs to see). */
function actualOf(condition: Condition, context: ExpressionContext): unknown {
  return condition.kind === 'compare' ? evaluateCondition(condition.left, context) : undefined;
}
