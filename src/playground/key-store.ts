/**
 * Where the reader's API keys live. A key belongs to the instance origin it was entered for
 * (`https://tianji.example.com`) and is only ever sent there; the mock has a scope of its own (MOCK_SCOPE), so a
 * real key never reaches it. In memory by default (gone on reload); in localStorage, each key with its origin,
 * only after the reader ticks "remember on this device"; "forget" clears every key. Shared by every playground
 * on the page and across client-side navigations. Nothing here logs, and a key is never put in a URL.
 */
import { parseInstanceUrl, type DestinationKind } from '../request/destination';
import type { StorageSlot } from '../storage';

/** The slot the remembered keys are kept in (a localStorage slot in the browser). */
export const API_KEY_SLOT = 'api-key';

/** The scope of the mock's key: not an origin, so no instance key can ever be looked up for the mock. */
export const MOCK_SCOPE = 'mock';

type Listener = () => void;

export interface ApiKeyState {
  /** Scope (an instance origin, or MOCK_SCOPE) → key, most recently entered last. */
  keys: ReadonlyMap<string, string>;
  remembered: boolean;
}

/**
 * The scope a key is entered for and sent to: the mock's, or the origin of the instance URL the reader typed;
 * undefined while that URL is not valid (no key can be entered or sent then).
 */
export function keyScope(target: DestinationKind, instanceUrl: string, apiPrefix: string): string | undefined {
  if (target === 'mock') return MOCK_SCOPE;
  const parsed = parseInstanceUrl(instanceUrl, apiPrefix);
  return parsed.ok ? new URL(parsed.baseUrl).origin : undefined;
}

/** The scope of a base URL a request goes to (history entries keep the instance's base URL). */
export function scopeOfBaseUrl(target: DestinationKind, baseUrl: string | undefined): string | undefined {
  if (target === 'mock') return MOCK_SCOPE;
  try {
    return baseUrl ? new URL(baseUrl).origin : undefined;
  } catch {
    return undefined;
  }
}

/** The key for a scope ('' for none, and for no scope). */
export function keyFor(state: ApiKeyState, scope: string | undefined): string {
  return (scope !== undefined && state.keys.get(scope)) || '';
}

/** The latest key entered for another instance (never the mock's), which the reader may bring to `scope`. */
export function keyElsewhere(state: ApiKeyState, scope: string | undefined): { origin: string } | undefined {
  if (scope === undefined || scope === MOCK_SCOPE || keyFor(state, scope)) return undefined;
  const origins = [...state.keys.keys()].filter((s) => s !== MOCK_SCOPE && s !== scope);
  return origins.length > 0 ? { origin: origins[origins.length - 1] } : undefined;
}

/** What a remembered slot holds: `{"v":2,"keys":{"<origin>":"<key>"}}`. Anything else is dropped, never sent. */
function readSlot(raw: string | null): Map<string, string> | undefined {
  if (raw === null) return undefined;
  try {
    const data = JSON.parse(raw) as { v?: unknown; keys?: unknown };
    if (data.v !== 2 || !data.keys || typeof data.keys !== 'object' || Array.isArray(data.keys)) return undefined;
    const entries = Object.entries(data.keys).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '' && isScope(e[0]),
    );
    return new Map(entries);
  } catch {
    // A key saved by an older version of the site, without the origin it was for: it is not sent anywhere.
    return undefined;
  }
}

/** A scope is the mock's or an http(s) origin exactly as URL spells it. */
function isScope(scope: string): boolean {
  if (scope === MOCK_SCOPE) return true;
  try {
    const url = new URL(scope);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === scope;
  } catch {
    return false;
  }
}

export class ApiKeyStore {
  private state: ApiKeyState;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly slot: StorageSlot) {
    const saved = readSlot(slot.get());
    this.state = { keys: saved ?? new Map(), remembered: saved !== undefined };
    // What could not be read (an older version's bare key, a damaged value) does not stay on the device.
    if (saved === undefined && slot.get() !== null) slot.remove();
  }

  get(): ApiKeyState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The key for one scope; an empty key removes it. */
  setKey(scope: string, key: string): void {
    if (!isScope(scope)) return;
    const keys = new Map(this.state.keys);
    keys.delete(scope); // re-inserted last: the most recent key is the one offered elsewhere
    if (key !== '') keys.set(scope, key);
    this.update({ ...this.state, keys });
  }

  /** The reader's choice: the key of `from` is used for `to` as well. */
  bring(from: string, to: string): void {
    const key = this.state.keys.get(from);
    if (key) this.setKey(to, key);
  }

  setRemembered(remembered: boolean): void {
    this.update({ ...this.state, remembered });
  }

  /** Drops every key from memory and from the device. */
  forget(): void {
    this.update({ keys: new Map(), remembered: false });
  }

  private update(next: ApiKeyState): void {
    this.state = next;
    // A slot never throws: when storage is full or disabled, the keys still work for this page.
    if (next.remembered && next.keys.size > 0) {
      this.slot.set(JSON.stringify({ v: 2, keys: Object.fromEntries(next.keys) }));
    } else this.slot.remove();
    for (const listener of this.listeners) listener();
  }
}
