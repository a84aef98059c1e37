/**
 * Every registered target over every shared case, checked in process (no runtime needed): each snippet is read
 * back the way its language would read it, and must hold exactly the method, URL, headers and body.
 * - curl: the command is split into words by a strict shell-word reader (only '...', $'...' and \' quoting).
 * - fetch / axios: the snippet itself runs, with `fetch` / `axios` replaced by recorders.
 * - Python / PHP: string literals are decoded (and must not hold a raw line break), then found where they belong.
 * - SDK: the snippet runs with the real SDK and `fetch` replaced by a recorder, for the operations the SDK has (their
 *   prefilled requests too); what it sends must be what the SDK's rules make of the request (test/support/sdk-wire.ts).
 * test/snippets/run-snippets.test.ts then runs them for real against an echo server.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RequestModel } from '../request/model';
import { SNIPPET_CASES } from './fixtures/cases';
import { loadApiModel } from '../openapi/model';
import { DEFAULT_SPEC } from '../site-layout';
import { GENERATED_CASES, prefilledCases, specCases } from './fixtures/generated-cases';
import { caseContext, runSdkSnippet, testSdkCoverage } from './fixtures/sdk';
import { sdkWire } from '../../test/support/sdk-wire';
import {
  SNIPPET_TARGETS,
  availableTargets,
  generateSnippet,
  getSnippetTarget,
  type SnippetContext,
  type SnippetTargetId,
} from './index';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SPEC_FILE = join(HERE, '../..', DEFAULT_SPEC);
const OPERATIONS = (await loadApiModel(SPEC_FILE)).operations;
const SPEC_CASES = specCases(OPERATIONS);
const SDK_COVERAGE = testSdkCoverage(OPERATIONS);
/** Every case, and the prefilled requests (for the SDK target, whose typed call depends on the values). */
const ALL_CASES = [...SNIPPET_CASES, ...GENERATED_CASES, ...SPEC_CASES, ...prefilledCases(OPERATIONS)];

/** What a snippet was read back as. Bytes, since header values are Latin-1 bytes and bodies UTF-8. */
interface Sent {
  method: string;
  url: Buffer;
  headers: Buffer[]; // 'Name: value' (or 'Name;' for curl/PHP empty values) as bytes
  body?: Buffer;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const latin1 = (text: string) => Buffer.from(text, 'latin1');
const headerLine = ({ name, value }: { name: string; value: string }) =>
  latin1(value === '' ? `${name};` : `${name}: ${value}`);

// ---------------------------------------------------------------------------------------------------------------
// curl: a strict reader of shell words

function shellWords(script: string): Buffer[] {
  const src = utf8(script);
  const words: Buffer[] = [];
  let word: number[] | undefined;
  const add = (...bytes: number[]) => (word ??= []).push(...bytes);
  let i = 0;
  while (i < src.length) {
    const c = String.fromCharCode(src[i]);
    if (c === ' ' || c === '\n') {
      if (word) words.push(Buffer.from(word));
      word = undefined;
      i++;
    } else if (c === '\\') {
      if (src[i + 1] !== 0x0a) add(src[i + 1]); // backslash-newline continues the line
      i += 2;
    } else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end === -1) throw new Error('unterminated single quote');
      add(...src.subarray(i + 1, end));
      i = end + 1;
    } else if (c === '$' && src[i + 1] === 0x27) {
      i += 2;
      const escapes: Record<string, number> = { t: 9, r: 13, n: 10, '\\': 92, "'": 39 };
      while (src[i] !== 0x27) {
        if (i >= src.length) throw new Error("unterminated $'");
        if (src[i] !== 0x5c) throw new Error(`raw byte ${src[i]} inside $'...' (only escapes are written there)`);
        const e = String.fromCharCode(src[i + 1]);
        if (e === 'x') {
          add(parseInt(src.subarray(i + 2, i + 4).toString(), 16));
          i += 4;
        } else if (e in escapes) {
          add(escapes[e]);
          i += 2;
        } else throw new Error(`unexpected escape \\${e}`);
      }
      i++;
    } else if (/[A-Za-z0-9_-]/.test(c)) {
      add(src[i]);
      i++;
    } else {
      throw new Error(`unquoted special character ${JSON.stringify(c)} at ${i}`);
    }
  }
  if (word) words.push(Buffer.from(word));
  return words;
}

