import { describe, expect, it } from 'vitest';
import type { OperationFacts } from './facts';
import { accepts, diffOperation, parentPath, topLevelChanges } from './diff';

const R = (type: string) => ({ type, required: true });
const O = (type: string) => ({ type, required: false });

function op(partial: Partial<OperationFacts> = {}): OperationFacts {
  return { method: 'post', path: '/x', parameters: {}, request: {}, response: {}, ...partial };
}

describe('accepts', () => {
  it('compares type strings as sets of values', () => {
    expect(accepts('string|null', 'string')).toBe(true);
    expect(accepts('string', 'string|null')).toBe(false);
    expect(accepts('number', 'integer')).toBe(true);
    expect(accepts('integer', 'number')).toBe(false);
    expect(accepts('any', 'object')).toBe(true);
    expect(accepts('object', 'any')).toBe(false);
    expect(accepts('(string|null)[]', 'string[]')).toBe(true);
    expect(accepts('string[]', '(string|null)[]')).toBe(false);
    expect(accepts('any[]', 'number[]')).toBe(true);
  });
});

describe('diffOperation and the breaking rule', () => {
  it('marks input changes breaking when a previous request can be refused or ignored', () => {
    const before = op({
      parameters: { 'query:a': O('string'), 'query:gone': O('string') },
      request: { $: R('object'), '$.n': R('number') },
    });
    const after = op({
      parameters: { 'query:a': R('string'), 'query:new': R('string'), 'query:opt': O('string') },
      request: { $: R('object'), '$.n': R('number|string'), '$.m': R('integer') },
    });
    const changes = diffOperation(before, after).changes.map((c) => [c.section, c.key, c.kind, c.breaking]);
    expect(changes).toEqual([
      ['parameters', 'query:a', 'required', true],
      ['parameters', 'query:gone', 'removed', true],
      ['parameters', 'query:new', 'added', true],
      ['parameters', 'query:opt', 'added', false],
      ['request', '$.m', 'added', true],
      ['request', '$.n', 'retyped', false],
    ]);
    // Narrowing what a request may send is breaking; making an input optional is not.
    const narrowed = diffOperation(after, before).changes.find((c) => c.key === '$.n')!;
    expect(narrowed.breaking).toBe(true);
    const optional = diffOperation(
      after,
      op({ ...after, parameters: { ...after.parameters, 'query:a': O('string') } }),
    );
    expect(optional.changes).toMatchObject([{ key: 'query:a', kind: 'optional', breaking: false }]);
  });

  it('marks output changes breaking when what a client reads can be missing or of a type it was not told about', () => {
    const before = op({
      response: { $: R('object'), '$.a': R('string'), '$.b': R('string|null'), '$.c': R('number') },
    });
    const after = op({
      response: { $: R('object|null'), '$.a': O('string'), '$.b': R('string'), '$.d': R('boolean') },
    });
    expect(diffOperation(before, after).changes.map((c) => [c.key, c.kind, c.breaking])).toEqual([
      ['$', 'retyped', true],
      ['$.a', 'optional', true],
      ['$.b', 'retyped', false],
      ['$.c', 'removed', true],
      ['$.d', 'added', false],
    ]);
  });

  it('reports a move, and a retype and a required change as two changes', () => {
    const diff = diffOperation(
      op({ parameters: { 'query:a': O('string') } }),
      op({ method: 'put', path: '/y', parameters: { 'query:a': R('number') } }),
    );
    expect(diff.moved).toEqual({ from: 'post /x', to: 'put /y' });
    expect(diff.changes.map((c) => c.kind)).toEqual(['retyped', 'required']);
    expect(diffOperation(op(), op())).toEqual({ changes: [] });
  });
});

describe('paths', () => {
  it('finds the parent of a JSON path', () => {
    expect(parentPath('$')).toBeUndefined();
    expect(parentPath('$.a')).toBe('$');
    expect(parentPath('$.a[].b')).toBe('$.a[]');
    expect(parentPath('$.a[]')).toBe('$.a');
    expect(parentPath('$.m{}')).toBe('$.m');
    expect(parentPath('$.a["odd.name"]')).toBe('$.a');
  });

  it('leaves out fields added or removed with their parent', () => {
    const diff = diffOperation(
      op({
        response: {
          $: R('object'),
          '$.w': R('object'),
          '$.w.id': R('string'),
          '$.w.n[]': R('string'),
          '$.k': R('string'),
        },
      }),
      op({ response: { $: R('object'), '$.k': R('number'), '$.x': R('object'), '$.x.y': O('string') } }),
    );
    expect(topLevelChanges(diff.changes).map((c) => `${c.kind} ${c.key}`)).toEqual([
      'retyped $.k',
      'removed $.w',
      'added $.x',
    ]);
  });
});
