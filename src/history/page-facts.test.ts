import { describe, expect, it } from 'vitest';
import { R, op, versionRecord } from './fixtures';
import { operationPageHistory } from './page-facts';
import { buildTimeline } from './timeline';

const v = versionRecord;

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
