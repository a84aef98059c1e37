import fs from 'node:fs';
import kebabCase from 'lodash/kebabCase';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../history/facts';
import { decodeHistory } from '../history/record';
import { readHistoryFile } from '../history/sources';
import {
  compareFacts,
  compareVersions,
  factLabel,
  knownPublicMarkedSecured,
  operationDocId,
  recordFor,
} from './compare';
import { parseInstanceDocument, pruneForFacts, versionText } from './document';

const records = decodeHistory(readHistoryFile('openapi/history.json'));
const site = records.at(-1)!.operations;
const source = (v: string) => fs.readFileSync(`../shared/reference/tianji-history/${v}.json`, 'utf8');

describe('an instance on v1.22.0 against the documented version', () => {
  const read = parseInstanceDocument(source('v1.22.0'), 'application/json');
  if (!read.ok) throw new Error('v1.22.0 does not parse');
  const result = compareFacts(site, extractFacts(read.document), {
    version: read.version,
    source: 'document',
    knownPublic: knownPublicMarkedSecured(read.document),
  });

  it('lacks worker-all (added in v1.30.4) and the AI gateway pricing (v1.30.2)', () => {
    expect(read.version).toBe('v1.22.0');
    expect(result.missing).toContain('worker-all');
    expect(result.missing).toContain('aiGateway-modelPricing');
    expect(result.missing).not.toContain('website-add');
  });

  it('has monitor-createPage, which the docs no longer have', () => {
    expect(result.extra.map((e) => e.id)).toContain('monitor-createPage');
    expect(result.extra.find((e) => e.id === 'monitor-createPage')).toMatchObject({ method: 'post' });
  });

  it('names the public operations its document marks as secured apart (an explained mistake, not drift)', () => {
    // v1.22.0 has no user-register (it was removed and came back later).
    expect(result.knownPublic).toEqual(['global-config', 'user-login', 'user-loginWithToken']);
  });

  it('is exactly the recorded v1.22.0 facts compared (the history and the document agree)', () => {
    const fromHistory = compareFacts(site, recordFor('v1.22.0', records)!.operations, {
      source: 'history',
      knownPublic: [],
    });
    expect(fromHistory.missing).toEqual(result.missing);
    expect(Object.keys(fromHistory.differences)).toEqual(Object.keys(result.differences));
  });
});

describe('the documented version itself', () => {
  it('has no drift: nothing missing, extra or different', () => {
    const read = parseInstanceDocument(source('v1.30.25'));
    if (!read.ok) throw new Error('no parse');
    const result = compareFacts(site, extractFacts(read.document), {
      source: 'document',
      knownPublic: knownPublicMarkedSecured(read.document),
    });
    expect(result).toMatchObject({ missing: [], extra: [], differences: {} });
    expect(result.knownPublic).toEqual(['global-config', 'user-login', 'user-loginWithToken', 'user-register']);
  });
});

describe('differences of one operation', () => {
  const op = (parameters = {}, response = {}, path = '/w') => ({
    method: 'get',
    path,
    parameters,
    request: {},
    response,
  });
  const str = { type: 'string', required: true };
  it('names missing, extra, retyped and re-required facts, and a move', () => {
    const result = compareFacts(
      { a: op({ 'query:x': str, 'query:y': str, 'query:z': str }) },
      {
        a: op(
          {
            'query:x': { type: 'number', required: true },
            'query:z': { type: 'string', required: false },
            'query:n': str,
          },
          {},
          '/v',
        ),
      },
      { source: 'document', knownPublic: [] },
    );
    expect(result.differences.a).toEqual({
      moved: { method: 'get', path: '/v' },
      facts: [
        {
          section: 'parameters',
          key: 'query:x',
          kind: 'type',
          site: str,
          instance: { type: 'number', required: true },
        },
        { section: 'parameters', key: 'query:y', kind: 'missing', site: str },
        {
          section: 'parameters',
          key: 'query:z',
          kind: 'required',
          site: str,
          instance: { type: 'string', required: false },
        },
        { section: 'parameters', key: 'query:n', kind: 'extra', instance: str },
      ],
    });
  });
});

describe('versions', () => {
  it('reads v-less and v versions alike, and refuses what is not one', () => {
    expect(versionText('1.22.0')).toBe('v1.22.0');
    expect(versionText(' v1.30.25 ')).toBe('v1.30.25');
    expect(versionText('latest')).toBeUndefined();
  });
  it('finds the recorded version, else the newest one before it', () => {
    expect(compareVersions('v1.9.3', 'v1.11.4')).toBeLessThan(0);
    expect(recordFor('v1.22.0', records)?.version).toBe('v1.22.0');
    expect(recordFor('v1.23.1', records)?.version).toBe('v1.22.0');
    expect(recordFor('v1.0.0', records)).toBeUndefined();
  });
});

describe('the document as read', () => {
  it('says what it is when it is not an OpenAPI document', () => {
    expect(parseInstanceDocument('<!doctype html><html></html>')).toEqual({ ok: false, reason: 'html' });
    expect(parseInstanceDocument('{"a":1}', 'text/html')).toEqual({ ok: false, reason: 'html' });
    expect(parseInstanceDocument('not json')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseInstanceDocument('{"status":"ok"}')).toEqual({ ok: false, reason: 'not-openapi' });
    expect(parseInstanceDocument(' '.repeat(5_000_001))).toEqual({ ok: false, reason: 'too-large' });
  });
});

describe('the pruned document', () => {
  it('has the same facts as the whole one', () => {
    for (const version of ['v1.22.0', 'v1.30.25']) {
      const read = parseInstanceDocument(source(version));
      if (!read.ok) throw new Error('no parse');
      expect(extractFacts(pruneForFacts(read.document))).toEqual(extractFacts(read.document));
    }
  });
});

describe('operationDocId', () => {
  it("is lodash's kebab case (the plugin's page names) for every recorded operation id", () => {
    const ids = new Set(records.flatMap((r) => Object.keys(r.operations)));
    for (const id of [...ids, 'getHTTPStatus2xx', 'a_b-cD']) expect(operationDocId(id)).toBe(`api/${kebabCase(id)}`);
  });
});

describe('factLabel', () => {
  it('names a parameter as it is sent, and a field by where it sits, so request and answer read apart', () => {
    expect(factLabel({ section: 'parameters', key: 'query:utm_source' })).toBe('query:utm_source');
    expect(factLabel({ section: 'request', key: '$.downMessageTemplate' })).toBe('body.downMessageTemplate');
    expect(factLabel({ section: 'response', key: '$.downMessageTemplate' })).toBe('response.downMessageTemplate');
    expect(factLabel({ section: 'response', key: '$' })).toBe('response');
    expect(factLabel({ section: 'response', key: '$.list[].id' })).toBe('response.list[].id');
  });
});
