/**
 * What the site knows about the reader's instance, for every part of the page (the playground, the sidebar): off
 * while the target is the mock, then checking, then the comparison or the doctor's diagnosis. One check per
 * instance and tab session (the comparison kept in sessionStorage); the checker and the history load only when a
 * check runs, so a reader on the mock never downloads them, and in a worker, so the page only receives the result.
 */
import type { InstanceCheck } from '../../../instance/check';
import type { CheckRequest } from './checker';
import type { InstanceComparison } from '../../../instance/compare';
import type { DoctorKind } from '../../../instance/doctor';
import { parseInstanceUrl, type DestinationKind } from '../../../request/destination';
import { readSettings, SETTINGS_SLOT } from '../../../playground/settings';
import { browserSlot } from '../../../storage';
import { SITE_DATA } from '../../../generated-data';

export type InstanceState =
  | { state: 'off' }
  | { state: 'checking'; baseUrl: string }
  | { state: 'ready'; baseUrl: string; comparison: InstanceComparison }
  | { state: 'failed'; baseUrl: string; kind: DoctorKind; suggestion?: string };

const OFF: InstanceState = { state: 'off' };
let current: InstanceState = OFF;
let started = false;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
const cacheSlot = (baseUrl: string) => browserSlot('sessionStorage', `instance:${baseUrl}`);

function set(next: InstanceState) {
  current = next;
  for (const listener of listeners) listener();
}

export function getInstanceState(): InstanceState {
  return current;
}

export function getServerInstanceState(): InstanceState {
  return OFF;
}

/** Subscribing starts the store from the saved settings, so that the sidebar of any page knows the instance. */
export function subscribeInstance(listener: () => void): () => void {
  listeners.add(listener);
  if (!started) {
    started = true;
    const settings = readSettings(browserSlot('localStorage', SETTINGS_SLOT));
    syncInstance(settings.target, settings.instanceUrl);
  }
  return () => listeners.delete(listener);
}

/** Follows the playground's settings: the mock clears everything; an instance is checked (after typing stops). */
export function syncInstance(target: DestinationKind, instanceUrl: string): void {
  started = true;
  clearTimeout(timer);
  const parsed = target === 'instance' ? parseInstanceUrl(instanceUrl, SITE_DATA.apiPrefix) : undefined;
  if (!parsed?.ok) return set(OFF);
  const { baseUrl } = parsed;
  if (current.state !== 'off' && current.baseUrl === baseUrl) return;
  const cached = readCached(baseUrl);
  if (cached) return set({ state: 'ready', baseUrl, comparison: cached });
  set({ state: 'checking', baseUrl });
  timer = setTimeout(() => void run(baseUrl), 400);
}

/** The doctor's button, and a failed request: check again from scratch. */
export function recheckInstance(): void {
  if (current.state === 'off') return;
  const { baseUrl } = current;
  cacheSlot(baseUrl).remove();
  set({ state: 'checking', baseUrl });
  void run(baseUrl);
}

function readCached(baseUrl: string): InstanceComparison | undefined {
  try {
    const raw = cacheSlot(baseUrl).get();
    const data = raw ? (JSON.parse(raw) as InstanceComparison) : undefined;
    return data && Array.isArray(data.missing) && Array.isArray(data.extra) ? data : undefined;
  } catch {
    return undefined;
  }
}

async function run(baseUrl: string): Promise<void> {
  let result: InstanceCheck;
  const request: CheckRequest = { baseUrl, apiPrefix: SITE_DATA.apiPrefix, pageUrl: window.location.href };
  try {
    result = (await checkInWorker(request)) ?? (await (await import('./checker')).checkWithHistory(request));
  } catch {
    result = { ok: false, kind: 'unreachable' };
  }
  // The reader may have moved on to another instance, or back to the mock, meanwhile.
  if (current.state === 'off' || current.baseUrl !== baseUrl) return;
  if (result.ok) {
    cacheSlot(baseUrl).set(JSON.stringify(result.comparison));
    set({ state: 'ready', baseUrl, comparison: result.comparison });
  } else {
    set({ state: 'failed', baseUrl, kind: result.kind, suggestion: result.suggestion });
  }
}

/**
 * The check in a dedicated worker (./check.worker.ts): the page's main thread only posts the request and receives
 * the result. Undefined when no worker could start, for the caller to check in this thread instead.
 */
function checkInWorker(request: CheckRequest): Promise<InstanceCheck | undefined> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./check.worker.ts', import.meta.url));
    } catch {
      return resolve(undefined);
    }
    worker.onmessage = (event: MessageEvent<InstanceCheck | null>) => {
      worker.terminate();
      if (event.data) resolve(event.data);
      else reject(new Error('the check failed'));
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(undefined);
    };
    worker.postMessage(request);
  });
}
