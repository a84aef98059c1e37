import { describe, expect, it } from 'vitest';
import { summarizeErrorBody } from './error-body';

describe('summarizeErrorBody', () => {
  it('reads the flat shape a Tianji server sends', () => {
    expect(summarizeErrorBody({ code: 'UNAUTHORIZED', message: 'Authorization not provided', issues: [] })).toEqual({
      code: 'UNAUTHORIZED',
      message: 'Authorization not provided',
      path: undefined,
      issues: undefined,
    });
  });
  it('reads validation issues', () => {
    expect(
      summarizeErrorBody({
        code: 'BAD_REQUEST',
        message: 'Invalid input data',
        issues: [{ path: '/name', message: 'Required' }],
      })?.issues,
    ).toEqual([{ path: '/name', message: 'Required' }]);
  });
  it("reads a bare tRPC error's data.code", () => {
    expect(
      summarizeErrorBody({
        message: 'Authorization not provided',
        code: -32001,
        data: { code: 'UNAUTHORIZED', httpStatus: 401, path: 'global.config' },
      }),
    ).toEqual({
      code: 'UNAUTHORIZED',
      message: 'Authorization not provided',
      path: 'global.config',
      issues: undefined,
    });
  });
  it('ignores other bodies, the nested {"error": {…}} shape among them', () => {
    expect(
      summarizeErrorBody({ error: { code: 'UNAUTHORIZED', message: 'Authorization not provided' } }),
    ).toBeUndefined();
    expect(summarizeErrorBody({ message: 'no code' })).toBeUndefined();
    expect(summarizeErrorBody({ id: 1 })).toBeUndefined();
    expect(summarizeErrorBody('oops')).toBeUndefined();
    expect(summarizeErrorBody([{ message: 'x' }])).toBeUndefined();
  });
});
