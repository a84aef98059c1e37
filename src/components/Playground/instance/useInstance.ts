/** The reader's instance as the store knows it (off on the server and the first render: hydration matches). */
import { useMemo, useSyncExternalStore } from 'react';
import { operationDocId } from '../../../instance/compare';
import { getInstanceState, getServerInstanceState, subscribeInstance, type InstanceState } from './store';

export function useInstance(): InstanceState {
  return useSyncExternalStore(subscribeInstance, getInstanceState, getServerInstanceState);
}

/** The doc ids (`api/ai-gateway-all`: the plugin names each page by its operationId in kebab case) of the operations the instance lacks. */
export function useMissingDocIds(): ReadonlySet<string> {
  const instance = useInstance();
  return useMemo(
    () => new Set(instance.state === 'ready' ? instance.comparison.missing.map(operationDocId) : []),
    [instance],
  );
}
