import { describe, expect, it } from 'vitest';
import { pullReport } from './report';

const op = (parameters: string[]) => ({
  operationId: 'x',
  tags: ['Item'],
  parameters: parameters.map((name) => ({ name, in: 'query' })),
  responses: {},
});

describe('pullReport', () => {
  it('names new operations, new parameters, undeclared tags and the version change', () => {
    const previous = { info: { version: 'v1' }, paths: { '/a': { get: op(['limit']) } } };
    const next = { info: { version: 'v2' }, paths: { '/a': { get: op(['limit', 'cursor']) }, '/b': { post: op([]) } } };
    const after = { ...next, tags: [{ name: 'Other' }] };
    const report = pullReport(previous, next, previous, after);
    expect(report.needsDescription).toEqual([
      { key: 'GET /a', method: 'GET', path: '/a', operationId: 'x', what: ['parameter query:cursor'] },
      { key: 'POST /b', method: 'POST', path: '/b', operationId: 'x', what: ['summary', 'description'] },
    ]);
    expect(report.newTags).toEqual(['Item']);
    expect(report.version).toEqual({ before: 'v1', after: 'v2' });
  });

  it('has nothing to say about the same document', () => {
    const doc = { info: { version: 'v1' }, tags: [{ name: 'Item' }], paths: { '/a': { get: op(['limit']) } } };
    expect(pullReport(doc, doc, doc, doc)).toEqual({
      needsDescription: [],
      newTags: [],
      version: { before: 'v1', after: 'v1' },
    });
  });
});
