/**
 * Arazzo runtime expressions and success criteria: parsed, evaluated, and told in the reader's words by the recipe
 * pages. Pure, browser-safe.
 * A recursive-descent parser written from the ABNF of Arazzo 1.0 §Runtime Expressions (the registry has no
 * @swaggerexpert/arazzo-runtime-expression); conditions follow §Criterion Object's simple syntax.
 */
import { resolvePointer } from '../openapi/json';

/** Where a `$request.` / `$response.` expression reads: `header.X`, `query.x`, `path.x`, `body#/json/pointer`. */
export type SourceReference =
  | { kind: 'header'; name: string }
  | { kind: 'query'; name: string }
  | { kind: 'path'; name: string }
  | { kind: 'body'; pointer?: string };

export type RuntimeExpression =
  | { kind: 'url' }
  | { kind: 'method' }
  | { kind: 'statusCode' }
  | { kind: 'request' | 'response'; source: SourceReference }
  /** `$inputs.name`, `$outputs.name`, optionally followed by a JSON pointer into the value (`#/a/0`). */
  | { kind: 'inputs' | 'outputs'; name: string; pointer?: string }
  /** `$steps.<stepId>.outputs.<name>` (and a pointer into it). */
  | { kind: 'steps'; stepId: string; output: string; pointer?: string }
  /** `$workflows.…`, `$sourceDescriptions.…`, `$components.…`: the dotted names after the prefix. */
  | { kind: 'workflows' | 'sourceDescriptions' | 'components'; names: string[] };

/** A string with `{$…}` expressions in it, e.g. `Bearer {$inputs.apiKey}`. */
export type ExpressionStringPart = { literal: string } | { expression: RuntimeExpression };

export type Literal = string | number | boolean | null;

export type Condition =
  | { kind: 'literal'; value: Literal }
  | { kind: 'expression'; expression: RuntimeExpression }
  | { kind: 'not'; operand: Condition }
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'compare'; operator: ComparisonOperator; left: Condition; right: Condition };

export type ComparisonOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';

export class ExpressionError extends Error {
  constructor(
    message: string,
    readonly text: string,
    readonly position: number,
  ) {
    super(`${message} at ${position} in ${JSON.stringify(text)}`);
  }
}

