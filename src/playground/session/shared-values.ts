/**
 * Values the reader set once for parameters every operation takes (workspaceId, websiteId, …): typed on one
 * page, or taken from a response. Ids, not secrets: kept for the tab's session (sessionStorage), and on this
 * device (localStorage) only after the reader asks to remember them. The API key never comes here.
 */
import type { HttpMethod } from '../../openapi/types';
import type { StorageSlot } from '../../storage';

/** The slot the values are kept in: sessionStorage for the tab, localStorage once remembered. */
export const SHARED_VALUES_SLOT = 'shared-values';
/** Ids are short; a longer value is refused rather than stored. */
export const MAX_SHARED_VALUE_LENGTH = 500;

/** Where a shared value came from, for the mark beside each field it fills. */
export type ValueSource =
  { kind: 'typed'; operationId: string } | { kind: 'response'; operationId: string; method: HttpMethod; path: string };

export interface SharedValue {
  value: string;
  source: ValueSource;
}

export interface SharedValuesState {
  values: Readonly<Record<string, SharedValue>>;
  remembered: boolean;
}

type Listener = () => void;

function isSource(value: unknown): value is ValueSource {
  const s = value as Record<string, unknown> | null;
  if (!s || typeof s !== 'object' || typeof s.operationId !== 'string') return false;
  return s.kind === 'typed' || (s.kind === 'response' && typeof s.method === 'string' && typeof s.path === 'string');
}

/** The values kept in a slot; anything malformed (storage is untrusted input) is left out. */
export function parseSharedValues(raw: string | null): Record<string, SharedValue> | undefined {
  if (raw === null) return undefined;
  try {
    const data = JSON.parse(raw) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    const values: Record<string, SharedValue> = {};
    for (const [name, entry] of Object.entries(data as Record<string, Partial<SharedValue>>)) {
      if (typeof entry?.value === 'string' && entry.value !== '' && isSource(entry.source)) {
        values[name] = { value: entry.value, source: entry.source };
      }
    }
    return values;
  } catch {
    return {};
  }
}

/**
 * Whether a typed value may become a shared value: it passes what its parameter's schema says of a string (pattern,
 * length, fixed values). A value that breaks it stays in its own field, where the parameter check points at it,
 * instead of spreading to every page. (The full check runs in Ajv, which loads on first use: these keywords are
 * the ones an id or a name carries, checked at once as the reader types.)
 */
export function shareable(schema: Record<string, unknown>, value: string): boolean {
  if (value.trim() === '') return true; // clears the shared value
  const { pattern, minLength, maxLength, enum: values } = schema;
  if (typeof pattern === 'string') {
    try {
      if (!new RegExp(pattern, 'u').test(value)) return false;
    } catch {
      // A pattern the browser cannot read says nothing about the value.
    }
  }
  const length = [...value].length;
  if (typeof minLength === 'number' && length < minLength) return false;
  if (typeof maxLength === 'number' && length > maxLength) return false;
  if (Array.isArray(values) && !values.map(String).includes(value)) return false;
  return true;
}

export class SharedValuesStore {
  private state: SharedValuesState;
  private readonly listeners = new Set<Listener>();

  /** `session`: this tab's storage; `device`: where remembered values survive the session. */
  constructor(
    private readonly session: StorageSlot,
    private readonly device: StorageSlot,
  ) {
    const remembered = parseSharedValues(device.get());
    this.state = {
      values: parseSharedValues(session.get()) ?? remembered ?? {},
      remembered: remembered !== undefined,
    };
  }

  get(): SharedValuesState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sets a value for every operation; an empty one clears it, a too long one is refused (false). */
  set(name: string, value: string, source: ValueSource): boolean {
    if (value.trim() === '') return (this.clear(name), true);
    if (value.length > MAX_SHARED_VALUE_LENGTH) return false;
    const current = this.state.values[name];
    if (current?.value === value && current.source.kind === source.kind) return true;
    this.update({ ...this.state, values: { ...this.state.values, [name]: { value, source } } });
    return true;
  }

  clear(name: string): void {
    if (!(name in this.state.values)) return;
    const { [name]: _cleared, ...rest } = this.state.values;
    this.update({ ...this.state, values: rest });
  }

  clearAll(): void {
    this.update({ ...this.state, values: {} });
  }

  setRemembered(remembered: boolean): void {
    this.update({ ...this.state, remembered });
  }

  private update(next: SharedValuesState): void {
    this.state = next;
    // Slots never throw: when storage is full or blocked the values still work on this page.
    const json = JSON.stringify(next.values);
    this.session.set(json);
    if (next.remembered) this.device.set(json);
    else this.device.remove();
    for (const listener of this.listeners) listener();
  }
}
