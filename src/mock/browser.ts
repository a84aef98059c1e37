/**
 * Starts the mock in the reader's browser. Imported dynamically, only once the reader sends a request to
 * the mock server, so msw stays out of every page's initial bundle.
 */
import { setupWorker } from 'msw/browser';
import type { OperationData } from '../openapi/types';
import { DEMO_API_KEY } from './auth';
import { createMock } from './handlers';
import { createMockStore, type MockStore } from './store';

export interface StartMockWorkerOptions {
  operations: OperationData[];
  /** Absolute URL the mock answers under, e.g. `${location.origin}/mock-api/open` (src/request/destination.ts: `mockBaseUrl`). */
  baseUrl: string;
  /** URL of the generated `mockServiceWorker.js` (msw's workerDirectory is `static/`, so site baseUrl + that name). */
  workerUrl: string;
  /** Service-worker scope; must contain the pages that send requests. */
  scope: string;
  /** Defaults to the demo key. */
  knownKeys?: readonly string[];
  /** Defaults to a store persisted in sessionStorage. */
  store?: MockStore;
}

export interface MockWorkerControl {
  /** Forgets every record created in this browser session. */
  reset(): void;
  /** Readies the first answer of an operation (handlers.ts `prepare`). */
  prepare(operationId: string): void;
  /** Stops this worker (stopMockWorker also forgets it, so that the next start begins anew). */
  stop(): void;
}

// One worker per page: a second start (e.g. two playgrounds on a page) must not register handlers twice.
let running: Promise<MockWorkerControl> | undefined;

export function startMockWorker(options: StartMockWorkerOptions): Promise<MockWorkerControl> {
  running ??= start(options).catch((error: unknown) => {
    running = undefined; // let a later send retry, e.g. after the reader allowed service workers
    throw error;
  });
  return running;
}

/** Stops the mock if it runs or is starting (once started); the next start begins anew. */
export function stopMockWorker(): void {
  const current = running;
  running = undefined;
  current?.then((mock) => mock.stop()).catch(() => undefined);
}

async function start(options: StartMockWorkerOptions): Promise<MockWorkerControl> {
  const store = options.store ?? createMockStore();
  const mock = createMock(options.operations, {
    baseUrl: options.baseUrl,
    store,
    knownKeys: options.knownKeys ?? [DEMO_API_KEY],
  });
  const worker = setupWorker(...mock.handlers);
  await worker.start({
    serviceWorker: { url: options.workerUrl, options: { scope: options.scope } },
    // Handlers only match under baseUrl; everything else (a real Tianji instance, the site's own assets)
    // must go to the network untouched and without console warnings.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return {
    reset: () => store.reset(),
    prepare: mock.prepare,
    stop: () => worker.stop(),
  };
}