function readCurl(snippet: string): Buffer[] {
  return shellWords(snippet);
}

function expectedCurl(request: RequestModel): Buffer[] {
  const words = ['curl', ...(/[[\]{}]/.test(request.url) ? ['--globoff'] : [])].map(utf8);
  words.push(...(request.method === 'HEAD' ? [utf8('--head')] : [utf8('-X'), utf8(request.method)]), utf8(request.url));
  for (const header of request.headers) words.push(utf8('-H'), headerLine(header));
  if (request.body) words.push(utf8('--data-raw'), utf8(request.body.text));
  return words;
}

// ---------------------------------------------------------------------------------------------------------------
// fetch and axios: run the snippet with recorders

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;
const quietConsole = { log: () => {} };

async function readFetch(snippet: string): Promise<{ url: unknown; init: Record<string, unknown> }> {
  const calls: { url: unknown; init: Record<string, unknown> }[] = [];
  const fetch = async (url: unknown, init: Record<string, unknown>) => {
    calls.push({ url, init });
    return { status: 200, text: async () => '' };
  };
  await new AsyncFunction('fetch', 'console', snippet)(fetch, quietConsole);
  expect(calls).toHaveLength(1);
  return calls[0];
}

async function readAxios(snippet: string): Promise<Record<string, unknown>> {
  const importLine = "import axios from 'axios';\n";
  expect(snippet.startsWith(importLine)).toBe(true);
  const calls: Record<string, unknown>[] = [];
  const axios = {
    request: async (config: Record<string, unknown>) => {
      calls.push(config);
      return { status: 200, data: '' };
    },
  };
  await new AsyncFunction('axios', 'console', snippet.slice(importLine.length))(axios, quietConsole);
  expect(calls).toHaveLength(1);
  return calls[0];
}

// ---------------------------------------------------------------------------------------------------------------
// Python and PHP: decode literals, replace them by «n» placeholders, read the structure around them

interface Literals {
  code: string; // the snippet with every literal replaced by «index»
  values: Buffer[];
}

function readPythonLiterals(snippet: string): Literals {
  const values: Buffer[] = [];
  const simple: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', n: '\n', r: '\r', t: '\t' };
  const code = snippet.replace(/'((?:[^'\\\n]|\\.)*)('|\n)/gu, (_, body: string, end: string) => {
    if (end === '\n') throw new Error('raw line break inside a Python string literal');
    const text = body.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|.)/gu, (__, e: string) => {
      if (e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
      if (!(e in simple)) throw new Error(`unexpected Python escape \\${e}`);
      return simple[e];
    });
    values.push(utf8(text));
    return `«${values.length - 1}»`;
  });
  return { code, values };
}

