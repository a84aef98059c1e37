/**
 * Sends a request model with fetch and reads the answer defensively: a timeout, the reader's cancel, a size
 * cap on what is kept for display, and a best guess at why a request failed (network vs. CORS), since the
 * browser reports both as the same TypeError. No DOM rendering here: the caller shows the outcome as text.
 */
import type { RequestModel } from './model';

/** What the response panel shows as text; the rest is only offered as a download. */
export const DISPLAY_LIMIT_BYTES = 1024 * 1024;

export interface ResponseOutcome {
  kind: 'response';
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  contentType: string;
  durationMs: number;
  /** Bytes received. */
  size: number;
  /** The body as text, cut at DISPLAY_LIMIT_BYTES. */
  text: string;
  truncated: boolean;
  /** The whole body, for the download link. */
  blob: Blob;
}

export interface FailureOutcome {
  kind: 'failure';
  reason: 'timeout' | 'aborted' | 'network' | 'cors';
  durationMs: number;
  detail?: string;
}

export type SendOutcome = ResponseOutcome | FailureOutcome;

export interface SendOptions {
  timeoutMs: number;
  /** The reader's cancel button. */
  signal?: AbortSignal;
  /** The page's origin, to tell cross-origin requests (where CORS can refuse) from same-origin ones. */
  pageOrigin?: string;
  fetchImpl?: typeof fetch;
  now?: () => number;
}

async function readBody(response: Response): Promise<{ blob: Blob; size: number; text: string; truncated: boolean }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let text = '';
  let shown = 0;
  const decoder = new TextDecoder();
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
      if (shown < DISPLAY_LIMIT_BYTES) {
        const part = value.subarray(0, DISPLAY_LIMIT_BYTES - shown);
        shown += part.byteLength;
        text += decoder.decode(part, { stream: shown < DISPLAY_LIMIT_BYTES });
      }
    }
  }
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  return { blob: new Blob(chunks as BlobPart[], { type }), size, text, truncated: size > DISPLAY_LIMIT_BYTES };
}

/**
 * After a failed cross-origin fetch: if the server answers an opaque `no-cors` request, it is up and the
 * browser refused its response for lack of CORS headers; if that fails too, the server is unreachable.
 */
async function diagnoseFailure(url: string, fetchImpl: typeof fetch): Promise<'network' | 'cors'> {
  try {
    await fetchImpl(url, { mode: 'no-cors', method: 'GET', credentials: 'omit', signal: AbortSignal.timeout(5000) });
    return 'cors';
  } catch {
    return 'network';
  }
}

export async function sendRequest(request: RequestModel, options: SendOptions): Promise<SendOutcome> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const now = options.now ?? (() => performance.now());
  const started = now();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onCancel = () => controller.abort();
  options.signal?.addEventListener('abort', onCancel);
  if (options.signal?.aborted) controller.abort();

  try {
    const response = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers.map((h) => [h.name, h.value] as [string, string]),
      body: request.body?.text,
      signal: controller.signal,
      credentials: 'omit',
      redirect: 'follow',
    });
    const body = await readBody(response);
    return {
      kind: 'response',
      status: response.status,
      statusText: response.statusText,
      headers: headerList(response.headers),
      contentType: response.headers.get('content-type') ?? '',
      durationMs: Math.round(now() - started),
      ...body,
    };
  } catch (error) {
    const durationMs = Math.round(now() - started);
    if (timedOut) return { kind: 'failure', reason: 'timeout', durationMs };
    if (controller.signal.aborted) return { kind: 'failure', reason: 'aborted', durationMs };
    const crossOrigin = options.pageOrigin !== undefined && new URL(request.url).origin !== options.pageOrigin;
    const reason = crossOrigin ? await diagnoseFailure(request.url, fetchImpl) : 'network';
    return { kind: 'failure', reason, durationMs, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onCancel);
  }
}

function headerList(headers: Headers): Array<[string, string]> {
  const list: Array<[string, string]> = [];
  headers.forEach((value, name) => list.push([name, value]));
  return list;
}

/** `1.2 KB`, `3.4 MB`: sizes as the response panel shows them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
