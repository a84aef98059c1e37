/**
 * Invalid JSON, told in the reader's words: where (line and column, as an editor counts them) and what kind of
 * mistake, instead of the engine's English ("Expected double-quoted property name in JSON at position 8").
 * Engines word their messages differently and V8 gives no position for an unexpected token, so the text is
 * scanned here against the JSON grammar (RFC 8259) to find the first mistake; the playground words each kind in
 * the reader's language (`playground.json.error.<kind>` in code.json).
 *
 * Also: numbers typed with a Japanese or Chinese input method on (full-width digits, an ideographic space)
 * turned into the ASCII the server expects (`normalizeNumber`).
 */

export const JSON_ERROR_KINDS = [
  /** Nothing but whitespace. */
  'empty',
  /** The text stops inside an object or an array, or before a value. */
  'unexpected-end',
  /** A string opened with `"` is never closed. */
  'unterminated-string',
  /** A comma right before `}` or `]`. */
  'trailing-comma',
  /** A property name without double quotes: `{name: 1}`. */
  'unquoted-key',
  /** A string in single quotes: `{'name': 'x'}`. */
  'single-quote',
  /** Curly quotes (“ ” ‘ ’), as word processors and some keyboards type them. */
  'typographic-quote',
  /** A full-width character where JSON wants ASCII: ｛ ： ， ０ or an ideographic space, typed with an IME on. */
  'full-width',
  /** Two values, or two properties, without a comma between them. */
  'missing-comma',
  /** A property name not followed by `:`. */
  'missing-colon',
  /** A malformed number: `01`, `1.`, `.5`, `-`, `1e`. */
  'invalid-number',
  /** A line break or tab inside a string (write `\n`, `\t`). */
  'control-character',
  /** A backslash that starts no valid escape (`\q`, `\u12`). */
  'bad-escape',
  /** A `//` or `/* … *\/` comment: JSON has none. */
  'comment',
  /** Something after the complete value. */
  'trailing-content',
  /** Anything else where a value, a name or punctuation was expected (`undefined`, `NaN`, `tru`). */
  'unexpected-token',
] as const;

export type JsonErrorKind = (typeof JSON_ERROR_KINDS)[number];

export interface JsonSyntaxError {
  kind: JsonErrorKind;
  /** 1-based line, counting `\n`, `\r\n` and `\r` line ends. */
  line: number;
  /** 1-based column, in characters (code points) from the line's start. */
  column: number;
  /** UTF-16 offset in the text. */
  offset: number;
  /** The character found there, when there is one. */
  found?: string;
}

class Failure {
  constructor(
    readonly kind: JsonErrorKind,
    readonly offset: number,
  ) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const TYPOGRAPHIC_QUOTES = new Set(['\u201C', '\u201D', '\u2018', '\u2019', '\u201E', '\u00AB', '\u00BB']);
const isFullWidth = (c: string) => c === '\u3000' || (c >= '\uFF01' && c <= '\uFF5E');
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** What is wrong with a character found where JSON wanted something else. */
function strayKind(c: string): JsonErrorKind {
  if (c === "'") return 'single-quote';
  if (TYPOGRAPHIC_QUOTES.has(c)) return 'typographic-quote';
  if (isFullWidth(c)) return 'full-width';
  if (c === '/') return 'comment';
  return 'unexpected-token';
}

/** Scans `text` against the JSON grammar; throws a Failure at the first mistake. */
function scan(text: string): void {
  let i = 0;
  const fail = (kind: JsonErrorKind, at = i): never => {
    throw new Failure(kind, at);
  };
  const skip = () => {
    while (i < text.length && WHITESPACE.has(text[i])) i++;
  };

  const string = () => {
    const start = i++;
    for (;;) {
      if (i >= text.length) fail('unterminated-string', start);
      const c = text[i];
      if (c === '"') return void i++;
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad-escape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(e === undefined ? 'unterminated-string' : 'bad-escape', e === undefined ? start : i);
        continue;
      }
      if (c < ' ') fail('control-character');
      i++;
    }
  };

