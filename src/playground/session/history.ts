/**
 * The requests of this tab's session, newest first, for the history panel: what was sent (never the API key,
 * the Authorization header or a credential-named header), what came back (the body cut to a readable size), and
 * enough to send it again or to load it into its operation's page. Kept in sessionStorage within a size budget;
 * a write the storage refuses loses nothing: the page keeps every entry in memory, and the stored copy keeps
 * the newest entries that fit.
 */
import type { HttpMethod } from '../../openapi/types';
import { UPPER_HTTP_METHODS } from '../../openapi/methods';
import type { RequestModel } from '../../request/model';
import type { SendOutcome } from '../../request/send';
import type { DestinationKind } from '../../request/destination';
import type { PlaygroundValues } from '../initial-values';
import { CREDENTIAL_NAME } from '../../openapi/credentials';
import type { StorageSlot } from '../../storage';

export const HISTORY_SLOT = 'history';
export const MAX_HISTORY_ENTRIES = 50;
/** Response and request bodies are kept up to this many characters. */
export const MAX_BODY_CHARS = 20_000;
/** The whole stored history stays under this many characters (sessionStorage holds about 5 million). */
export const MAX_HISTORY_CHARS = 1_000_000;

export type HistoryOutcome =
  | {
      kind: 'response';
      status: number;
      statusText: string;
      durationMs: number;
      /** Bytes received. */
      size: number;
      headers: Array<[string, string]>;
      body: string;
      /** True when `body` is only the first MAX_BODY_CHARS characters. */
      bodyCut: boolean;
    }
  | { kind: 'failure'; reason: string; durationMs: number };

export interface HistoryEntry {
  id: string;
  /** When it was sent (ms since the epoch). */
  at: number;
  operationId: string;
  method: HttpMethod;
  /** The path template, e.g. `/workspace/{workspaceId}/website/add`. */
  path: string;
  /** The path and query as sent, after the target's base URL. */
  pathAndQuery: string;
  target: DestinationKind;
  /** The instance's base URL (with the API prefix); for the mock it is worked out again where it is re-sent. */
  instanceBaseUrl?: string;
  instanceUrl?: string;
  /** The operation's page, below the site's (locale's) base URL: `docs/api/website-add`. */
  pagePath: string;
  secured: boolean;
  /** What the playground held, for "load into its page". */
  values: PlaygroundValues;
  /** Headers as sent, without the key or any credential. */
  headers: Array<[string, string]>;
  body?: { mimeType: string; text: string };
  /** True when the request body was cut: such a request cannot be sent again as it was. */
  requestCut: boolean;
  outcome: HistoryOutcome;
}

/** What the sender knows when a request ends; the store keeps a safe copy of it. */
export type HistoryRecord = Omit<HistoryEntry, 'id' | 'requestCut'>;

function cut(text: string): [string, boolean] {
  return text.length > MAX_BODY_CHARS ? [text.slice(0, MAX_BODY_CHARS), true] : [text, false];
}

const safeHeaders = (headers: Array<[string, string]>) => headers.filter(([name]) => !CREDENTIAL_NAME.test(name));

/** The entry as stored: credentials out, bodies cut. */
export function historyEntry(record: HistoryRecord, id: string): HistoryEntry {
  const [bodyText, requestCut] = cut(record.body?.text ?? '');
  const [valuesBody, valuesCut] = cut(record.values.body);
  const outcome = record.outcome;
  const header = Object.fromEntries(Object.entries(record.values.header).filter(([n]) => !CREDENTIAL_NAME.test(n)));
  return {
    ...record,
    id,
    headers: safeHeaders(record.headers),
    body: record.body && { mimeType: record.body.mimeType, text: bodyText },
    values: { ...record.values, header, body: valuesBody },
    requestCut: requestCut || valuesCut,
    outcome:
      outcome.kind === 'response'
        ? (([body, bodyCut]) => ({ ...outcome, body, bodyCut: bodyCut || outcome.bodyCut }))(cut(outcome.body))
        : outcome,
  };
}

