/**
 * The instance check with its heavy parts (the history, the facts extractor): run by ./check.worker.ts off the
 * main thread (reading a 240 KB document there would cost the page hundreds of ms at a slow CPU), or, where no
 * worker can start, by ./store.ts in a chunk loaded only when a check runs.
 */
import history from '@site/openapi/history.json';
import { checkInstance, type InstanceCheck } from '../../../instance/check';
import { decodeHistory, type HistoryFile } from '../../../history/record';

/** What the page tells the check: the instance and the page's own address (for mixed content). */
export interface CheckRequest {
  baseUrl: string;
  apiPrefix: string;
  pageUrl: string;
}

export async function checkWithHistory({ baseUrl, apiPrefix, pageUrl }: CheckRequest): Promise<InstanceCheck> {
  return checkInstance({
    baseUrl,
    apiPrefix,
    pageUrl,
    records: decodeHistory(history as unknown as HistoryFile),
    // The document is public: no key, no credentials.
    fetch: (url, init) => fetch(url, { ...init, credentials: 'omit', cache: 'no-store' }),
  });
}
