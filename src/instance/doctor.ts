/**
 * The connection doctor: why the playground cannot talk to an instance, as one of six kinds, each with what to
 * change. `diagnose` is pure over what the probes saw; `runDoctor` makes the probes with the fetch it is given
 * (the browser's; tests pass one that enforces CORS like a browser).
 *
 * - mixed-content: the page is https and the instance http (not loopback): the browser blocks it, nothing is tried;
 * - unreachable: nothing answers, even a no-cors request (DNS, refused, timeout);
 * - cors-stripped: a no-cors request reaches the server but a normal one fails: the CORS headers Tianji sends
 *   were dropped by a proxy or gateway in front of it;
 * - openapi-off: `/health` answers but `<base>/_document` is missing or an HTML page: ALLOW_OPENAPI is off;
 * - wrong-base-path: nothing Tianji at the URL's path, but the origin's root answers `/health` or `/open/_document`;
 * - not-tianji: the server answers, but nothing like Tianji anywhere.
 */
import { looksLikeHtml, parseHealth, parseInstanceDocument } from './document';

export type DoctorKind =
  'mixed-content' | 'unreachable' | 'cors-stripped' | 'openapi-off' | 'wrong-base-path' | 'not-tianji';

/** What one probe saw: an answer (status and the start of its text), a failed fetch, or an opaque (no-cors) answer. */
export type Probe =
  { kind: 'answer'; status: number; contentType: string; text: string } | { kind: 'failed' } | { kind: 'opaque' };

export interface Observations {
  /** `<base>/_document` with CORS. */
  document?: Probe;
  /** The same URL with `mode: 'no-cors'`, when the first failed. */
  documentNoCors?: Probe;
  /** `<root>/health`, root being the base URL without the API prefix. */
  health?: Probe;
  /** The origin's own `/health` and `<apiPrefix>/_document`, when the base URL has a path of its own. */
  originHealth?: Probe;
  originDocument?: Probe;
}

export type Diagnosis = { ok: true } | { ok: false; kind: DoctorKind; suggestion?: string };

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

/** An https page may not call an http instance (loopback excepted, which browsers treat as secure). */
export function isMixedContent(pageUrl: string, baseUrl: string): boolean {
  try {
    const page = new URL(pageUrl);
    const target = new URL(baseUrl);
    return page.protocol === 'https:' && target.protocol === 'http:' && !LOOPBACK.test(target.hostname);
  } catch {
    return false;
  }
}

/** The diagnosis before any request: an https page cannot call this http instance (offering its https address). */
export function mixedContent(pageUrl: string, baseUrl: string): Diagnosis | undefined {
  return isMixedContent(pageUrl, baseUrl)
    ? { ok: false, kind: 'mixed-content', suggestion: baseUrl.replace(/^http:/, 'https:') }
    : undefined;
}

function isOpenApi(probe: Probe | undefined): boolean {
  return probe?.kind === 'answer' && probe.status < 300 && parseInstanceDocument(probe.text, probe.contentType).ok;
}

function isHealth(probe: Probe | undefined): boolean {
  return (
    probe?.kind === 'answer' &&
    probe.status < 300 &&
    !looksLikeHtml(probe.text, probe.contentType) &&
    parseHealth(probe.text, probe.contentType).json
  );
}

/** The root of an instance: the base URL without the API prefix (`https://h/open` → `https://h`). */
export function instanceRoot(baseUrl: string, apiPrefix: string): string {
  const prefix = apiPrefix.replace(/\/+$/, '');
  return prefix && baseUrl.endsWith(prefix) ? baseUrl.slice(0, -prefix.length) : baseUrl;
}

export function diagnose(o: Observations, originUrl?: string): Diagnosis {
  if (isOpenApi(o.document)) return { ok: true };
  if (o.document?.kind === 'failed') {
    return { ok: false, kind: o.documentNoCors?.kind === 'opaque' ? 'cors-stripped' : 'unreachable' };
  }
  if (isHealth(o.health)) return { ok: false, kind: 'openapi-off' };
  if (isOpenApi(o.originDocument) || isHealth(o.originHealth)) {
    return { ok: false, kind: 'wrong-base-path', suggestion: originUrl };
  }
  return { ok: false, kind: 'not-tianji' };
}

export type FetchLike = (
  url: string,
  init?: { mode?: 'cors' | 'no-cors'; signal?: AbortSignal },
) => Promise<{
  status: number;
  type?: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

/** One GET; never throws. A read stops at the time limit. */
export async function probe(fetchLike: FetchLike, url: string, mode: 'cors' | 'no-cors' = 'cors', timeoutMs = 8000) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchLike(url, { mode, signal: controller.signal });
    if (mode === 'no-cors' || response.type === 'opaque') return { kind: 'opaque' } as Probe;
    const text = await response.text();
    return {
      kind: 'answer',
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text,
    } as Probe;
  } catch {
    return { kind: 'failed' } as Probe;
  } finally {
    clearTimeout(timer);
  }
}

/** The probes in order, each only when the previous ones leave the question open, then the diagnosis. */
export async function runDoctor(input: {
  baseUrl: string;
  pageUrl: string;
  apiPrefix: string;
  fetch: FetchLike;
  timeoutMs?: number;
}): Promise<Diagnosis> {
  const { baseUrl, pageUrl, apiPrefix, timeoutMs } = input;
  const mixed = mixedContent(pageUrl, baseUrl);
  if (mixed) return mixed;
  const get = (url: string, mode: 'cors' | 'no-cors' = 'cors') => probe(input.fetch, url, mode, timeoutMs);
  const o: Observations = { document: await get(`${baseUrl}/_document`) };
  if (o.document?.kind === 'failed') o.documentNoCors = await get(`${baseUrl}/_document`, 'no-cors');
  else if (!isOpenApi(o.document)) {
    const root = instanceRoot(baseUrl, apiPrefix);
    o.health = await get(`${root}/health`);
    const origin = new URL(baseUrl).origin;
    if (!isHealth(o.health) && root !== origin) {
      o.originHealth = await get(`${origin}/health`);
      o.originDocument = await get(`${origin}${apiPrefix}/_document`);
    }
  }
  return diagnose(o, new URL(baseUrl).origin);
}
