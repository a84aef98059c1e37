/**
 * Arazzo runtime expressions and conditions, read: what they are (the types) and how their text is parsed.
 * Their values are ./expression-eval.ts. Pure, browser-safe.
 * A recursive-descent parser written from the ABNF of Arazzo 1.0 §Runtime Expressions (the registry has no
 * @swaggerexpert/arazzo-runtime-expression); conditions follow §Criterion Object's simple syntax.
 */

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
