import { describe, expect, it } from 'vitest';
import { sharedParameterNames } from './shared-names';
import type { OperationParameter } from './types';

const param = (name: string, where: OperationParameter['in'] = 'path'): OperationParameter => ({
  name,
  in: where,
  required: where === 'path',
  schema: { type: 'string' },
});

describe('sharedParameterNames', () => {
  it('shares identifiers that two operations take in their path or query', () => {
    const names = sharedParameterNames([
      { parameters: [param('workspaceId'), param('websiteId'), param('startAt', 'query')] },
      { parameters: [param('workspaceId', 'query'), param('monitorId'), param('startAt', 'query')] },
      { parameters: [param('websiteId'), param('lighthouseId')] },
    ]);
    expect(names).toEqual(['websiteId', 'workspaceId']);
  });

  it('leaves out headers, credentials and a name counted twice in one operation', () => {
    expect(
      sharedParameterNames([
        { parameters: [param('X-Trace-Id', 'header'), param('tokenId'), param('pageId'), param('pageId', 'query')] },
        { parameters: [param('X-Trace-Id', 'header'), param('tokenId')] },
      ]),
    ).toEqual([]);
  });
});
