/**
 * The history panel's actions: send an entry again (to the mock of this page, or the instance it went to, with the
 * key entered for that instance's origin and no other: history never holds one), and load it into its operation's
 * page through a share link (which fills in values; the target stays the reader's choice there).
 */
import { useCallback } from 'react';
import { useHistory } from '@docusaurus/router';
import { mockBaseUrl } from '../../../request/destination';
import { sendRequest } from '../../../request/send';
import type { RequestModel } from '../../../request/model';
import { SHARE_PARAM, encodeShare } from '../../../playground/share';
import type { HistoryEntry } from '../../../playground/session/history';
import { keyFor, scopeOfBaseUrl } from '../../../playground/key-store';
import { useApiKey } from './useApiKey';
import { useMockWorker } from './useMockWorker';
import { useSettings } from './useSettings';
import { useSiteLocation } from './useSiteLocation';
import { recordSent } from './useRequestHistory';

export function useResend() {
  const [keys] = useApiKey();
  const [{ timeoutSeconds }] = useSettings();
  const site = useSiteLocation();
  const mock = useMockWorker('mock');
  const history = useHistory();

  /** Sends the entry again and returns the new entry (undefined when the mock would not start). */
  const resend = useCallback(
    async (entry: HistoryEntry): Promise<HistoryEntry | undefined> => {
      const { origin, baseUrl, apiPrefix } = site();
      let base = entry.instanceBaseUrl ?? '';
      if (entry.target === 'mock') {
        base = mockBaseUrl(origin, baseUrl, apiPrefix);
        try {
          await mock.start();
        } catch {
          return undefined;
        }
      }
      const apiKey = entry.secured ? keyFor(keys, scopeOfBaseUrl(entry.target, base)) : '';
      const key = apiKey ? [{ name: 'Authorization', value: `Bearer ${apiKey}` }] : [];
      const request: RequestModel = {
        method: entry.method,
        url: base + entry.pathAndQuery,
        headers: [...key, ...entry.headers.map(([name, value]) => ({ name, value }))],
        body: entry.body,
      };
      const outcome = await sendRequest(request, { timeoutMs: timeoutSeconds * 1000, pageOrigin: origin });
      return recordSent({
        operation: { id: entry.operationId, method: entry.method, path: entry.path, secured: entry.secured },
        values: entry.values,
        target: entry.target,
        instanceUrl: entry.instanceUrl,
        baseUrl: base,
        request,
        outcome,
        siteBaseUrl: baseUrl,
      });
    },
    [keys, site, mock, timeoutSeconds],
  );

  /** Opens the entry's operation page with its values filled in (and its target chosen), via a share link. */
  const load = useCallback(
    (entry: HistoryEntry) => {
      const shared = encodeShare({
        operation: entry.operationId,
        target: entry.target,
        instanceUrl: entry.instanceUrl,
        values: entry.values,
      });
      history.push(`${site().baseUrl}${entry.pagePath}?${SHARE_PARAM}=${shared}#playground`);
    },
    [history, site],
  );

  return { resend, load };
}
