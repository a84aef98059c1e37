import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from './load';
import { operationsOf } from './operations';
import type { OperationData } from './types';

let operations: OperationData[];
beforeAll(async () => {
  operations = operationsOf(await loadSpec(path.resolve('openapi/tianji.yaml')));
});

describe('the project spec as operations', () => {
  it('has the 137 operations in 15 tags with unique ids', () => {
    expect(operations).toHaveLength(137);
    expect(new Set(operations.map((o) => o.tag)).size).toBe(15);
    expect(new Set(operations.map((o) => o.id)).size).toBe(137);
  });

  it('marks public operations as needing no key', () => {
    const byId = Object.fromEntries(operations.map((o) => [o.id, o]));
    for (const id of ['global-config', 'user-login', 'user-register', 'user-loginWithToken']) expect(byId[id].secured).toBe(false);
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
