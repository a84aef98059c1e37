/** The tab's request history (rules in src/playground/session/history.ts): one store, read by the history panel. */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {
  HISTORY_SLOT,
  historyRecord,
  HistoryStore,
  type HistoryEntry,
  type SentRequest,
} from '../../../playground/session/history';
import { browserSlot } from '../../../storage';
import { useStoreState } from './useStoreState';

let store: HistoryStore | undefined;
const none: readonly HistoryEntry[] = [];

/** The one history of the tab; undefined while the page renders on the server. */
export function historyStore(): HistoryStore | undefined {
  if (!ExecutionEnvironment.canUseDOM) return undefined;
  store ??= new HistoryStore(browserSlot('sessionStorage', HISTORY_SLOT));
  return store;
}

/** Adds a request that ended (with an answer or a failure) to the history. */
export function recordSent(
  sent: Omit<SentRequest, 'at' | 'pagePath'> & { siteBaseUrl: string },
): HistoryEntry | undefined {
  const { siteBaseUrl, ...rest } = sent;
  const path = window.location.pathname;
  const pagePath = path.startsWith(siteBaseUrl) ? path.slice(siteBaseUrl.length) : path.replace(/^\//, '');
  return historyStore()?.add(historyRecord({ ...rest, pagePath, at: Date.now() }));
}

/** The entries, newest first. */
export function useRequestHistory(): readonly HistoryEntry[] {
  return useStoreState(historyStore(), (s) => s.list(), none);
}