function isHttpUrl(value: unknown): boolean {
  try {
    return typeof value === 'string' && /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/**
 * Entries read back from storage; anything that is not one (storage is untrusted: an older version or a script may
 * have written it) is dropped, including an instance entry whose base URL is not http(s).
 */
export function parseHistory(raw: string | null): HistoryEntry[] {
  if (!raw) return [];
  try {
    const data = JSON.parse(raw) as unknown;
    if (!Array.isArray(data)) return [];
    return data
      .filter(
        (e): e is HistoryEntry =>
          typeof e?.id === 'string' &&
          typeof e.at === 'number' &&
          typeof e.operationId === 'string' &&
          typeof e.pathAndQuery === 'string' &&
          typeof e.pagePath === 'string' &&
          typeof e.outcome?.kind === 'string' &&
          typeof e.values?.path === 'object' &&
          (UPPER_HTTP_METHODS as readonly unknown[]).includes(e.method) &&
          (e.target === 'mock' || (e.target === 'instance' && isHttpUrl(e.instanceBaseUrl))),
      )
      .slice(0, MAX_HISTORY_ENTRIES);
  } catch {
    return [];
  }
}

type Listener = () => void;

export class HistoryStore {
  private entries: HistoryEntry[];
  private readonly listeners = new Set<Listener>();
  private counter = 0;

  constructor(
    private readonly slot: StorageSlot,
    private readonly now: () => number = Date.now,
  ) {
    this.entries = parseHistory(slot.get());
  }

  /** Newest first. */
  list(): readonly HistoryEntry[] {
    return this.entries;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  add(record: HistoryRecord): HistoryEntry {
    const entry = historyEntry(record, `${this.now().toString(36)}-${(this.counter++).toString(36)}`);
    this.entries = [entry, ...this.entries].slice(0, MAX_HISTORY_ENTRIES);
    this.save();
    return entry;
  }

  clear(): void {
    this.entries = [];
    this.slot.remove();
    this.notify();
  }

  private save(): void {
    let kept = this.entries;
    while (kept.length > 0 && JSON.stringify(kept).length > MAX_HISTORY_CHARS) kept = kept.slice(0, -1);
    // A slot never throws, so a refused write (storage full) is seen by reading back: keep fewer, older ones first.
    for (;;) {
      const json = JSON.stringify(kept);
      this.slot.set(json);
      if (this.slot.get() === json || kept.length === 0) break;
      kept = kept.slice(0, Math.floor(kept.length / 2));
    }
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

export interface SentRequest {
  operation: { id: string; method: HttpMethod; path: string; secured: boolean };
  values: PlaygroundValues;
  target: DestinationKind;
  instanceUrl?: string;
  /** The base URL the request went to (the mock's, or the instance's with the API prefix). */
  baseUrl: string;
  pagePath: string;
  request: RequestModel;
  outcome: SendOutcome;
  at: number;
}

/** A sent request and its outcome as the history records them (the store then drops credentials and cuts bodies). */
export function historyRecord(sent: SentRequest): HistoryRecord {
  const { operation, request, outcome } = sent;
  return {
    at: sent.at,
    operationId: operation.id,
    method: operation.method,
    path: operation.path,
    secured: operation.secured,
    pathAndQuery: request.url.startsWith(sent.baseUrl) ? request.url.slice(sent.baseUrl.length) : request.url,
    target: sent.target,
    ...(sent.target === 'instance' && { instanceBaseUrl: sent.baseUrl, instanceUrl: sent.instanceUrl }),
    pagePath: sent.pagePath,
    values: sent.values,
    headers: request.headers.map((h) => [h.name, h.value]),
    body: request.body,
    outcome:
      outcome.kind === 'response'
        ? {
            kind: 'response',
            status: outcome.status,
            statusText: outcome.statusText,
            durationMs: outcome.durationMs,
            size: outcome.size,
            headers: outcome.headers,
            body: outcome.text,
            bodyCut: outcome.truncated,
          }
        : { kind: 'failure', reason: outcome.reason, durationMs: outcome.durationMs },
  };
}
