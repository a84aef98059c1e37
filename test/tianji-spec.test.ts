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

  it('documents 401 and 403 with the documented error shape on secured operations', () => {
    const op = operations.find((o) => o.id === 'website-all')!;
    const unauthorized = op.responses.find((r) => r.status === '401')!;
    expect(unauthorized.example).toEqual({ error: { code: 'UNAUTHORIZED', message: 'Authorization not provided' } });
    expect(op.responses.find((r) => r.status === '403')!.example).toEqual({
      error: { code: 'FORBIDDEN', message: 'Insufficient access' },
    });
  });

  it('keeps parameters, body schema and an example body', () => {
    const op = operations.find((o) => o.id === 'website-add')!;
    expect(op.method).toBe('POST');
    expect(op.parameters).toEqual([expect.objectContaining({ name: 'workspaceId', in: 'path', required: true })]);
    expect(op.requestBody?.schema).toMatchObject({ required: ['name', 'domain'] });
    expect(op.requestBody?.example).toMatchObject({ name: expect.any(String) });
  });
});
