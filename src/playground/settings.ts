/**
 * Playground settings the reader expects to find again (not secrets): target, instance URL, timeout.
 * Kept in localStorage, which every locale of the site shares, so switching language keeps them.
 */
import type { TargetKind } from '../request/target';
import type { KeyStorage } from './key-store';

export interface PlaygroundSettings {
  target: TargetKind;
  instanceUrl: string;
  timeoutSeconds: number;
}

export const SETTINGS_ITEM = 'tianji-playground:settings';
export const DEFAULT_SETTINGS: PlaygroundSettings = { target: 'mock', instanceUrl: '', timeoutSeconds: 30 };

export function readSettings(storage: KeyStorage | null): PlaygroundSettings {
  try {
    const raw = storage?.getItem(SETTINGS_ITEM);
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

export function writeSettings(storage: KeyStorage | null, settings: PlaygroundSettings): void {
  try {
    storage?.setItem(SETTINGS_ITEM, JSON.stringify(settings));
  } catch {
    // A full or disabled storage only costs the reader their settings next time.
  }
}

export function clampTimeout(seconds: number): number {
  return Number.isFinite(seconds) ? Math.min(300, Math.max(1, Math.round(seconds))) : DEFAULT_SETTINGS.timeoutSeconds;
}
