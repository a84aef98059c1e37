/**
 * The project's own spec (openapi/tianji.yaml), read through the operations model: what the pages, the mock and the
 * guides rely on. Counts come from the document itself, so refreshing the spec (npm run spec:pull) keeps this green.
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadApiModel } from '../src/openapi/model';
import { HTTP_METHODS } from '../src/openapi/methods';
import type { OperationData } from '../src/openapi/types';
import { validateSpec } from '../src/openapi/validate';
import { DEFAULT_SPEC } from '../src/site-layout';

const raw = YAML.parse(fs.readFileSync(path.resolve(DEFAULT_SPEC), 'utf8')) as {
  paths: Record<string, Record<string, unknown>>;
  tags: Array<{ name: string }>;
};
const documented = Object.values(raw.paths).flatMap((item) => HTTP_METHODS.filter((m) => m in item));

let operations: OperationData[];
beforeAll(async () => {
  operations = (await loadApiModel(path.resolve(DEFAULT_SPEC))).operations;
});

describe('the project spec as operations', () => {
  it('is a valid OpenAPI document', async () => {
    await expect(validateSpec(DEFAULT_SPEC)).resolves.toEqual([]);
  });

  it('has every documented operation, in its declared tags, with unique ids', () => {
    expect(documented.length).toBeGreaterThan(100);
    expect(operations).toHaveLength(documented.length);
    expect(new Set(operations.map((o) => o.tag))).toEqual(new Set(raw.tags.map((t) => t.name)));
    expect(new Set(operations.map((o) => o.id)).size).toBe(operations.length);
  });

  it('marks public operations as needing no key', () => {
    const byId = Object.fromEntries(operations.map((o) => [o.id, o]));
    for (const id of ['global-config', 'user-login', 'user-register', 'user-loginWithToken'])
      expect(byId[id].secured).toBe(false);
    expect(byId['website-add'].secured).toBe(true);
  });

  it('documents 401 and 403 flat, as the server sends them, on secured operations', () => {
    const op = operations.find((o) => o.id === 'website-all')!;
    const unauthorized = op.responses.find((r) => r.status === '401')!;
    expect(unauthorized.example).toEqual({ code: 'UNAUTHORIZED', message: 'Authorization not provided', issues: [] });
    expect(op.responses.find((r) => r.status === '403')!.example).toEqual({
      code: 'FORBIDDEN',
      message: 'Insufficient access',
      issues: [],
    });
  });

  it("documents every error response with the one shared Error schema, and the code Tianji's document gives its status", () => {
    // The published document names one error schema per status, `error.<CODE>`, titled "… (<status>)".
    const published = JSON.parse(fs.readFileSync(path.resolve('../shared/reference/tianji-openapi.json'), 'utf8')) as {
      components: { schemas: Record<string, { title?: string; example?: { code?: string; message?: string } }> };
    };
    const codeOfStatus = new Map<string, { code: string; message: string }>();
    for (const [name, schema] of Object.entries(published.components.schemas)) {
      const status = /\((\d{3})\)$/.exec(schema.title ?? '')?.[1];
      if (name.startsWith('error.') && status)
        codeOfStatus.set(status, { code: name.slice('error.'.length), message: schema.example!.message! });
    }
    expect([...codeOfStatus.keys()].sort()).toEqual(['400', '401', '403', '404', '500']);

    type Responses = Record<
      string,
      { $ref?: string; content?: Record<string, { schema?: unknown; example?: unknown }> }
    >;
    const document = raw as unknown as {
      components: { schemas: { Error: Record<string, unknown> }; responses: Responses };
    };
    const errorSchema = document.components.schemas.Error;
    expect(errorSchema).toMatchObject({ required: ['code', 'message'] });
    expect(Object.keys(errorSchema.properties as object)).toEqual(['code', 'message', 'issues']);
    const shared = (ref: string | undefined) => document.components.responses[ref?.split('/').pop() ?? ''];
    let checked = 0;
    for (const [route, item] of Object.entries(raw.paths)) {
      for (const method of HTTP_METHODS.filter((m) => m in item)) {
        const responses = (item[method] as { responses: Responses }).responses;
        for (const [status, response] of Object.entries(responses).filter(([s]) => /^[45]\d\d$/.test(s))) {
          const where = `${method} ${route} ${status}`;
          const content = (response.$ref ? shared(response.$ref) : response)?.content?.['application/json'];
          expect(content?.schema, where).toEqual({ $ref: '#/components/schemas/Error' });
          const expected = codeOfStatus.get(status);
          expect(expected, where).toBeDefined();
          expect(content?.example, where).toMatchObject({ code: expected!.code, message: expected!.message });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('keeps parameters, body schema and an example body', () => {
    const op = operations.find((o) => o.id === 'website-add')!;
    expect(op.method).toBe('POST');
    expect(op.parameters).toEqual([expect.objectContaining({ name: 'workspaceId', in: 'path', required: true })]);
    expect(op.requestBody?.schema).toMatchObject({ required: ['name', 'domain'] });
    expect(op.requestBody?.example).toMatchObject({ name: expect.any(String) });
  });
});
