import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadApiModel } from '../../../openapi/model';
import { DEFAULT_SPEC } from '../../../site-layout';
import {
  mergeShapes,
  pruneToShape,
  routeKey,
  sdkCoverage,
  sdkOperationOf,
  templateNames,
  type SdkCall,
} from './coverage';
import { SDK_PACKAGE, readSdkClient, sdkPackageDir } from '../../../site-build/sdk-reader';

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url));
const operations = (await loadApiModel(join(ROOT, DEFAULT_SPEC))).operations;
const client = readSdkClient(sdkPackageDir(ROOT));
const coverage = sdkCoverage({ package: SDK_PACKAGE, ...client }, operations);

const call = (method: SdkCall['httpMethod'], path: string, names: string[]): SdkCall => ({
  service: 'S',
  method: 'm',
  httpMethod: method,
  path,
  pathParams: names.map((name) => ({ name, prop: name, type: 'string', required: true })),
  query: [],
  headers: [],
  argument: names.length ? 'required' : 'none',
});

describe('sdkCoverage', () => {
  it('maps an SDK call to the operation of the same method and path template, parameter names aside', () => {
    expect(routeKey('GET', '/a/{x}/b/{y}')).toBe('GET /a/{}/b/{}');
    expect(templateNames('/a/{x}/b/{y}')).toEqual(['x', 'y']);
    const ops = [
      { id: 'one', method: 'GET' as const, path: '/w/{workspaceId}/site/{websiteId}' },
      { id: 'two', method: 'POST' as const, path: '/w/{workspaceId}/site/{websiteId}' },
    ];
    const result = sdkCoverage(
      {
        package: 'p',
        version: '1',
        calls: [call('GET', '/w/{id}/site/{site}', ['id', 'site']), call('GET', '/gone', [])],
      },
      ops,
    );
    expect(Object.keys(result.calls)).toEqual(['one']);
    expect(result.calls.one.path).toBe('/w/{workspaceId}/site/{websiteId}');
    expect(result.calls.one.pathParams.map((p) => [p.name, p.prop])).toEqual([
      ['workspaceId', 'id'],
      ['websiteId', 'site'],
    ]);
    expect(result.unmatched).toEqual(['GET /gone']);
    expect(sdkOperationOf(result, 'two')).toBeUndefined();
    expect(sdkOperationOf(result, 'toString')).toBeUndefined();
    expect(sdkOperationOf(result, 'one')).toEqual({ package: 'p', version: '1', call: result.calls.one });
  });

  it('on the project spec: every operation whose route the SDK has, and no other', () => {
    const sdkRoutes = new Set(client.calls.map((c) => routeKey(c.httpMethod, c.path)));
    const expected = operations.filter((op) => sdkRoutes.has(routeKey(op.method, op.path))).map((op) => op.id);
    expect(Object.keys(coverage.calls).sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(90); // 103 of 137 with tianji-client-sdk 1.3.4
    expect(Object.keys(coverage.calls).length + coverage.unmatched.length).toBe(client.calls.length);
    for (const op of operations.filter((o) => coverage.calls[o.id])) {
      expect(coverage.calls[op.id]).toMatchObject({ httpMethod: op.method, path: op.path });
    }
    console.log(
      `SDK coverage: ${expected.length} of ${operations.length} operations; SDK only: ${coverage.unmatched.join(', ')}`,
    );
  });
});

describe('pruneToShape', () => {
  const shape = {
    props: {
      name: 'any' as const,
      payload: { props: { items: { items: { props: { label: 'any' as const } } } } },
      meta: 'any' as const,
    },
  };

  it('leaves out what the shape lacks, at any depth, and says where', () => {
    const value = {
      name: 'n',
      desc: 'd',
      payload: { items: [{ label: 'a', extra: 1 }, { label: 'b' }], more: true },
      meta: { x: 1 },
    };
    expect(pruneToShape(value, shape)).toEqual({
      value: { name: 'n', payload: { items: [{ label: 'a' }, { label: 'b' }] }, meta: { x: 1 } },
      dropped: ['desc', 'payload.items[0].extra', 'payload.more'],
    });
  });

  it('keeps everything under any, scalars where an object is typed, and __proto__ as an own property', () => {
    expect(pruneToShape({ a: 1 }, 'any')).toEqual({ value: { a: 1 }, dropped: [] });
    expect(pruneToShape('text', shape)).toEqual({ value: 'text', dropped: [] });
    const pruned = pruneToShape(JSON.parse('{"__proto__": 1, "name": 2}'), {
      props: { ['__proto__']: 'any', name: 'any' },
    });
    expect(JSON.stringify(pruned.value)).toBe('{"__proto__":1,"name":2}');
  });

  it('merges union members: a property of either is known', () => {
    expect(mergeShapes({ props: { a: 'any' } }, { props: { b: { items: 'any' } }, items: 'any' })).toEqual({
      props: { a: 'any', b: { items: 'any' } },
      items: 'any',
    });
    expect(mergeShapes({ props: { a: 'any' } }, 'any')).toBe('any');
  });

  it('on the project spec: the survey bodies have a "desc" the SDK type lacks', () => {
    const survey = coverage.calls['survey-create'];
    expect(survey.body?.shape).not.toBe('any');
    const example = operations.find((op) => op.id === 'survey-create')!.requestBody!.example;
    expect(pruneToShape(example, survey.body!.shape).dropped).toContain('desc');
  });
});