  const number = () => {
    const start = i;
    if (text[i] === '-') i++;
    if (text[i] === '0') {
      i++;
      if (isDigit(text[i])) fail('invalid-number', start);
    } else if (isDigit(text[i])) while (isDigit(text[i])) i++;
    else fail(text[i] !== undefined && isFullWidth(text[i]) ? 'full-width' : 'invalid-number');
    if (text[i] === '.') {
      i++;
      if (!isDigit(text[i])) fail('invalid-number', start);
      while (isDigit(text[i])) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit(text[i])) fail('invalid-number', start);
      while (isDigit(text[i])) i++;
    }
  };

  const word = () => {
    const match = /^[A-Za-z_$][\w$]*/.exec(text.slice(i))![0];
    if (match !== 'true' && match !== 'false' && match !== 'null') fail('unexpected-token');
    i += match.length;
  };

  /** `close` after a comma, or any stray character where a name or a value goes. */
  const expectedAt = (trailingComma: number | null, close: string): never => {
    const c = text[i];
    if (c === undefined) return fail('unexpected-end');
    if (c === close && trailingComma !== null) return fail('trailing-comma', trailingComma);
    return fail(strayKind(c));
  };

  const value = (): void => {
    skip();
    const c = text[i];
    if (c === undefined) return fail('unexpected-end');
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || isDigit(c)) return number();
    if (c === '.') return fail('invalid-number');
    if (/[A-Za-z_$]/.test(c)) return word();
    return fail(strayKind(c));
  };

  /** After an element: a comma (its offset), or the closing bracket (null). */
  const separator = (close: string): number | null => {
    skip();
    const c = text[i];
    if (c === ',') return i++;
    if (c === close) {
      i++;
      return null;
    }
    if (c === undefined) return fail('unexpected-end');
    if (c === '\uFF0C' || isFullWidth(c) || TYPOGRAPHIC_QUOTES.has(c) || c === '/') return fail(strayKind(c));
    return fail('missing-comma');
  };

  const object = () => {
    i++;
    skip();
    if (text[i] === '}') return void i++;
    let comma: number | null = null;
    for (;;) {
      skip();
      const c = text[i];
      if (c !== '"') {
        if (c !== undefined && /[A-Za-z_$]/.test(c)) fail('unquoted-key');
        expectedAt(comma, '}');
      }
      string();
      skip();
      if (text[i] !== ':') {
        const d = text[i];
        if (d === undefined) fail('unexpected-end');
        fail(d === '\uFF1A' ? 'full-width' : 'missing-colon');
      }
      i++;
      value();
      comma = separator('}');
      if (comma === null) return;
    }
  };

  const array = () => {
    i++;
    skip();
    if (text[i] === ']') return void i++;
    let comma: number | null = null;
    for (;;) {
      skip();
      if (text[i] === ']' || text[i] === undefined || text[i] === ',') expectedAt(comma, ']');
      value();
      comma = separator(']');
      if (comma === null) return;
    }
  };

  skip();
  if (i >= text.length) fail('empty');
  value();
  skip();
  if (i < text.length) fail(text[i] === '/' ? 'comment' : isFullWidth(text[i]) ? 'full-width' : 'trailing-content');
}

/** The first mistake of `text` against the JSON grammar, or null for valid JSON (what `JSON.parse` accepts). */
export function firstJsonMistake(text: string): { kind: JsonErrorKind; offset: number } | null {
  try {
    scan(text);
    return null;
  } catch (failure) {
    if (failure instanceof Failure) return { kind: failure.kind, offset: failure.offset };
    throw failure;
  }
}

/** 1-based line and column (in code points) of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: Array.from(lines[lines.length - 1]).length + 1 };
}

/** The offset an engine's message gives, if any: V8's `at position 8` (Node 20, Chromium), or `line 2 column 3`. */
export function engineOffset(text: string, message: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (!lc) return undefined;
  const lines = text.split('\n');
  const line = Math.min(Number(lc[1]), lines.length);
  return lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + Number(lc[2]) - 1;
}

/**
 * The first syntax error of `text` as JSON, or `null` when `JSON.parse` accepts it. The engine's own message is
 * used only for its position, should the scan ever accept what the engine refuses.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  let engineMessage: string;
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    engineMessage = error instanceof Error ? error.message : String(error);
  }
  const mistake = firstJsonMistake(text);
  const kind: JsonErrorKind = mistake?.kind ?? 'unexpected-token';
  const offset = mistake?.offset ?? engineOffset(text, engineMessage) ?? 0;
  const found = offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!) : undefined;
  return { kind, ...lineAndColumn(text, offset), offset, ...(found === undefined ? {} : { found }) };
}

/**
 * A number typed with an IME on, made ASCII: full-width digits, signs, point and spaces (NFKC), a minus sign
 * (U+2212) or a Japanese long vowel mark typed for a minus; surrounding spaces trimmed. Only when the result is a
 * number: other text comes back as it was, for the schema check to report. `changed` says to tell the reader.
 */
export function normalizeNumber(input: string): { value: string; changed: boolean } {
  const ascii = input
    .normalize('NFKC')
    .trim()
    .replace(/^[\u2212\u30FC\u2010-\u2015]/, '-');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(ascii)) return { value: input, changed: false };
  return { value: ascii, changed: ascii !== input };
}
