/**
 * Where the reader's API key lives. In memory by default (gone on reload); in localStorage only after the
 * reader ticks "remember on this device"; "forget" clears both. Shared by every playground on the page and
 * across client-side navigations. Nothing here logs, and the key is never put in a URL.
 */
export interface KeyStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const REMEMBERED_KEY_ITEM = 'tianji-playground:api-key';

type Listener = () => void;

export interface ApiKeyState {
  key: string;
  remembered: boolean;
}

export class ApiKeyStore {
  private state: ApiKeyState;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storage: KeyStorage | null) {
    const saved = readSafely(storage);
    this.state = { key: saved ?? '', remembered: saved !== null };
  }

  get(): ApiKeyState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setKey(key: string): void {
    this.update({ ...this.state, key });
  }

  setRemembered(remembered: boolean): void {
    this.update({ ...this.state, remembered });
  }

  /** Drops the key from memory and from the device. */
  forget(): void {
    this.update({ key: '', remembered: false });
  }

  private update(next: ApiKeyState): void {
    this.state = next;
    try {
      if (next.remembered && next.key) this.storage?.setItem(REMEMBERED_KEY_ITEM, next.key);
      else this.storage?.removeItem(REMEMBERED_KEY_ITEM);
    } catch {
      // Storage can be full or disabled; the key still works for this page.
    }
    for (const listener of this.listeners) listener();
  }
}

function readSafely(storage: KeyStorage | null): string | null {
  try {
    return storage?.getItem(REMEMBERED_KEY_ITEM) ?? null;
  } catch {
    return null;
  }
}
