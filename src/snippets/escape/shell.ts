/**
 * Shell (bash) quoting: turns any string into one shell word that the shell passes on unchanged, with nothing
 * expanded ($HOME, $(id), `id`, !history, globs, ~ all stay literal).
 *
 * - Printable text, spaces and newlines go inside single quotes, where bash interprets nothing. A `'` cannot
 *   appear inside single quotes, so it is written as `\'` between two quoted runs: `it's` -> `'it'\''s'`.
 * - Tabs, carriage returns and other control characters go through ANSI-C quoting (`$'\t'`, `$'\r'`, `$'\x01'`):
 *   pasted raw into a terminal they would trigger completion or run the line. ANSI-C quoting expands no
 *   variables either; it only decodes these escapes.
 * - With `latin1: true` (header values), U+0080..U+00FF become the single byte `$'\xe9'`, which is how fetch,
 *   requests and Node send a Latin-1 header value; without it, non-ASCII text is kept as UTF-8 (bodies, URLs).
 *
 * Limitation: a NUL character cannot be passed in a command argument at all; bash cuts the argument there.
 */
export interface ShellQuoteOptions {
  /** Write U+0080..U+00FF as single bytes (for header values, sent as Latin-1). */
  latin1?: boolean;
}

const hex2 = (byte: number): string => `\\x${byte.toString(16).padStart(2, '0')}`;

/** The ANSI-C escape of one character that must not stay raw inside '...', or undefined if it may. */
function ansiEscape(char: string, latin1: boolean): string | undefined {
  const code = char.codePointAt(0)!;
  if (char === '\n') return undefined;
  if (char === '\t') return '\\t';
  if (char === '\r') return '\\r';
  if (code < 0x20 || code === 0x7f) return hex2(code);
  if (code >= 0x80 && code <= 0xff && latin1) return hex2(code);
  // C1 controls (U+0080..U+009F) can act as terminal escape sequences when pasted: write their UTF-8 bytes.
  if (code >= 0x80 && code <= 0x9f) return [...new TextEncoder().encode(char)].map(hex2).join('');
  return undefined;
}

/** A run of characters without `'`... written in single quotes; `'` itself as `\'` between runs. */
function singleQuoted(run: string): string {
  return run
    .split("'")
    .map((piece) => (piece === '' ? '' : `'${piece}'`))
    .join("\\'");
}

/** Quotes `value` as one bash word that evaluates to exactly `value`. */
export function shellQuote(value: string, options: ShellQuoteOptions = {}): string {
  if (value === '') return "''";
  const latin1 = options.latin1 ?? false;
  let out = '';
  let plain = '';
  let ansi = '';
  const flushPlain = () => {
    if (plain) out += singleQuoted(plain);
    plain = '';
  };
  const flushAnsi = () => {
    if (ansi) out += `$'${ansi}'`;
    ansi = '';
  };
  for (const char of value) {
    const escaped = ansiEscape(char, latin1);
    if (escaped === undefined) {
      flushAnsi();
      plain += char;
    } else {
      flushPlain();
      ansi += escaped;
    }
  }
  flushPlain();
  flushAnsi();
  return out;
}
