/**
 * PHP string literals that evaluate to exactly the given bytes.
 *
 * - `phpString`: a single-quoted literal when it can be one: PHP interprets only `\\` and `\'` there, so
 *   `$x`, `{$x}` and `\n` stay literal text. Single quotes cannot hold control characters readably (and a `\n`
 *   written in them is two characters), so a string with control characters becomes a double-quoted literal
 *   with `\` `"` `$` escaped and control characters written as `\n`, `\t`, `\x01`...
 * - With `latin1: true` (header values, sent as Latin-1 by fetch and requests), U+0080..U+00FF are written as the
 *   single byte `\xE9` (double-quoted); otherwise non-ASCII text is UTF-8, as the source file is.
 * - `phpNowdoc`: a nowdoc (`<<<'JSON'` ... `JSON`) for readable multi-line text; nowdoc interprets nothing. Returns
 *   undefined when the text cannot be a nowdoc exactly (CR or control characters, which editors may change).
 *
 * PHP strings are bytes: a lone surrogate (not encodable in UTF-8) is written as U+FFFD, as browsers send it.
 */
export interface PhpStringOptions {
  /** Write U+0080..U+00FF as single bytes (for header values). */
  latin1?: boolean;
}

const hex2 = (byte: number): string => `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

const DOUBLE_QUOTED_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  $: '\\$',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\f': '\\f',
  '\x1b': '\\e',
};

const isControl = (code: number): boolean => code < 0x20 || (code >= 0x7f && code <= 0x9f);
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** True when `value` has to be written in double quotes (control characters, Latin-1 bytes, lone surrogates). */
function needsDoubleQuotes(value: string, latin1: boolean): boolean {
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (isControl(code) || isSurrogate(code) || (latin1 && code >= 0x80 && code <= 0xff)) return true;
  }
  return false;
}

/** A PHP literal (single-quoted when possible) whose bytes are exactly `value` (UTF-8, or Latin-1 with `latin1`). */
export function phpString(value: string, options: PhpStringOptions = {}): string {
  const latin1 = options.latin1 ?? false;
  if (!needsDoubleQuotes(value, latin1)) return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (Object.hasOwn(DOUBLE_QUOTED_ESCAPES, char)) out += DOUBLE_QUOTED_ESCAPES[char];
    else if (code < 0x80 && isControl(code)) out += hex2(code);
    else if (latin1 && code >= 0x80 && code <= 0xff) out += hex2(code);
    else if (isControl(code))
      out += [...new TextEncoder().encode(char)].map(hex2).join(''); // C1: its UTF-8 bytes
    else if (isSurrogate(code)) out += '\\u{FFFD}';
    else out += char;
  }
  return `${out}"`;
}

/**
 * A nowdoc for `value` (without the trailing `;`), or undefined when a nowdoc cannot hold it exactly. The closing
 * marker sits at column 0, so no indentation is removed; a marker that occurs in the text is avoided.
 */
export function phpNowdoc(value: string, marker = 'BODY'): string | undefined {
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if ((isControl(code) && char !== '\n' && char !== '\t') || isSurrogate(code)) return undefined;
  }
  let name = marker;
  for (let i = 2; value.includes(name); i++) name = `${marker}_${i}`;
  return `<<<'${name}'\n${value}\n${name}`;
}
