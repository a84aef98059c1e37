/**
 * The instance check with its heavy parts (the history, the facts extractor): a chunk of its own, loaded by
 * ./store.ts only when a check runs. Marks the comparison's main-thread time as `tianji-instance-compare`.
 */
import history from '@site/openapi/history.json';
import { checkInstance, type InstanceCheck } from '../../../instance/check';
import { decodeHistory, type HistoryFile } from '../../../history/record';

export async function checkWithHistory(baseUrl: string, apiPrefix: string): Promise<InstanceCheck> {
  const records = decodeHistory(history as unknown as HistoryFile);
  return checkInstance({
    baseUrl,
    apiPrefix,
    pageUrl: window.location.href,
    records,
    // The document is public: no key, no credentials.
    fetch: (url, init) => fetch(url, { ...init, credentials: 'omit', cache: 'no-store' }),
    measure: (start, end) => performance.measure('tianji-instance-compare', { start, end }),
  });
}
