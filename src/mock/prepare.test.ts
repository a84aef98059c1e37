// The mock readies an operation's first answer ahead of the Send (handlers.ts `prepare`): after it, answering
// compiles no schema, which is what made the first answer slow.
import Ajv from 'ajv/dist/core';
import { getResponse } from 'msw';
import { afterEach, expect, it, vi } from 'vitest';
import { DEMO_API_KEY } from './auth';
import { createMock } from './handlers';
import { createMockStore } from './store';
import { loadTinyOperations, sampleRequest } from './fixtures/index';

const operations = await loadTinyOperations();
const BASE = 'http://mock.test/open';
const compile = vi.spyOn(Ajv.prototype, 'compile');
afterEach(() => compile.mockClear());

const answer = (mock: ReturnType<typeof createMock>, path: string) =>
  getResponse(mock.handlers, new Request(`${BASE}${path}`, { headers: { Authorization: `Bearer ${DEMO_API_KEY}` } }));

const fresh = () =>
  createMock(operations, { baseUrl: BASE, store: createMockStore({ storage: null }), knownKeys: [DEMO_API_KEY] });
const op = operations.find((o) => o.method === 'GET' && !o.path.includes('{') && o.responses.some((r) => r.schema))!;

it('compiles on the first answer when not prepared, and not at all once prepared', async () => {
  const cold = fresh();
  compile.mockClear();
  expect((await answer(cold, op.path))?.status).toBe(200);
  expect(compile).toHaveBeenCalled();

  const prepared = fresh();
  prepared.prepare(op.id);
  compile.mockClear();
  expect((await answer(prepared, op.path))?.status).toBe(200);
  expect(compile).not.toHaveBeenCalled();
});

it('readies the request body check too', async () => {
  const add = operations.find((o) => o.method === 'POST' && o.path.endsWith('/website/add'))!;
  const { url, body } = sampleRequest(add, BASE);
  const prepared = fresh();
  prepared.prepare(add.id);
  compile.mockClear();
  const headers = { Authorization: `Bearer ${DEMO_API_KEY}`, 'Content-Type': 'application/json' };
  const response = await getResponse(prepared.handlers, new Request(url, { method: 'POST', headers, body }));
  expect(response?.status).toBe(200);
  expect(compile).not.toHaveBeenCalled();
});

it('ignores an operation it does not know', () => {
  expect(() => fresh().prepare('no-such-operation')).not.toThrow();
});
