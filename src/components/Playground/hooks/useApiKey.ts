/** The reader's API keys, shared by every playground of the page; the rules they follow are in key-store.ts. */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { API_KEY_SLOT, ApiKeyStore, type ApiKeyState } from '../../../playground/key-store';
import { browserSlot } from '../../../storage';
import { useStoreState } from './useStoreState';

let keyStore: ApiKeyStore | undefined;
const serverKeyState: ApiKeyState = { keys: new Map(), remembered: false };

/** One key store per page: every playground shares the keys the reader typed once. */
function getKeyStore(): ApiKeyStore {
  keyStore ??= new ApiKeyStore(browserSlot('localStorage', API_KEY_SLOT));
  return keyStore;
}

/** The keys and the store to change them with; there is no store while the page renders on the server. */
export function useApiKey(): [ApiKeyState, ApiKeyStore | undefined] {
  const store = ExecutionEnvironment.canUseDOM ? getKeyStore() : undefined;
  return [useStoreState(store, (s) => s.get(), serverKeyState), store];
}
