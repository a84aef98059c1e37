/**
 * Shared fixture table: request models every snippet target is checked against (cases.test.ts, in process) and
 * executed with (test/snippets/run-snippets.test.ts, against an echo server). The fixed-seed hostile requests and
 * the spec's operations, built with `buildRequest`, are in generated-cases.ts.
 *
 * What the request model may hold, and so what these cases stay within:
 * - Header values are Latin-1: tab, U+0020..U+007E and U+0080..U+00FF, without leading/trailing spaces or tabs.
 *   fetch and requests cannot send characters beyond U+00FF (they throw) and axios drops them; Node (fetch,
 *   axios) refuses control characters other than tab; every client trims surrounding whitespace. Every target
 *   sends a value as Latin-1 bytes (one byte per character), as fetch does.
 * - Header names are unique tokens (fetch headers objects and Python dicts keep one value per name).
 * - The URL is final: path and query already percent-encoded (by src/request/build.ts), so it is ASCII made of
 *   RFC 3986 unreserved characters, `%XX`, `/?&=` and the like. Clients normalize anything else their own way
 *   (requests/urllib3 percent-encodes `[ ] { }`, fetch encodes `'` in a query, all resolve `.`/`..` segments),
 *   which no snippet can prevent; a case that goes beyond says so in `runtimeLimits`.
 * - Body text is well-formed Unicode without NUL (sent as UTF-8; a shell argument cannot hold NUL).
 */
import type { RequestModel } from '../request/model';
import { buildQueryString, encodeComponent } from '../request/build';
import type { SnippetTargetId } from './index';

export const BASE_URL = 'https://tianji.example.com/open';
const AUTH = { name: 'Authorization', value: 'Bearer <your_api_key_here>' };
const JSON_TYPE = { name: 'Content-Type', value: 'application/json' };

/** The two readable examples each target's own test prints in full (index.test.ts beside each target). */
export const EXAMPLE_GET: RequestModel = {
  method: 'GET',
  url: `${BASE_URL}/workspace/ws1/website/all?search=my%20site`,
  headers: [AUTH],
};
export const EXAMPLE_POST: RequestModel = {
  method: 'POST',
  url: `${BASE_URL}/workspace/ws1/website`,
  headers: [AUTH, JSON_TYPE],
  body: { mimeType: 'application/json', text: '{\n  "name": "It\'s mine",\n  "domain": "example.com"\n}' },
};

/** Everything that breaks naive quoting, on one line. */
export const HOSTILE_LINE = `'single' "double" \`id\` $HOME $(id) \${x} #{x} {$x} %s %d %25 \\n \\\\ ! * ? ~ ; & | < > ?> '''`;

/**
 * Strings every escaper must turn into an exact literal (escape/*.test.ts evaluate them in the real language):
 * quotes, interpolation syntaxes, backslash escapes, %, line breaks, control characters, non-ASCII, emoji, a lone
 * surrogate, here-document markers, 10 KB. NUL is last, as the shell cannot take it.
 */
export const HOSTILE_STRINGS: string[] = [
  '', ' ', "'", '"', '`', "it's", "''", "'''", '"""', '$', '$HOME', '$(id)', '`id`', '${x}', '#{x}', '{$x}', '$x{y}',
  '\\', '\\\\', 'end\\', "\\'", '\\n', '\\x41', '\\u0041', '\\101', '\\0', '\\e', '%', '%s %d %25 %%', '!', '!!', '*',
  '~', 'a\nb', '\n', 'a\r\nb', '\r', '\t', 'a\tb', '\x01\x02\x1b\x7f', '\b\f\v', '\u0085\u009b', '\u2028\u2029',
  'é ñ ß ÿ', '\u00a0', '漢字', '😀 👩‍💻', '\ufeff', '\ud800', 'a\udc00b', 'JSON', 'BODY', 'EOF', '?>', '<?php',
  '</script>',
  HOSTILE_LINE,
  `${HOSTILE_LINE}\n\t${HOSTILE_LINE} é 漢 😀 \r\n`.repeat(60).slice(0, 10_240), // 10 KB
  'nul\x00byte',
];

function json(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent);
}

/** A 10 KB body mixing every awkward character, so the sizes and escapes hold together. */
const TEN_KB = json({
  data: Array.from({ length: 160 }, (_, i) => `${i}: ${HOSTILE_LINE} é 漢 😀`).join('\n').slice(0, 10_000),
});

export interface SnippetCase {
  name: string;
  request: RequestModel;
  /** Targets whose runtime cannot send this request exactly, whatever the snippet, and why (executed test skips). */
  runtimeLimits?: Partial<Record<SnippetTargetId, string>>;
}

