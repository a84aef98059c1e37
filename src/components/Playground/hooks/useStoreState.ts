/**
 * A browser store's state in React (the key, the shared values, the history): `useSyncExternalStore` over the
 * store's `subscribe`, with `serverState` while the page renders on the server, where there is no store.
 */
import { useSyncExternalStore } from 'react';

interface Subscribable {
  subscribe(listener: () => void): () => void;
}

const unsubscribed = () => {};

export function useStoreState<Store extends Subscribable, State>(
  store: Store | undefined,
  read: (store: Store) => State,
  serverState: State,
): State {
  return useSyncExternalStore(
    (listener) => store?.subscribe(listener) ?? unsubscribed,
    () => (store ? read(store) : serverState),
    () => serverState,
  );
}
