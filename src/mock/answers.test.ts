import { describe, expect, it } from 'vitest';
import type { OperationResponse } from '../openapi/types';
import { notFoundAnswer, successResponse } from './answers';
import { createShaper } from './shape';

const { accepts } = createShaper();
const record = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] };
const ok = (schema: Record<string, unknown>): OperationResponse => ({ status: '200', description: '', schema });
const notFound: OperationResponse = { status: '404', description: 'Not found', schema: { type: 'object' } };
const NOT_FOUND = { code: 'NOT_FOUND', message: 'No website with id x', issues: [] };

describe('notFoundAnswer', () => {
  it('answers 404 with the error body when the operation documents a 404', () => {
    const responses = [ok({ anyOf: [record, { type: 'null' }] }), notFound];
    expect(notFoundAnswer({ responses }, 'No website with id x', accepts)).toEqual({ status: 404, body: NOT_FOUND });
  });

  it('else answers 200 null when the 200 schema allows null', () => {
    const responses = [ok({ anyOf: [record, { type: 'null' }] })];
    expect(notFoundAnswer({ responses }, 'No website with id x', accepts)).toEqual({ status: 200, body: null });
  });

  it('else answers 404 all the same', () => {
    for (const responses of [[ok(record)], [], [{ status: '200', description: '' }]]) {
      expect(notFoundAnswer({ responses }, 'No website with id x', accepts)).toEqual({ status: 404, body: NOT_FOUND });
    }
  });
});

describe('successResponse', () => {
  it('is the first 2xx, else default, else a bare 200', () => {
    const created: OperationResponse = { status: '201', description: '' };
    const fallback: OperationResponse = { status: 'default', description: '' };
    expect(successResponse({ responses: [notFound, created] } as never)).toEqual({ status: 201, response: created });
    expect(successResponse({ responses: [{ status: '2XX', description: '' }] } as never).status).toBe(200);
    expect(successResponse({ responses: [notFound, fallback] } as never)).toEqual({ status: 200, response: fallback });
    expect(successResponse({ responses: [] } as never)).toEqual({ status: 200, response: undefined });
  });
});
