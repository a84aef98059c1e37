/**
 * Playground settings the reader expects to find again (not secrets): target, instance URL, timeout.
 * Kept in localStorage, which every locale of the site shares, so switching language keeps them.
 */
import type { DestinationKind } from '../request/destination';
import type { StorageSlot } from '../storage';

export interface PlaygroundSettings {
  target: DestinationKind;
  instanceUrl: string;
  timeoutSeconds: number;
}

/** The slot the settings are kept in (a localStorage slot in the browser). */
export const SETTINGS_SLOT = 'settings';
export const DEFAULT_SETTINGS: PlaygroundSettings = { target: 'mock', instanceUrl: '', timeoutSeconds: 30 };

export function readSettings(slot: StorageSlot): PlaygroundSettings {
  try {
    const raw = slot.get();
    if (!raw) return DEFAULT_SETTINGS;
    const data = JSON.parse(raw) as Partial<PlaygroundSettings>;
    return {
      target: data.target === 'instance' ? 'instance' : 'mock',
      instanceUrl: typeof data.instanceUrl === 'string' ? data.instanceUrl : '',
      timeoutSeconds: clampTimeout(Number(data.timeoutSeconds)),
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** A full or disabled storage only costs the reader their settings next time (a slot never throws). */
export function writeSettings(slot: StorageSlot, settings: PlaygroundSettings): void {
  slot.set(JSON.stringify(settings));
}

export function clampTimeout(seconds: number): number {
  return Number.isFinite(seconds) ? Math.min(300, Math.max(1, Math.round(seconds))) : DEFAULT_SETTINGS.timeoutSeconds;
}
