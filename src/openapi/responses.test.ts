import { describe, expect, it } from 'vitest';
import { documentedResponse, listItems } from './responses';
import type { OperationResponse } from './types';

const responses: OperationResponse[] = [
  { status: '200', description: 'ok' },
  { status: '204', description: 'nothing' },
  { status: '4XX', description: 'client error' },
];

describe('documentedResponse', () => {
  it('takes the exact status, else its range, else default', () => {
    const all = [...responses, { status: 'default', description: 'other' }];
    expect(documentedResponse(all, 200)?.status).toBe('200');
    expect(documentedResponse(all, 404)?.status).toBe('4XX');
    expect(documentedResponse([{ status: '4xx', description: '' }], 404)?.status).toBe('4xx');
    expect(documentedResponse(all, 503)?.status).toBe('default');
    expect(documentedResponse(responses, 503)).toBeUndefined();
  });
});

describe('listItems', () => {
  it('finds the items of a list answer: the array itself, or its items or list array', () => {
    expect(listItems([1, 2])).toEqual([1, 2]);
    expect(listItems({ items: [1], nextCursor: 'c' })).toEqual([1]);
    expect(listItems({ total: 2, list: [1, 2] })).toEqual([1, 2]);
    expect(listItems({ total: 1 })).toBeUndefined();
    expect(listItems('x')).toBeUndefined();
  });
  it('leaves the array properties of a single record alone', () => {
    expect(listItems({ id: 's1', feedChannelIds: ['c1'] })).toBeUndefined();
    expect(listItems({ id: 'p1', monitorList: [{ id: 'm1' }] })).toBeUndefined();
  });
});
