import { describe, expect, it } from 'vitest';
import { summarizeErrorBody } from './error-body';

describe('summarizeErrorBody', () => {
  it('reads the documented shape', () => {
    expect(summarizeErrorBody({ error: { code: 'UNAUTHORIZED', message: 'Authorization not provided' } })).toEqual({
      code: 'UNAUTHORIZED',
      message: 'Authorization not provided',
      issues: undefined,
    });
  });
  it('reads validation issues', () => {
    expect(
      summarizeErrorBody({
        error: { code: 'BAD_REQUEST', message: 'Invalid', issues: [{ path: '/name', message: 'Required' }] },
      })?.issues,
    ).toEqual([{ path: '/name', message: 'Required' }]);
  });
  it("reads a real server's tRPC shape", () => {
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
  it('ignores other bodies', () => {
    expect(summarizeErrorBody({ id: 1 })).toBeUndefined();
    expect(summarizeErrorBody('oops')).toBeUndefined();
    expect(summarizeErrorBody([{ message: 'x' }])).toBeUndefined();
  });
});
