import { describe, expect, it } from 'vitest';
import type { RequestModel } from '../../src/request/model';
import type { SdkCall } from '../../src/snippets/targets/ts-sdk/coverage';
import { SDK_DEVIATIONS, sdkWire, type SdkDeviation } from './sdk-wire';

const q = (name: string) => ({ name, prop: name, type: 'string' as const, required: false });
const CALL: SdkCall = {
  service: 'S',
  method: 'm',
  httpMethod: 'POST',
  path: '/w/{id}/x',
  pathParams: [{ name: 'id', prop: 'id', type: 'string', required: true }],
  query: [q('a'), q('b')],
  headers: [],
  body: { prop: 'requestBody', mediaType: 'application/json', required: true, shape: 'any' },
  argument: 'required',
};
const AUTH = { name: 'Authorization', value: 'Bearer k' };
const JSON_TYPE = { name: 'Content-Type', value: 'application/json' };
const request = (query: string, body?: string): RequestModel => ({
  method: 'POST',
  url: `https://h/open/w/i%21d/x${query}`,
  headers: body === undefined ? [AUTH] : [AUTH, JSON_TYPE],
  body: body === undefined ? undefined : { mimeType: 'application/json', text: body },
});

describe('sdkWire', () => {
  it('is the request itself when the SDK can send it as it is', () => {
    const same = request('?a=1&b=%27', '{"x":1}');
    expect(sdkWire(same, CALL)).toEqual({ expected: same, reasons: [] });
  });

  const cases: Array<[SdkDeviation, RequestModel, SdkCall, Partial<RequestModel>]> = [
    [
      'compact-body',
      request('', '{\n  "x": [1, 2]\n}'),
      CALL,
      { body: { mimeType: 'application/json', text: '{"x":[1,2]}' } },
    ],
    ['query-not-in-sdk', request('?a=1&c=2&b=3'), CALL, { url: 'https://h/open/w/i%21d/x?a=1&b=3' }],
    ['query-order', request('?b=1&a=2'), CALL, { url: 'https://h/open/w/i%21d/x?a=2&b=1' }],
    ['query-sub-delims', request('?a=%21%28%29%2A%27'), CALL, { url: 'https://h/open/w/i%21d/x?a=!()*%27' }],
    ['body-not-in-sdk', request('', '{}'), { ...CALL, body: undefined }, { body: undefined, headers: [AUTH] }],
    [
      'body-field-not-in-sdk',
      request('', '{"x":1,"y":2}'),
      { ...CALL, body: { ...CALL.body!, shape: { props: { x: 'any' } } } },
      { body: { mimeType: 'application/json', text: '{"x":1}' } },
    ],
  ];
  it.each(cases)('%s', (reason, model, call, change) => {
    expect(SDK_DEVIATIONS[reason]).toBeTruthy();
    expect(sdkWire(model, call)).toEqual({ expected: { ...model, ...change }, reasons: [reason] });
  });

  it('names every deviation it knows in a case above', () => {
    expect(cases.map(([reason]) => reason).sort()).toEqual(Object.keys(SDK_DEVIATIONS).sort());
  });

  it('lists several reasons together, and leaves a body that is not JSON as it is', () => {
    const wire = sdkWire(request('?c=1&b=*&a=1', '[ 1 ]'), CALL);
    expect(wire.reasons).toEqual(['query-not-in-sdk', 'query-order', 'query-sub-delims', 'compact-body']);
    expect(wire.expected.url).toBe('https://h/open/w/i%21d/x?a=1&b=*');
    expect(sdkWire(request('', '{oops'), CALL).reasons).toEqual([]);
  });
});
