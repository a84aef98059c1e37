/**
 * Shared values in the playground: the one store of the tab (rules in src/playground/session/shared-values.ts),
 * the fields it fills when a page opens and whenever a value changes elsewhere on the page, and what the reader
 * types into a shared parameter going back into it.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { SITE_DATA } from '../../../generated-data';
import type { OperationData, OperationParameter } from '../../../openapi/types';
import { initialValues, type PlaygroundValues } from '../../../playground/initial-values';
import { fieldSource, type FieldSource } from '../../../playground/session/field-source';
import {
  SHARED_VALUES_SLOT,
  SharedValuesStore,
  shareable,
  type SharedValuesState,
} from '../../../playground/session/shared-values';
import { browserSlot } from '../../../storage';
import type { SetParam } from './usePlaygroundValues';
import { useStoreState } from './useStoreState';

/** Parameters shared across operations, computed at build time (src/openapi/shared-names.ts). */
export const SHARED_PARAMETERS: ReadonlySet<string> = new Set(SITE_DATA.sharedParameters);

let store: SharedValuesStore | undefined;
const serverState: SharedValuesState = { values: {}, remembered: false };

function getStore(): SharedValuesStore {
  store ??= new SharedValuesStore(
    browserSlot('sessionStorage', SHARED_VALUES_SLOT),
    browserSlot('localStorage', SHARED_VALUES_SLOT),
  );
  return store;
}

/** The values and the store to change them with; no store while the page renders on the server. */
export function useSharedValues(): [SharedValuesState, SharedValuesStore | undefined] {
  const current = ExecutionEnvironment.canUseDOM ? getStore() : undefined;
  return [useStoreState(current, (s) => s.get(), serverState), current];
}

type Op = Pick<OperationData, 'id' | 'parameters' | 'requestBody'>;

/**
 * Wires one playground to the shared values. Call it before useSharedLink: its effect fills the fields first, so
 * the values of a share link, filled in after, win for that page load.
 */
export function useSharedFields(op: Op, values: PlaygroundValues, setParam: SetParam) {
  const [shared, sharedStore] = useSharedValues();
  const initial = useMemo(() => initialValues(op), [op]);
  const latest = useRef({ op, values, initial });
  useLayoutEffect(() => {
    latest.current = { op, values, initial };
  });
  const ownEdit = useRef(false);
  const operationId = op.id;

  useEffect(() => {
    if (!sharedStore) return undefined;
    const params = () => latest.current.op.parameters.filter((p) => p.in !== 'header');
    let previous = sharedStore.get().values;
    for (const p of params()) if (previous[p.name]) setParam(p.in, p.name, previous[p.name].value);
    return sharedStore.subscribe(() => {
      const next = sharedStore.get().values;
      // A value changed elsewhere (the shared values panel, a response): fields follow it. A field that no longer
      // shows the old value was changed by the reader, and stays as they left it.
      if (!ownEdit.current) {
        for (const p of params()) {
          const [before, after] = [previous[p.name]?.value, next[p.name]?.value];
          const now = latest.current.values[p.in][p.name] ?? '';
          if (before === after) continue;
          if (after !== undefined && now !== after) setParam(p.in, p.name, after);
          if (after === undefined && now === before) setParam(p.in, p.name, latest.current.initial[p.in][p.name] ?? '');
        }
      }
      previous = next;
    });
  }, [operationId, sharedStore, setParam]);

  /** setParam, and a shared parameter's value, when it passes its schema, becomes the value of every other page. */
  const setSharedParam = useCallback<SetParam>(
    (where, name, value) => {
      setParam(where, name, value);
      if (!sharedStore || where === 'header' || !SHARED_PARAMETERS.has(name)) return;
      const param = latest.current.op.parameters.find((p) => p.in === where && p.name === name);
      if (param && !shareable(param.schema, value)) return;
      ownEdit.current = true;
      try {
        sharedStore.set(name, value, { kind: 'typed', operationId });
      } finally {
        ownEdit.current = false;
      }
    },
    [setParam, sharedStore, operationId],
  );

  const sourceOf = useCallback(
    (param: OperationParameter): FieldSource =>
      fieldSource({
        param,
        value: values[param.in][param.name] ?? '',
        initial: initial[param.in][param.name] ?? '',
        shared: param.in === 'header' ? undefined : shared.values[param.name],
      }),
    [values, initial, shared],
  );

  return { setParam: setSharedParam, sourceOf };
}
