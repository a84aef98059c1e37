/**
 * Python 3 string literals that evaluate to exactly the given string (never f-strings, so `{x}` stays literal).
 *
 * - `pyString`: a single-quoted literal. Escapes `\`, `'`, \n, \r, \t, other C0/C1 control characters and DEL,
 *   U+2028/U+2029 and lone surrogates. Other non-ASCII text stays readable (Python 3 source is UTF-8).
 * - `pyStringLines`: the same text as one literal per line (each ending in `\n`), to be written one after the other
 *   inside parentheses; Python joins adjacent literals at compile time, so the value is unchanged.
 */
const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function escapeChar(char: string): string {
  if (Object.hasOwn(SIMPLE_ESCAPES, char)) return SIMPLE_ESCAPES[char];
  if (char.length > 1) return char; // a surrogate pair (emoji): keep it readable
  const code = char.charCodeAt(0);
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff)) {
    return `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return char;
}

/** A single-quoted Python string literal: `it's` -> `'it\'s'`. */
export function pyString(value: string): string {
  let out = "'";
  for (const char of value) out += escapeChar(char);
  return `${out}'`;
}

/** One literal per line of `value` (line breaks kept at the end of each piece); `['']` for an empty string. */
export function pyStringLines(value: string): string[] {
  const pieces = value.split(/(?<=\n)/);
  return pieces.map(pyString);
}