function readPython(snippet: string): Sent {
  const { code, values } = readPythonLiterals(snippet);
  const at = (ref: string) => values[Number(ref)];
  expect(code.startsWith('import requests\n')).toBe(true);
  const method = at(code.match(/requests\.request\(«(\d+)», url/)![1]).toString();
  const url = at(code.match(/^url = «(\d+)»$/m)![1]);
  const headers = [
    ...(code.match(/^headers = \{\n([\s\S]*?)^\}/m)?.[1] ?? '').matchAll(
      /^ {4}«(\d+)»: «(\d+)»(\.encode\(«(\d+)»\))?,$/gm,
    ),
  ].map(([, name, value, encode, encoding]) => {
    // `.encode('latin-1')` only where requests would refuse the str (a value starting with U+0085 or U+00A0).
    if (encode) expect([at(encoding).toString(), /^[\x85\xa0]/.test(at(value).toString())]).toEqual(['latin-1', true]);
    const line = `${at(name).toString()}${at(value).length ? `: ${at(value).toString()}` : ';'}`;
    return latin1(line);
  });
  const bodyMatch = code.match(/^body = (?:«(\d+)»|\(\n((?: {4}«\d+»\n)+)\))$/m);
  const body = bodyMatch
    ? Buffer.concat((bodyMatch[1] ? [bodyMatch[1]] : [...bodyMatch[2].matchAll(/«(\d+)»/g)].map((m) => m[1])).map(at))
    : undefined;
  const encode = code.match(/data=body\.encode\(«(\d+)»\)/);
  expect(encode !== null).toBe(body !== undefined);
  if (encode) expect(at(encode[1]).toString()).toBe('utf-8');
  expect(/[{}%]|f'/.test(code.replace(/^headers = \{$|^\}$/gm, ''))).toBe(false); // no f-strings, no formatting
  return { method, url, headers, body };
}

function readPhpLiterals(snippet: string): Literals {
  const values: Buffer[] = [];
  const doubleEscapes: Record<string, number> = { '\\': 92, '"': 34, $: 36, n: 10, r: 13, t: 9, v: 11, f: 12, e: 27 };
  const pattern = /<<<'([A-Z_0-9]+)'\n([\s\S]*?)\n\1(?=;)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/gu;
  const code = snippet.replace(pattern, (_, marker?: string, nowdoc?: string, single?: string, double?: string) => {
    if (marker !== undefined) values.push(utf8(nowdoc!));
    else if (single !== undefined) {
      if (/[\n\r]/.test(single)) throw new Error('raw line break inside a single-quoted PHP literal');
      values.push(utf8(single.replace(/\\([\\'])/g, '$1')));
    } else {
      if (/[\n\r]/.test(double!)) throw new Error('raw line break inside a double-quoted PHP literal');
      const parts: Buffer[] = [];
      const re = /\\(x[0-9A-F]{2}|u\{[0-9A-F]+\}|.)|([^\\]+)/gu;
      for (const [, escape, text] of double!.matchAll(re)) {
        if (text !== undefined) parts.push(utf8(text));
        else if (escape.startsWith('x')) parts.push(Buffer.from([parseInt(escape.slice(1), 16)]));
        else if (escape.startsWith('u{')) parts.push(utf8(String.fromCodePoint(parseInt(escape.slice(2, -1), 16))));
        else if (escape in doubleEscapes) parts.push(Buffer.from([doubleEscapes[escape]]));
        else throw new Error(`unexpected PHP escape \\${escape}`);
      }
      values.push(Buffer.concat(parts));
    }
    return `«${values.length - 1}»`;
  });
  return { code, values };
}

function readPhp(snippet: string): Sent {
  const { code, values } = readPhpLiterals(snippet);
  const at = (ref: string) => values[Number(ref)];
  expect(code.startsWith('<?php\n')).toBe(true);
  expect(code).not.toContain('?>');
  const url = at(code.match(/^curl_setopt\(\$ch, CURLOPT_URL, «(\d+)»\);$/m)![1]);
  const custom = code.match(/^curl_setopt\(\$ch, CURLOPT_CUSTOMREQUEST, «(\d+)»\);$/m);
  const method = custom ? at(custom[1]).toString() : code.includes('CURLOPT_NOBODY, true') ? 'HEAD' : '?';
  const block = code.match(/^curl_setopt\(\$ch, CURLOPT_HTTPHEADER, \[\n([\s\S]*?)^\]\);$/m)?.[1] ?? '';
  const headers = [...block.matchAll(/^ {4}«(\d+)»,$/gm)].map(([, ref]) => at(ref));
  const bodyRef = code.match(/^\$body = «(\d+)»;$/m)?.[1];
  expect(code.includes('CURLOPT_POSTFIELDS, $body')).toBe(bodyRef !== undefined);
  return { method, url, headers, body: bodyRef === undefined ? undefined : at(bodyRef) };
}

// ---------------------------------------------------------------------------------------------------------------

function expectSent(sent: Sent, request: RequestModel): void {
  expect(sent.method).toBe(request.method);
  expect(sent.url.toString('latin1')).toBe(utf8(request.url).toString('latin1'));
  expect(sent.headers.map((h) => h.toString('latin1'))).toEqual(
    request.headers.map((h) => headerLine(h).toString('latin1')),
  );
  expect(sent.body?.toString('latin1')).toBe(request.body ? utf8(request.body.text).toString('latin1') : undefined);
}

type Check = (snippet: string, request: RequestModel, context: SnippetContext) => void | Promise<void>;

const CHECKS: Record<SnippetTargetId, Check> = {
  curl(snippet, request) {
    expect(readCurl(snippet).map((w) => w.toString('latin1'))).toEqual(
      expectedCurl(request).map((w) => w.toString('latin1')),
    );
  },
  async fetch(snippet, request) {
    const { url, init } = await readFetch(snippet);
    expect(url).toBe(request.url);
    expect(init.method).toBe(request.method);
    expect(init.headers ?? {}).toEqual(Object.fromEntries(request.headers.map((h) => [h.name, h.value])));
    const bodyAllowed = request.method !== 'GET' && request.method !== 'HEAD';
    expect(init.body).toBe(bodyAllowed ? request.body?.text : undefined);
  },
  async axios(snippet, request) {
    const config = await readAxios(snippet);
    expect(config.method).toBe(request.method);
    expect(config.url).toBe(request.url);
    expect(config).not.toHaveProperty('params');
    expect(config.headers ?? {}).toEqual(Object.fromEntries(request.headers.map((h) => [h.name, h.value])));
    expect(config.data).toBe(request.body?.text);
    if (request.body) {
      const transforms = config.transformRequest as ((data: unknown) => unknown)[];
      expect(transforms.reduce((data, transform) => transform(data), request.body.text as unknown)).toBe(
        request.body.text,
      );
    }
    expect((config.validateStatus as (status: number) => boolean)(500)).toBe(true);
  },
  python(snippet, request) {
    expectSent(readPython(snippet), request);
  },
  php(snippet, request) {
    expectSent(readPhp(snippet), request);
  },
  async sdk(snippet, request, context) {
    const { sent, printed } = await runSdkSnippet(snippet);
    const { expected, reasons } = sdkWire(request, context.sdk!.call);
    // A listed difference must be real: what was sent is not the request as modelled.
    const asModelled = sent[0]?.url === request.url && sent[0]?.body === request.body?.text;
    expect(reasons.length > 0 && asModelled, `listed as differing (${reasons.join(', ')}), sent as modelled`).toBe(
      false,
    );
    expect(sent).toHaveLength(1);
    expect(sent[0].method).toBe(expected.method);
    expect(sent[0].url).toBe(expected.url);
    for (const { name, value } of expected.headers) expect([name, sent[0].headers.get(name)]).toEqual([name, value]);
    expect(sent[0].body).toBe(expected.body?.text);
    expect(printed).toEqual([['echo-ok']]);
  },
};

describe.each(SNIPPET_TARGETS.map((target) => [target.id, target] as const))('%s over every case', (id, target) => {
  // Every case the target can write (the SDK's: the operations it has); the prefilled requests are the SDK's only.
  const cases = ALL_CASES.map((fixture) => [fixture, caseContext(SDK_COVERAGE, fixture)] as const).filter(
    ([fixture, context]) =>
      availableTargets(context).includes(target) && (id === 'sdk' || !fixture.name.startsWith('prefilled ')),
  );
  it.each(cases.map(([fixture, context]) => [fixture.name, fixture.request, context] as const))(
    '%s',
    async (_, request, context) => {
      const snippet = target.generate(request, context);
      expect(snippet).not.toMatch(/\n$/);
      await CHECKS[id](snippet, request, context);
    },
  );
});

describe('the SDK target', () => {
  it('is offered for exactly the operations the SDK has, each with a spec case and a prefilled one', () => {
    const covered = OPERATIONS.filter((op) =>
      availableTargets(caseContext(SDK_COVERAGE, { operationId: op.id })).some((t) => t.id === 'sdk'),
    );
    expect(covered.map((op) => op.id).sort()).toEqual(Object.keys(SDK_COVERAGE.calls).sort());
    expect(availableTargets({}).map((t) => t.id)).toEqual(['curl', 'fetch', 'axios', 'python', 'php']);
  });
});

describe('registry', () => {
  it('has unique target ids', () => {
    const ids = SNIPPET_TARGETS.map((target) => target.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds each target by its id, writes its snippet through it, and refuses an unknown id', () => {
    const [request] = SNIPPET_CASES.map((fixture) => fixture.request);
    for (const target of availableTargets({})) {
      expect(getSnippetTarget(target.id)).toBe(target);
      expect(generateSnippet(target.id, request)).toBe(target.generate(request, {}));
    }
    expect(() => getSnippetTarget('cobol' as SnippetTargetId)).toThrow(/Unknown snippet target: cobol/);
  });
});
