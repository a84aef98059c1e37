import { describe, expect, it } from 'vitest';
import { API_KEY_PLACEHOLDER, buildRequest, encodeComponent } from './build';
import type { OperationData } from '../openapi/types';

const op: OperationData = {
  id: 'w-update',
  method: 'PUT',
  path: '/workspace/{workspaceId}/item/{id}',
  tag: 'T',
  summary: 'Update',
  secured: true,
  parameters: [
    { name: 'workspaceId', in: 'path', required: true, schema: {} },
    { name: 'id', in: 'path', required: true, schema: {} },
    { name: 'q', in: 'query', required: false, schema: {} },
    { name: 'empty', in: 'query', required: false, schema: {} },
    { name: 'X-Trace', in: 'header', required: false, schema: {} },
  ],
  requestBody: { required: true, mediaType: 'application/json', schema: {} },
  responses: [],
};

const inputs = {
  baseUrl: 'https://t.example.com/open/',
  pathParams: { workspaceId: 'w 1', id: 'a/b?c#d' },
  query: { q: "it's 100%", empty: '' },
  headers: { 'X-Trace': 'abc' },
  body: '{"name":"x"}',
};

describe('buildRequest', () => {
  it('encodes path values and query, and keeps the body verbatim', () => {
    const req = buildRequest(op, { ...inputs, apiKey: 'sk_1' });
    expect(req).toEqual({
      method: 'PUT',
      url: 'https://t.example.com/open/workspace/w%201/item/a%2Fb%3Fc%23d?q=it%27s%20100%25',
      headers: [
        { name: 'Authorization', value: 'Bearer sk_1' },
        { name: 'X-Trace', value: 'abc' },
        { name: 'Content-Type', value: 'application/json' },
      ],
      body: { mimeType: 'application/json', text: '{"name":"x"}' },
    });
  });

  it('sends no Authorization without a key, but shows the placeholder in code', () => {
    expect(buildRequest(op, inputs).headers.map((h) => h.name)).not.toContain('Authorization');
    expect(buildRequest(op, { ...inputs, keyPlaceholder: true }).headers[0]).toEqual({
      name: 'Authorization',
      value: `Bearer ${API_KEY_PLACEHOLDER}`,
    });
  });

  it('never sends a key to a public operation', () => {
    expect(buildRequest({ ...op, secured: false }, { ...inputs, apiKey: 'sk_1' }).headers.map((h) => h.name)).toEqual([
      'X-Trace',
      'Content-Type',
    ]);
  });

  it('leaves out an empty body and its Content-Type', () => {
    const req = buildRequest(op, { ...inputs, body: '  ' });
    expect(req.body).toBeUndefined();
    expect(req.headers.map((h) => h.name)).not.toContain('Content-Type');
  });
});

describe('encodeComponent', () => {
  it('escapes RFC 3986 reserved characters encodeURIComponent leaves alone', () => {
    expect(encodeComponent("!'()*")).toBe('%21%27%28%29%2A');
  });
});
