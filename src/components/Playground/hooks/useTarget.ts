/**
 * Where this playground's requests go and with which key: the saved settings, the instance URL as parsed, and
 * the key of that target's scope (the instance's origin, or the mock's own): a key is never sent elsewhere.
 */
import { useMemo } from 'react';
import { parseInstanceUrl } from '../../../request/destination';
import { keyFor, keyScope } from '../../../playground/key-store';
import { useApiKey } from './useApiKey';
import { useSettings } from './useSettings';
import { API_PREFIX } from './useSiteLocation';

export function useTarget() {
  const [settings, updateSettings] = useSettings();
  const [keys, keyStore] = useApiKey();
  const instance = useMemo(() => parseInstanceUrl(settings.instanceUrl, API_PREFIX), [settings.instanceUrl]);
  const scope = keyScope(settings.target, settings.instanceUrl, API_PREFIX);
  return { settings, updateSettings, instance, keys, keyStore, scope, apiKey: keyFor(keys, scope) };
}
