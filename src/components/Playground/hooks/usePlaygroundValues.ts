/** What the reader typed in: parameter values and the body, and whether the body was edited (or shared). */
import { useCallback, useState } from 'react';
import type { OperationData, OperationParameter } from '../../../openapi/types';
import { initialValues, type PlaygroundValues } from '../../../playground/initial-values';
import { withShared } from '../../../playground/share';

export type SetParam = (where: OperationParameter['in'], name: string, value: string) => void;

export function usePlaygroundValues(op: Pick<OperationData, 'parameters' | 'requestBody'>) {
  const [state, setState] = useState(() => ({ values: initialValues(op), bodyEdited: false }));
  const hasBody = op.requestBody !== undefined;
  const setParam = useCallback<SetParam>(
    (where, name, value) =>
      setState((s) => ({ ...s, values: { ...s.values, [where]: { ...s.values[where], [name]: value } } })),
    [],
  );
  const setBody = useCallback(
    (body: string) => setState((s) => ({ values: { ...s.values, body }, bodyEdited: true })),
    [],
  );
  /** Fills in the values of a shared request over the current ones. */
  const fillIn = useCallback(
    (shared: PlaygroundValues) =>
      setState((s) => ({ values: withShared(s.values, shared, hasBody), bodyEdited: true })),
    [hasBody],
  );
  return { values: state.values, bodyEdited: state.bodyEdited, setParam, setBody, fillIn };
}
