import { describe, expect, it } from 'vitest';
import type { OperationFacts } from './facts';
import { operationPageHistory } from './page-facts';
import type { VersionRecord } from './record';
import { buildTimeline } from './timeline';

const R = (type: string) => ({ type, required: true });
const op = (partial: Partial<OperationFacts> = {}): OperationFacts => ({
  method: 'get',
  path: '/x',
  parameters: {},
  request: {},
  response: {},
  ...partial,
});
const v = (version: string, operations: Record<string, OperationFacts>): VersionRecord => ({
  version,
  date: '2024-01-01',
  operations,
});

describe('operationPageHistory', () => {
  const pages = operationPageHistory(
    buildTimeline([
      v('v1', { steady: op(), changed: op(), back: op(), gone: op() }),
      v('v2', { steady: op(), changed: op({ parameters: { 'query:q': R('string') } }), fresh: op() }),
      v('v3', {
        steady: op(),
        changed: op({ path: '/moved' }),
        back: op(),
        fresh: op({ response: { $: R('object') } }),
      }),
    ]),
  );

  it('names the release an operation is available since when newer than the oldest, and later changes', () => {
    expect(pages).toEqual({
      changed: { changed: ['v2', 'v3'] },
      back: { added: 'v3' },
      fresh: { added: 'v2', changed: ['v3'] },
    });
  });

  it('leaves out operations unchanged since the oldest release and those the newest lacks', () => {
    expect(pages).not.toHaveProperty('steady');
    expect(pages).not.toHaveProperty('gone');
  });
});
