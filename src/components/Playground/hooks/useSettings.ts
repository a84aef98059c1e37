/** The playground's settings (target, instance URL, timeout), kept in this device's localStorage. */
import { useCallback, useEffect, useState } from 'react';
import {
  DEFAULT_SETTINGS,
  readSettings,
  SETTINGS_SLOT,
  writeSettings,
  type PlaygroundSettings,
} from '../../../playground/settings';
import { browserSlot } from '../../../storage';

const settingsSlot = browserSlot('localStorage', SETTINGS_SLOT);

export type UpdateSettings = (patch: Partial<PlaygroundSettings>) => void;

export function useSettings(): [PlaygroundSettings, UpdateSettings] {
  // Defaults on the server and the first client render (hydration must match), saved values right after.
  const [settings, setSettings] = useState<PlaygroundSettings>(DEFAULT_SETTINGS);
  useEffect(() => setSettings(readSettings(settingsSlot)), []);
  const update = useCallback<UpdateSettings>((patch) => {
    setSettings((current) => {
      const next = { ...current, ...patch };
      writeSettings(settingsSlot, next);
      return next;
    });
  }, []);
  return [settings, update];
}
