/**
 * Generated snippet cases: hostile requests from a fixed seed, and one request per operation of the real spec.
 * Both are built with `buildRequest` (src/request/build.ts), the code path the site itself takes from what a reader
 * typed to the request model, so path and query values arrive percent-encoded exactly as the site encodes them.
 *
 * What the values are drawn from, and why some are kept out of some places:
 * - Everything: quotes of every kind, backticks, `$`, `$(id)`, `${x}`, `\`, `%`, `&`, `?`, `#`, `=`, `+`, spaces,
 *   empty strings, here-document markers, 10 KB values.
 * - Path values, query names and values, and bodies also get newlines, CR, tabs, control characters, non-ASCII text
 *   and emoji (the URL carries them percent-encoded as UTF-8, the body as UTF-8 text).
 * - Header values are Latin-1 only (tab, U+0020..U+007E, U+0080..U+00FF), never starting or ending with a space or
 *   a tab: an HTTP header value is bytes, and every client sends one character as one byte. fetch (the browser's
 *   and Node's) and Python's requests throw on anything beyond U+00FF, axios/Node drop it; Node refuses control
 *   characters other than tab (CR/LF would split the header); and all of them, like the HTTP spec, take spaces
 *   around a value as not part of it.
 * - Never a lone surrogate in a URL value (`encodeURIComponent`, and so `buildRequest`, throws on one) nor in raw
 *   body text (it cannot be sent as UTF-8); never NUL in raw body text (a shell argument cannot hold it). A JSON
 *   body may hold both: JSON.stringify writes them as `\ud800` and `\u0000`.
 * - No path value is exactly `.` or `..`: URL parsers (WHATWG, curl, urllib3) resolve such segments away, and
 *   `encodeComponent` leaves dots as they are (RFC 3986 unreserved).
 * - GET and HEAD requests carry no body: fetch refuses one.
 */
import { buildRequest, type RequestInputs } from '../request/build';
import type { RequestModel } from '../request/model';
import type { HttpMethod, OperationData, OperationParameter } from '../spec/types';
import { BASE_URL, HOSTILE_LINE, HOSTILE_STRINGS, type SnippetCase } from './cases';

/** mulberry32: a tiny deterministic PRNG, so generated cases are the same on every run and machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

// ---------------------------------------------------------------------------------------------------------------
// Pools

/** Printable ASCII pieces that break naive quoting, interpolation or URL building. */
const ASCII_PIECES = [
  "'", '"', '`', '$', '$HOME', '$(id)', '${x}', '#{x}', '{$x}', '$x{y}', '\\', '\\\\', '\\n', '\\x41', '%', '%25',
  '%s', '%%', '&', '?', '#', '=', '+', ' ', '  ', ';', '|', '*', '!', '!!', '~', '<', '>', '[', ']', '{', '}', '/',
  ',', ':', '@', '.', '-', '_', "'''", '"""', '?>', '<?php', '</script>', 'JSON', 'BODY', 'EOF', 'a', 'Z', '0',
  'null', 'true', 'x=1&y=2', 'a+b', '../',
];
/** Pieces allowed in URL values and bodies only. */
const TEXT_PIECES = [
  '\n', '\r\n', '\r', '\t', '\x01', '\x1b', '\x7f', '\b', '\f', '\v', '\u0085', '\u2028', '\u2029', '\ufeff',
  '\u00a0', 'é', 'ñ', 'ß', 'ÿ', 'Ω', '漢字', '😀', '👩‍💻', '🇩🇪',
];
/** Pieces allowed in header values only besides ASCII ones: tab (inside) and Latin-1 (C1 controls included). */
const LATIN1_PIECES = ['\t', 'é', 'ñ', 'ß', 'ÿ', '\u00a0', '\u0085', '\u0080', '\u00ab', '\u00bb', '©'];

const TEXT_POOL = [...ASCII_PIECES, ...TEXT_PIECES];
const HEADER_POOL = [...ASCII_PIECES, ...LATIN1_PIECES];

const isWellFormed = (value: string): boolean => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value);
/** Whole hostile strings usable in a URL value or raw body text. */
const TEXT_STRINGS = HOSTILE_STRINGS.filter((value) => isWellFormed(value) && !value.includes('\0') && value.length < 1000);
/** Whole hostile strings usable as a header value. */
const HEADER_STRINGS = HOSTILE_STRINGS.filter((value) => isHeaderValue(value) && value.length < 1000);