export const SNIPPET_CASES: SnippetCase[] = [
  {
    name: 'GET without headers',
    request: { method: 'GET', url: `${BASE_URL}/global/config`, headers: [] },
  },
  {
    name: 'GET with auth and an encoded query',
    request: {
      method: 'GET',
      url:
        `${BASE_URL}/workspace/${encodeComponent("ws 1/'x'")}/website/all?` +
        buildQueryString([
          { name: 'search', value: `a b&c=d+e $(id) 'q' "dq" %25 [x]{y} é 😀` },
          { name: 'empty', value: '' },
          { name: 'page', value: '2' },
        ]),
      headers: [AUTH],
    },
  },
  // Kept although `buildRequest` never writes raw brackets (encodeComponent encodes them): a hand-made model may,
  // and this is the only executed check of curl's --globoff. requests cannot send it as is: skipped there.
  {
    name: 'GET with raw brackets in the query (curl globbing)',
    request: { method: 'GET', url: `${BASE_URL}/website/list?filter[name]=a&sort[0]=b`, headers: [AUTH] },
    runtimeLimits: { python: 'requests (urllib3) always percent-encodes [ and ] in a URL' },
  },
  {
    name: 'POST with a JSON body',
    request: {
      method: 'POST',
      url: `${BASE_URL}/workspace/ws1/website`,
      headers: [AUTH, JSON_TYPE],
      body: { mimeType: 'application/json', text: json({ name: 'My site', domain: 'example.com', monitor: false }) },
    },
  },
  {
    name: 'PUT with a pretty-printed JSON body and a trailing newline',
    request: {
      method: 'PUT',
      url: `${BASE_URL}/workspace/ws1/website/w1`,
      headers: [AUTH, JSON_TYPE],
      body: { mimeType: 'application/json', text: `${json({ name: 'Site', tags: ['a', 'b'], n: null }, 2)}\n` },
    },
  },
  {
    name: 'PATCH',
    request: {
      method: 'PATCH',
      url: `${BASE_URL}/workspace/ws1/survey/s1`,
      headers: [AUTH, JSON_TYPE],
      body: { mimeType: 'application/json', text: '{"enabled":true}' },
    },
  },
  {
    name: 'DELETE with a body',
    request: {
      method: 'DELETE',
      url: `${BASE_URL}/workspace/ws1/website/w1`,
      headers: [AUTH, JSON_TYPE],
      body: { mimeType: 'application/json', text: '{"ids":["a","b"]}' },
    },
  },
  {
    name: 'HEAD',
    request: { method: 'HEAD', url: `${BASE_URL}/global/config`, headers: [AUTH] },
  },
  {
    name: 'OPTIONS',
    request: { method: 'OPTIONS', url: `${BASE_URL}/global/config`, headers: [] },
  },
  {
    name: 'header values with quotes, $, backslashes and Latin-1',
    request: {
      method: 'GET',
      url: `${BASE_URL}/global/config`,
      headers: [
        AUTH,
        { name: 'X-Quotes', value: `it's "quoted" \`id\`` },
        { name: 'X-Dollar', value: '$HOME $(id) ${x} #{x} {$x} %s' },
        { name: 'X-Backslash', value: 'C:\\path\\n\\\\ end\\' },
        { name: 'X-Latin1', value: 'café ñ ü ß ÿ' },
        { name: 'X-Tab', value: 'a\tb' },
      ],
    },
  },
  {
    name: 'header values starting with U+00A0 and U+0085 (Latin-1 bytes, not whitespace to HTTP)',
    request: {
      method: 'GET',
      url: `${BASE_URL}/global/config`,
      headers: [AUTH, { name: 'X-Nbsp', value: '\u00a0lead' }, { name: 'X-Nel', value: '\u0085\u009b' }],
    },
  },
  {
    name: 'empty header value',
    request: {
      method: 'GET',
      url: `${BASE_URL}/global/config`,
      headers: [AUTH, { name: 'X-Empty', value: '' }, { name: 'X-After', value: 'kept' }],
    },
  },
  {
    name: 'body with newlines, tabs, quotes, backticks, $(id), ${x}, unicode and emoji',
    request: {
      method: 'POST',
      url: `${BASE_URL}/workspace/ws1/feed/channel/c1/send`,
      headers: [AUTH, JSON_TYPE],
      body: {
        mimeType: 'application/json',
        text: [
          '{',
          `  "title": ${json(HOSTILE_LINE)},`,
          '  "tabs": "a\tb\t\tc",',
          '  "unicode": "é 漢字 Ω \u00a0 \u200b 😀 👩‍💻",',
          '  "raw": "JSON',
          'JSON;',
          'BODY',
          "EOF\",",
          `  "python": """triple""" + '''single''',`,
          '  "php": <?php echo 1; ?>',
          '}',
          '',
        ].join('\n'),
      },
    },
  },
  {
    name: 'body with CR, CRLF, control characters and line separators',
    request: {
      method: 'POST',
      url: `${BASE_URL}/workspace/ws1/feed/channel/c1/send`,
      headers: [AUTH, { name: 'Content-Type', value: 'text/plain' }],
      body: { mimeType: 'text/plain', text: 'a\r\nb\rc\x01d\x1be\x7ff\u0085g\u2028h\u2029i\fj\vk\bl' },
    },
  },
  {
    name: 'empty body',
    request: {
      method: 'POST',
      url: `${BASE_URL}/workspace/ws1/website/w1/refresh`,
      headers: [AUTH, JSON_TYPE],
      body: { mimeType: 'application/json', text: '' },
    },
  },
  {
    name: '10 KB body',
    request: {
      method: 'POST',
      url: `${BASE_URL}/workspace/ws1/website`,
      headers: [AUTH, JSON_TYPE],
      body: { mimeType: 'application/json', text: TEN_KB },
    },
  },
];
