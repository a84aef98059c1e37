import { describe, expect, it } from 'vitest';
import { fieldSource } from './field-source';
import type { SharedValue } from './shared-values';

const workspace = { name: 'workspaceId', schema: { type: 'string', example: 'clnzoxcy10001vy2ohi4obbi0' } };
const limit = { name: 'limit', schema: { type: 'integer', default: 20 } };
const shared: SharedValue = { value: 'ws1', source: { kind: 'typed', operationId: 'website-all' } };

describe('fieldSource', () => {
  it('names the shared value while the field holds it', () => {
    expect(fieldSource({ param: workspace, value: 'ws1', initial: 'clnzoxcy10001vy2ohi4obbi0', shared })).toEqual({
      kind: 'shared',
      source: shared.source,
    });
  });

  it("names the spec's example or default while the field holds it", () => {
    expect(
      fieldSource({ param: workspace, value: 'clnzoxcy10001vy2ohi4obbi0', initial: 'clnzoxcy10001vy2ohi4obbi0' }),
    ).toEqual({ kind: 'example' });
    expect(fieldSource({ param: limit, value: '20', initial: '20', shared })).toEqual({ kind: 'default' });
  });

  it('says nothing of what the reader typed, or of an empty field', () => {
    expect(fieldSource({ param: workspace, value: 'mine', initial: 'clnzoxcy10001vy2ohi4obbi0', shared })).toEqual({
      kind: 'none',
    });
    expect(fieldSource({ param: limit, value: '', initial: '', shared })).toEqual({ kind: 'none' });
  });
});
