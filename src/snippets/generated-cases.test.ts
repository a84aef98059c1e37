import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadApiModel } from '../openapi/model';
import { DEFAULT_SPEC } from '../site-layout';
import { BASE_URL } from './fixtures/cases';
import { GENERATED_CASES, generateCases, specCases } from './fixtures/generated-cases';
import { isHeaderValue } from './fixtures/hostile-values';
import { UPPER_HTTP_METHODS } from '../openapi/methods';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SPEC_FILE = join(HERE, '../..', DEFAULT_SPEC);
const operations = (await loadApiModel(SPEC_FILE)).operations;

/** What a URL built by buildRequest is made of: RFC 3986 unreserved characters, %XX, and the delimiters. */
const ENCODED_URL = /^https:\/\/tianji\.example\.com\/open(\/[A-Za-z0-9\-._~%]*)*(\?[A-Za-z0-9\-._~%=&]*)?$/;

describe('generateCases', () => {
  const requests = GENERATED_CASES.map((fixture) => fixture.request);

  it('is the same on every run (fixed seed)', () => {
    expect(JSON.stringify(generateCases(60))).toBe(JSON.stringify(GENERATED_CASES.slice(0, 60)));
    expect(JSON.stringify(generateCases(60, 1))).not.toBe(JSON.stringify(generateCases(60)));
  });

  it('covers every HTTP method, empty and 10 KB values, raw CR and non-ASCII bodies', () => {
    expect(new Set(requests.map((r) => r.method))).toEqual(new Set(UPPER_HTTP_METHODS));
    expect(requests.some((r) => r.headers.some((h) => h.value === ''))).toBe(true);
    expect(requests.some((r) => r.headers.some((h) => h.value.length >= 10_000))).toBe(true);
    expect(requests.some((r) => r.url.length >= 10_000)).toBe(true);
    expect(requests.some((r) => (r.body?.text.length ?? 0) >= 10_000)).toBe(true);
    expect(requests.some((r) => r.body?.text.includes('\r'))).toBe(true);
    expect(requests.some((r) => /😀|漢/.test(r.body?.text ?? ''))).toBe(true);
    expect(requests.some((r) => /[?&]=|=(&|$)/.test(r.url))).toBe(true); // empty query names and values
  });

  it('stays within what the request model may hold', () => {
    for (const request of requests) {
      expect(request.url).toMatch(ENCODED_URL);
      expect(request.url).not.toMatch(/\/\.\.?(\/|\?|$)/);
      for (const header of request.headers) expect(isHeaderValue(header.value), JSON.stringify(header)).toBe(true);
      expect(new Set(request.headers.map((h) => h.name.toLowerCase())).size).toBe(request.headers.length);
      if (request.method === 'GET' || request.method === 'HEAD') expect(request.body).toBeUndefined();
      if (request.body) expect(encodeURIComponent(request.body.text)).toBeTruthy(); // throws on a lone surrogate
      if (request.body) expect(request.body.text).not.toContain('\0');
    }
  });
});

describe('specCases', () => {
  const cases = specCases(operations);

  it('builds one request per operation, and a compact-body one for each operation with an example body', () => {
    const withBody = operations.filter((op) => op.requestBody?.example !== undefined);
    expect(operations.length).toBeGreaterThanOrEqual(100);
    expect(cases).toHaveLength(operations.length + withBody.length);
    expect(new Set(cases.map((fixture) => fixture.name)).size).toBe(cases.length);
    for (const op of withBody) {
      const bodies = cases
        .filter((fixture) => fixture.name.startsWith(`spec ${op.id} (`))
        .map((f) => f.request.body?.text);
      expect(bodies).toEqual([
        JSON.stringify(op.requestBody!.example, null, 2),
        JSON.stringify(op.requestBody!.example),
      ]);
    }
  });

  it('sends the operation with encoded hostile values and a Bearer key where it is secured', () => {
    operations.forEach((op) => {
      const fixture = cases.find((f) => f.name.startsWith(`spec ${op.id} (`))!;
      expect(fixture.request.method).toBe(op.method);
      expect(fixture.request.url.startsWith(BASE_URL)).toBe(true);
      expect(fixture.request.url).toMatch(ENCODED_URL);
      expect(fixture.request.headers.some((h) => h.name === 'Authorization' && h.value.startsWith('Bearer '))).toBe(
        op.secured,
      );
    });
    expect(cases.some((f) => /%27|%22|%24|%0A/.test(f.request.url))).toBe(true);
  });
});
