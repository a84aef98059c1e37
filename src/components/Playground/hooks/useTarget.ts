/**
 * Where this playground's requests go and with which key: the saved settings, the instance URL as parsed, and
 * the key of that target's scope (the instance's origin, or the mock's own): a key is never sent elsewhere.
 */
import { useEffect, useMemo } from 'react';
import { parseInstanceUrl } from '../../../request/destination';
import { keyFor, keyScope } from '../../../playground/key-store';
import { useApiKey } from './useApiKey';
import { useSettings } from './useSettings';
import { API_PREFIX } from './useSiteLocation';
import { syncInstance } from '../instance/store';

export function useTarget() {
  const [settings, updateSettings] = useSettings();
  const [keys, keyStore] = useApiKey();
  const instance = useMemo(() => parseInstanceUrl(settings.instanceUrl, API_PREFIX), [settings.instanceUrl]);
  // The rest of the page (the sidebar, the instance status) follows the target: the mock clears every mark.
  useEffect(() => syncInstance(settings.target, settings.instanceUrl), [settings.target, settings.instanceUrl]);
  const scope = keyScope(settings.target, settings.instanceUrl, API_PREFIX);
  return { settings, updateSettings, instance, keys, keyStore, scope, apiKey: keyFor(keys, scope) };
}
