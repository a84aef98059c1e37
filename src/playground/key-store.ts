/**
 * Where the reader's API key lives. In memory by default (gone on reload); in localStorage only after the
 * reader ticks "remember on this device"; "forget" clears both. Shared by every playground on the page and
 * across client-side navigations. Nothing here logs, and the key is never put in a URL.
 */
import type { StorageSlot } from '../storage';

/** The slot the remembered key is kept in (a localStorage slot in the browser). */
export const API_KEY_SLOT = 'api-key';

type Listener = () => void;

export interface ApiKeyState {
  key: string;
  remembered: boolean;
}

export class ApiKeyStore {
  private state: ApiKeyState;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly slot: StorageSlot) {
    const saved = slot.get();
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
    // A slot never throws: when storage is full or disabled, the key still works for this page.
    if (next.remembered && next.key) this.slot.set(next.key);
    else this.slot.remove();
    for (const listener of this.listeners) listener();
  }
}
