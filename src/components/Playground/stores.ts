/** React bindings for the playground's browser state (key store, settings). */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { ApiKeyStore, type ApiKeyState, type KeyStorage } from '../../playground/key-store';
import { DEFAULT_SETTINGS, readSettings, writeSettings, type PlaygroundSettings } from '../../playground/settings';

function localStorageOrNull(): KeyStorage | null {
  try {
    return ExecutionEnvironment.canUseDOM ? window.localStorage : null;
  } catch {
    return null; // e.g. storage blocked by the browser's privacy settings
  }
}

let keyStore: ApiKeyStore | undefined;
const serverKeyState: ApiKeyState = { key: '', remembered: false };

/** One key store per page: every playground shares the key the reader typed once. */
export function getKeyStore(): ApiKeyStore {
  keyStore ??= new ApiKeyStore(localStorageOrNull());
  return keyStore;
}

export function useApiKey(): [ApiKeyState, ApiKeyStore] {
  const store = ExecutionEnvironment.canUseDOM ? getKeyStore() : undefined;
  const state = useSyncExternalStore(
    (listener) => store?.subscribe(listener) ?? (() => {}),
    () => store?.get() ?? serverKeyState,
    () => serverKeyState,
  );
  return [state, store as ApiKeyStore];
}

export function useSettings(): [PlaygroundSettings, (patch: Partial<PlaygroundSettings>) => void] {
  // Defaults on the server and the first client render (hydration must match), saved values right after.
  const [settings, setSettings] = useState<PlaygroundSettings>(DEFAULT_SETTINGS);
  useEffect(() => setSettings(readSettings(localStorageOrNull())), []);
  const update = useCallback((patch: Partial<PlaygroundSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...patch };
      writeSettings(localStorageOrNull(), next);
      return next;
    });
  }, []);
  return [settings, update];
}