// RFC 7230 tchar, for header names.
const TCHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
/** Characters that end a name inside a condition or an embedded expression. */
const NAME_END = /[\s{}#()=!<>&|,]/;

/** The top-level prefixes of the ABNF's `expression` rule; longer ones first where one begins another. */
const PREFIXES = [
  '$url',
  '$method',
  '$statusCode',
  '$request.',
  '$response.',
  '$inputs.',
  '$outputs.',
  '$steps.',
  '$workflows.',
  '$sourceDescriptions.',
  '$components.',
] as const;

class Parser {
  pos = 0;
  constructor(readonly text: string) {}

  fail(message: string): never {
    throw new ExpressionError(message, this.text, this.pos);
  }
  peek(n = 0): string {
    return this.text[this.pos + n] ?? '';
  }
  atEnd(): boolean {
    return this.pos >= this.text.length;
  }
  eat(literal: string): boolean {
    if (!this.text.startsWith(literal, this.pos)) return false;
    this.pos += literal.length;
    return true;
  }
  skipSpace(): void {
    while (/\s/.test(this.peek())) this.pos++;
  }

  /** name = 1*( CHAR except a delimiter ) */
  name(what: string): string {
    const start = this.pos;
    while (!this.atEnd() && !NAME_END.test(this.peek()) && this.peek() !== '.') this.pos++;
    if (this.pos === start) this.fail(`expected ${what}`);
    return this.text.slice(start, this.pos);
  }
  /** A dotted name (`a.b.c`) as its parts. */
  dottedName(what: string): string[] {
    const names = [this.name(what)];
    while (this.eat('.')) names.push(this.name(what));
    return names;
  }
  /** token = 1*tchar (header names) */
  token(): string {
    const start = this.pos;
    while (!this.atEnd() && TCHAR.test(this.peek()) && !(this.peek() === '#' || this.peek() === '|')) this.pos++;
    if (this.pos === start) this.fail('expected a header name');
    return this.text.slice(start, this.pos);
  }
  /** json-pointer = *( "/" reference-token ), after its `#` */
  pointer(): string {
    const start = this.pos;
    while (this.peek() === '/') {
      this.pos++;
      while (!this.atEnd() && !/[\s{}/]/.test(this.peek())) {
        if (this.peek() === '~' && !/[01]/.test(this.peek(1))) this.fail('expected ~0 or ~1 in a JSON pointer');
        this.pos++;
      }
    }
    return this.text.slice(start, this.pos);
  }
  optionalPointer(): string | undefined {
    return this.eat('#') ? this.pointer() : undefined;
  }

  /** source = header-reference / query-reference / path-reference / body-reference */
  source(): SourceReference {
    if (this.eat('header.')) return { kind: 'header', name: this.token() };
    if (this.eat('query.')) return { kind: 'query', name: this.name('a query parameter name') };
    if (this.eat('path.')) return { kind: 'path', name: this.name('a path parameter name') };
    if (this.eat('body')) return { kind: 'body', pointer: this.optionalPointer() };
    return this.fail('expected header., query., path. or body');
  }

  /** expression (the ABNF's top rule) */
  expression(): RuntimeExpression {
    const prefix = PREFIXES.find((p) => this.text.startsWith(p, this.pos));
    if (!prefix) return this.fail('expected a runtime expression ($url, $statusCode, $inputs.…, $steps.…)');
    this.pos += prefix.length;
    switch (prefix) {
      case '$url':
        return { kind: 'url' };
      case '$method':
        return { kind: 'method' };
      case '$statusCode':
        return { kind: 'statusCode' };
      case '$request.':
        return { kind: 'request', source: this.source() };
      case '$response.':
        return { kind: 'response', source: this.source() };
      case '$inputs.':
      case '$outputs.': {
        const name = this.name('a name');
        return { kind: prefix === '$inputs.' ? 'inputs' : 'outputs', name, pointer: this.optionalPointer() };
      }
      case '$steps.': {
        const stepId = this.name('a step id');
        if (!this.eat('.outputs.')) this.fail('expected .outputs. after the step id');
        const output = this.name('an output name');
        return { kind: 'steps', stepId, output, pointer: this.optionalPointer() };
      }
      default:
        return { kind: prefix.slice(1, -1) as 'workflows', names: this.dottedName('a name') };
    }
  }

  // Conditions: or := and ("||" and)*; and := unary ("&&" unary)*; unary := "!" unary | comparison;
  // comparison := operand [operator operand]; operand := "(" or ")" / literal / expression
  or(): Condition {
    let left = this.and();
    for (this.skipSpace(); this.eat('||'); this.skipSpace()) left = { kind: 'or', left, right: this.and() };
    return left;
  }
  and(): Condition {
    let left = this.unary();
    for (this.skipSpace(); this.eat('&&'); this.skipSpace()) left = { kind: 'and', left, right: this.unary() };
    return left;
  }
  unary(): Condition {
    this.skipSpace();
    if (this.peek() === '!' && this.peek(1) !== '=') {
      this.pos++;
      return { kind: 'not', operand: this.unary() };
    }
    return this.comparison();
  }
  comparison(): Condition {
    const left = this.operand();
    this.skipSpace();
    const operator = (['==', '!=', '<=', '>=', '<', '>'] as const).find((op) => this.eat(op));
    if (!operator) return left;
    return { kind: 'compare', operator, left, right: this.operand() };
  }
  operand(): Condition {
    this.skipSpace();
    const c = this.peek();
    if (c === '(') {
      this.pos++;
      const inner = this.or();
      this.skipSpace();
      if (!this.eat(')')) this.fail('expected )');
      return inner;
    }
    if (c === '$') return { kind: 'expression', expression: this.expression() };
    if (c === "'") return { kind: 'literal', value: this.quoted() };
    if (/[-\d]/.test(c)) return { kind: 'literal', value: this.number() };
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.pos) && !/\w/.test(this.peek(word.length))) {
        this.pos += word.length;
        return { kind: 'literal', value };
      }
    }
    return this.fail('expected a value, a runtime expression or (');
  }
  /** 'text', a quote inside written twice. */
  quoted(): string {
    this.pos++;
    let out = '';
    for (;;) {
      if (this.atEnd()) this.fail('unterminated string');
      const c = this.text[this.pos++];
      if (c !== "'") out += c;
      else if (this.eat("'")) out += "'";
      else return out;
    }
  }
  number(): number {
    const match = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(this.text.slice(this.pos));
    if (!match) this.fail('expected a number');
    this.pos += match[0].length;
    return Number(match[0]);
  }

  end<T>(value: T): T {
    this.skipSpace();
    if (!this.atEnd()) this.fail('unexpected text');
    return value;
  }
}

/** One runtime expression, the whole text (`$steps.addWebsite.outputs.websiteId`). Throws ExpressionError. */
export function parseRuntimeExpression(text: string): RuntimeExpression {
  const parser = new Parser(text);
  const expression = parser.expression();
  if (!parser.atEnd()) parser.fail('unexpected text after the expression');
  return expression;
}

/** Whether a value is written as one runtime expression (a payload value or a parameter value). */
export function isRuntimeExpression(value: unknown): boolean {
  if (typeof value !== 'string' || !value.startsWith('$')) return false;
  try {
    parseRuntimeExpression(value);
    return true;
  } catch {
    return false;
  }
}

/** A string with embedded `{$…}` expressions; a `{` not followed by `$` is literal text. */
export function parseExpressionString(text: string): ExpressionStringPart[] {
  const parts: ExpressionStringPart[] = [];
  const parser = new Parser(text);
  let literal = '';
  while (!parser.atEnd()) {
    if (parser.peek() === '{' && parser.peek(1) === '$') {
      parser.pos++;
      const expression = parser.expression();
      if (!parser.eat('}')) parser.fail('expected } after the embedded expression');
      if (literal) parts.push({ literal });
      literal = '';
      parts.push({ expression });
    } else literal += parser.text[parser.pos++];
  }
  if (literal) parts.push({ literal });
  return parts;
}

/** A simple condition (`$statusCode == 200 && $response.body#/id != null`). Throws ExpressionError. */
export function parseCondition(text: string): Condition {
  const parser = new Parser(text);
  return parser.end(parser.or());
}

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
