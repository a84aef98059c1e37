/**
 * JavaScript string literals that evaluate to exactly the given string.
 *
 * - `jsString`: a single-quoted literal. Escapes `\`, `'`, line terminators (\n, \r, U+2028, U+2029, which may not
 *   appear raw in a single-quoted string), tab, other C0/C1 control characters and DEL, and lone surrogates
 *   (which a UTF-8 file cannot hold). Other non-ASCII text (accents, CJK, emoji) stays readable as is.
 * - `jsTemplate`: a template literal for multi-line text, with real line breaks. Escapes `\`, `` ` ``, `${`
 *   (so nothing is interpolated), \r (a raw CR in a template literal is read as \n), control characters and
 *   lone surrogates. Never contains a `${...}` substitution.
 * - `jsValue`: a JSON value (what `JSON.parse` returns) as an object/array literal, indented, that evaluates to an
 *   equal value: keys unquoted where they are identifiers, `__proto__` as a computed key (a plain `__proto__:`
 *   would set the prototype instead of adding the property).
 */
const hex2 = (code: number): string => `\\x${code.toString(16).padStart(2, '0')}`;
const hex4 = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

/** Escape shared by both literal kinds, for characters that are never written raw; undefined = keep raw. */
function commonEscape(code: number): string | undefined {
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return hex2(code);
  if (code === 0x2028 || code === 0x2029) return hex4(code);
  if (code >= 0xd800 && code <= 0xdfff) return hex4(code); // lone surrogate (pairs are handled by the caller)
  return undefined;
}

/** A single-quoted JavaScript string literal: `it's` -> `'it\'s'`. */
export function jsString(value: string): string {
  let out = "'";
  // for..of walks code points: a surrogate pair (emoji) comes as one 2-unit string, a lone surrogate as 1 unit.
  for (const char of value) {
    if (char === "'") out += "\\'";
    else if (Object.hasOwn(SIMPLE_ESCAPES, char)) out += SIMPLE_ESCAPES[char];
    else out += char.length === 1 ? (commonEscape(char.charCodeAt(0)) ?? char) : char;
  }
  return `${out}'`;
}

/** A template literal with raw newlines and tabs, for multi-line text: no interpolation happens. */
export function jsTemplate(value: string): string {
  let out = '`';
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    const code = value.charCodeAt(i);
    if (char === '\\') out += '\\\\';
    else if (char === '`') out += '\\`';
    else if (char === '$' && value[i + 1] === '{') out += '\\$';
    else if (char === '\n' || char === '\t') out += char;
    else if (char === '\r') out += '\\r';
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length && isLow(value.charCodeAt(i + 1))) {
      out += char + value[i + 1]; // a well-formed surrogate pair (emoji): keep it readable
      i++;
    } else out += commonEscape(code) ?? char;
  }
  return `${out}\``;
}

const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** A JSON value as a JavaScript literal, indented by two spaces per level (`level` = the current depth). */
export function jsValue(value: unknown, level = 0): string {
  const pad = '  '.repeat(level + 1);
  const close = '  '.repeat(level);
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return jsString(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => `${pad}${jsValue(item, level + 1)},`).join('\n')}\n${close}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) return '{}';
    const key = (name: string) =>
      name === '__proto__' ? `[${jsString(name)}]` : IDENTIFIER.test(name) ? name : jsString(name);
    return `{\n${entries.map(([name, item]) => `${pad}${key(name)}: ${jsValue(item, level + 1)},`).join('\n')}\n${close}}`;
  }
  throw new Error(`jsValue: not a JSON value (${typeof value})`);
}