/** True when `value` may be a header value of the request model (see the top of this file). */
export function isHeaderValue(value: string): boolean {
  return /^[\t\x20-\x7e\x80-\xff]*$/.test(value) && !/^[ \t]|[ \t]$/.test(value);
}

/** About 10 KB of hostile text, cut between pieces (never inside a surrogate pair). */
function tenKb(random: Random, pool: string[]): string {
  let out = '';
  while (out.length < 10_240) out += random() < 0.1 ? HOSTILE_LINE : pick(random, pool);
  return out;
}

/** Chooses one value: empty, a whole hostile string, 10 KB (once per request, via `big`) or a mix of pieces. */
function hostile(random: Random, pool: string[], strings: string[], big: { left: number }, maxPieces = 8): string {
  const roll = random();
  if (roll < 0.08) return '';
  if (roll < 0.1 && big.left > 0) {
    big.left--;
    return tenKb(random, pool);
  }
  if (roll < 0.25) return pick(random, strings);
  const count = 1 + Math.floor(random() * maxPieces);
  let out = '';
  for (let i = 0; i < count; i++) out += pick(random, pool);
  return out;
}

/** A path or query value (`.` and `..` alone are resolved away by every URL parser: see the top of this file). */
function urlValue(random: Random, big: { left: number }): string {
  const value = hostile(random, TEXT_POOL, TEXT_STRINGS, big);
  return value === '.' || value === '..' ? `${value}x` : value;
}

/** A header value: Latin-1, no surrounding spaces or tabs (may be empty). */
function headerValue(random: Random, big: { left: number }): string {
  const value = hostile(random, HEADER_POOL, HEADER_STRINGS, big, 12).replace(/^[ \t]+|[ \t]+$/g, '');
  if (!isHeaderValue(value)) throw new Error(`not a header value: ${JSON.stringify(value)}`);
  return value;
}

/** An API key as a reader might paste it, with some hostile characters (Latin-1: it goes in a header). */
function apiKey(random: Random): string {
  const keys = [
    'tk_live_0123456789abcdef',
    `tk_'"\`$(id)\${x}\\%&?#=+ é`,
    'a$HOME b',
    "it's;\"x\"",
    '\\\\server\\share',
    'ÿ\u00a0\u0085ß',
  ];
  return pick(random, keys);
}

/** A JSON value made of hostile strings, nested a little. */
function jsonValue(random: Random, big: { left: number }, depth = 0): unknown {
  const roll = random();
  if (depth < 3 && roll < 0.2) {
    return Array.from({ length: Math.floor(random() * 4) }, () => jsonValue(random, big, depth + 1));
  }
  if (depth < 3 && roll < 0.45) return jsonObject(random, big, depth + 1);
  if (roll < 0.5) return pick(random, [null, true, false, 0, -1.5, 1e21, 42]);
  // Lone surrogates and NUL are fine here: JSON.stringify escapes them.
  return random() < 0.05 ? pick(random, ['\ud800', 'a\udc00b', 'nul\x00byte']) : hostile(random, TEXT_POOL, TEXT_STRINGS, big);
}

function jsonObject(random: Random, big: { left: number }, depth = 0): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) object[hostile(random, TEXT_POOL, TEXT_STRINGS, { left: 0 }, 3)] = jsonValue(random, big, depth);
  return object;
}

