// @vitest-environment jsdom
/** The shared values' subscription (useSharedFields): fields follow a value changed or cleared elsewhere, and feed it. */
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OperationData } from '../../../openapi/types';
import type { PlaygroundValues } from '../../../playground/initial-values';

vi.mock('@docusaurus/ExecutionEnvironment', () => ({ default: { canUseDOM: true } }));
vi.mock('../../../generated-data', () => ({ SITE_DATA: { sharedParameters: ['websiteId'] } }));

const { useSharedFields, useSharedValues } = await import('./useSharedValues');

const op = {
  id: 'getWebsite',
  parameters: [
    { in: 'path', name: 'websiteId', required: true, schema: { type: 'string', pattern: '^[a-z0-9]+$' } },
    { in: 'query', name: 'limit', required: false, schema: { type: 'integer' } },
  ],
} as unknown as Pick<OperationData, 'id' | 'parameters' | 'requestBody'>;

function values(websiteId: string): PlaygroundValues {
  return { path: { websiteId }, query: {}, header: {}, body: '' } as unknown as PlaygroundValues;
}

function store() {
  const { result } = renderHook(() => useSharedValues());
  return result.current[1]!;
}

afterEach(() => {
  store().clearAll();
  sessionStorage.clear();
  localStorage.clear();
});

describe('useSharedFields', () => {
  it('fills the fields from the shared values when a page opens', () => {
    store().set('websiteId', 'site1', { kind: 'typed', operationId: 'other' });
    const setParam = vi.fn();
    renderHook(() => useSharedFields(op, values(''), setParam));
    expect(setParam).toHaveBeenCalledWith('path', 'websiteId', 'site1');
  });

  it('follows a value changed elsewhere (the shared values panel, a response)', () => {
    const shared = store();
    const setParam = vi.fn();
    renderHook(() => useSharedFields(op, values(''), setParam));
    act(() => void shared.set('websiteId', 'site2', { kind: 'typed', operationId: 'other' }));
    expect(setParam).toHaveBeenLastCalledWith('path', 'websiteId', 'site2');
  });

  it('leaves a field the reader changed when its shared value is cleared', () => {
    const shared = store();
    const setParam = vi.fn();
    const { rerender } = renderHook(({ v }) => useSharedFields(op, v, setParam), { initialProps: { v: values('') } });
    act(() => void shared.set('websiteId', 'site3', { kind: 'typed', operationId: 'other' }));
    rerender({ v: values('mine') });
    setParam.mockClear();
    act(() => shared.clear('websiteId'));
    expect(setParam).not.toHaveBeenCalled();
  });

  it('puts back the initial value when the shared value is cleared and the field still shows it', () => {
    const shared = store();
    const setParam = vi.fn();
    const { rerender } = renderHook(({ v }) => useSharedFields(op, v, setParam), { initialProps: { v: values('') } });
    act(() => void shared.set('websiteId', 'site4', { kind: 'typed', operationId: 'other' }));
    rerender({ v: values('site4') });
    act(() => shared.clear('websiteId'));
    expect(setParam).toHaveBeenLastCalledWith('path', 'websiteId', '');
  });

  it('shares what the reader types into a shared parameter when it passes its schema, and nothing else', () => {
    const shared = store();
    const setParam = vi.fn();
    const { result } = renderHook(() => useSharedFields(op, values(''), setParam));
    act(() => result.current.setParam('path', 'websiteId', 'typed1'));
    expect(shared.get().values.websiteId?.value).toBe('typed1');
    act(() => result.current.setParam('path', 'websiteId', 'NOT VALID'));
    act(() => result.current.setParam('query', 'limit', '5'));
    expect(shared.get().values.websiteId?.value).toBe('typed1');
    expect(shared.get().values.limit).toBeUndefined();
    // The reader's own edit is not echoed back into the field by the subscription.
    expect(setParam.mock.calls).toEqual([
      ['path', 'websiteId', 'typed1'],
      ['path', 'websiteId', 'NOT VALID'],
      ['query', 'limit', '5'],
    ]);
  });
});