/** A body as a reader may type it: JSON (pretty or compact), or now and then raw text (sent verbatim all the same). */
function bodyText(random: Random, big: { left: number }): string {
  const roll = random();
  if (roll < 0.2) return hostile(random, TEXT_POOL, TEXT_STRINGS, big, 60);
  return JSON.stringify(jsonObject(random, big), null, roll < 0.6 ? 2 : undefined);
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile requests over synthetic operations

export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

const param = (name: string, location: OperationParameter['in'], required: boolean): OperationParameter => ({
  name,
  in: location,
  required: location === 'path' || required,
  schema: { type: 'string' },
});

/**
 * `count` hostile requests from a fixed seed, each built by `buildRequest` over a made-up operation: every HTTP
 * method in turn, 0..2 path parameters, 0..4 query parameters (names hostile too), 0..3 header parameters (required
 * ones are sent even when empty), a Bearer key and a JSON body.
 */
export function generateCases(count: number, seed = 20240601): SnippetCase[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_, index) => {
    const method = HTTP_METHODS[index % HTTP_METHODS.length];
    const big = { left: 1 }; // at most one 10 KB value per request, so the URL fits in one command-line argument
    const pathCount = Math.floor(random() * 3);
    const pathNames = ['workspaceId', 'itemId'].slice(0, pathCount);
    const parameters: OperationParameter[] = pathNames.map((name) => param(name, 'path', true));
    const inputs: RequestInputs = { baseUrl: BASE_URL, pathParams: {}, query: {}, headers: {} };
    for (const name of pathNames) inputs.pathParams[name] = urlValue(random, big);

    for (let i = Math.floor(random() * 5); i > 0; i--) {
      const name = random() < 0.4 ? hostile(random, TEXT_POOL, TEXT_STRINGS, { left: 0 }, 3) : `q${i}`;
      if (parameters.some((p) => p.in === 'query' && p.name === name)) continue;
      parameters.push(param(name, 'query', random() < 0.5));
      inputs.query[name] = urlValue(random, big);
    }
    for (let i = Math.floor(random() * 4); i > 0; i--) {
      const name = `X-Hostile-${i}`;
      parameters.push(param(name, 'header', random() < 0.5));
      inputs.headers[name] = headerValue(random, big);
    }

    const secured = random() < 0.85;
    if (secured) inputs.apiKey = apiKey(random);
    const withBody = method !== 'GET' && method !== 'HEAD' && random() < 0.85;
    if (withBody) inputs.body = bodyText(random, big);

    const operation: OperationData = {
      id: `hostile-${index + 1}`,
      method,
      path: ['/global/item', '/workspace/{workspaceId}/item', '/workspace/{workspaceId}/item/{itemId}'][pathCount],
      tag: '',
      summary: '',
      secured,
      parameters,
      requestBody: withBody ? { required: false, mediaType: 'application/json', schema: {} } : undefined,
      responses: [],
    };
    return { name: `generated #${index + 1} ${method}`, request: buildRequest(operation, inputs) };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The real operations of the spec

/**
 * One request per operation of the spec, built by `buildRequest` as the playground builds it: hostile path and query
 * values (optional query values sometimes left empty, so left out), a Bearer key for secured operations, and the
 * operation's example body as pretty-printed JSON. Operations with a body get a second request with the example as
 * compact JSON (and other hostile values).
 */
export function specCases(operations: OperationData[], seed = 137): SnippetCase[] {
  const random = prng(seed);
  const build = (op: OperationData, body: string | undefined): RequestModel => {
    const big = { left: random() < 0.1 ? 1 : 0 };
    const inputs: RequestInputs = { baseUrl: BASE_URL, pathParams: {}, query: {}, headers: {}, apiKey: apiKey(random), body };
    for (const p of op.parameters) {
      if (p.in === 'path') inputs.pathParams[p.name] = urlValue(random, big);
      else if (p.in === 'query') inputs.query[p.name] = p.required || random() < 0.7 ? urlValue(random, big) : '';
      else inputs.headers[p.name] = headerValue(random, big);
    }
    return buildRequest(op, inputs);
  };
  const cases: SnippetCase[] = [];
  for (const op of operations) {
    const example = op.requestBody?.example;
    const hasExample = op.requestBody !== undefined && example !== undefined;
    const limits = (request: RequestModel): SnippetCase['runtimeLimits'] =>
      request.body && (request.method === 'GET' || request.method === 'HEAD')
        ? { fetch: `fetch cannot send a body with ${request.method}` }
        : undefined;
    const first = build(op, hasExample ? JSON.stringify(example, null, 2) : undefined);
    cases.push({ name: `spec ${op.id} (${op.method} ${op.path})${hasExample ? ', pretty body' : ''}`, request: first, runtimeLimits: limits(first) });
    if (hasExample) {
      const second = build(op, JSON.stringify(example));
      cases.push({ name: `spec ${op.id} (${op.method} ${op.path}), compact body`, request: second, runtimeLimits: limits(second) });
    }
  }
  return cases;
}

/** The generated hostile requests the in-process and executed tests share. */
export const GENERATED_CASES: SnippetCase[] = generateCases(320);
