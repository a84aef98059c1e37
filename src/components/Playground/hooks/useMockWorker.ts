/**
 * The in-browser mock's lifecycle. Nothing loads with the page: msw and the spec's data are imported on the
 * first start, which comes early when the reader reaches for the playground, and at the latest on Send. It stops
 * when the reader turns to their instance: a running mock routes every request of the page (the instance's
 * document too) through the page's main thread, and starts again when the reader comes back to it.
 */
import { useCallback, useEffect, useState } from 'react';
import { loadOperations } from '../../../generated-data';
import { mockBaseUrl, type DestinationKind } from '../../../request/destination';
import { useSiteLocation } from './useSiteLocation';

/** What the mock hint tells after the reader asked for a reset. */
export type MockNotice = 'reset' | 'start-failed';

/** The mock's module once a start has loaded it: nothing to stop before. */
let loaded: typeof import('../../../mock/browser') | undefined;

/** Loads and starts the msw mock on first use: msw and the spec's data stay out of the page bundle. */
async function ensureMock(baseUrl: string, siteBaseUrl: string) {
  const [mock, operations] = await Promise.all([import('../../../mock/browser'), loadOperations()]);
  loaded = mock;
  return mock.startMockWorker({
    operations,
    baseUrl,
    workerUrl: `${siteBaseUrl}mockServiceWorker.js`,
    scope: siteBaseUrl,
  });
}

/** `operationId`: the page's operation, whose first answer is readied as soon as the mock has started. */
export function useMockWorker(target: DestinationKind, operationId?: string) {
  const site = useSiteLocation();
  const [notice, setNotice] = useState<MockNotice>();
  useEffect(() => {
    if (target === 'instance') loaded?.stopMockWorker();
  }, [target]);

  /** Starts the mock (once per page) and resolves when it answers. */
  const start = useCallback(() => {
    const { origin, baseUrl, apiPrefix } = site();
    return ensureMock(mockBaseUrl(origin, baseUrl, apiPrefix), baseUrl);
  }, [site]);

  // The mock's service worker takes a few hundred ms to start: begin as soon as the reader reaches for the
  // playground (or picks the mock), so Send answers at once, while readers who never use it load nothing.
  const startEarly = () => {
    start()
      .then((mock) => operationId && mock.prepare(operationId))
      .catch(() => {
        // Reported by Send, which retries the start.
      });
  };
  /** For pointer-enter and focus: starts the mock only if it is the chosen target. */
  const warm = () => {
    if (target === 'mock') startEarly();
  };

  const reset = async () => {
    try {
      const mock = await start();
      mock.reset();
      setNotice('reset');
    } catch {
      setNotice('start-failed');
    }
  };

  return { start, startEarly, warm, reset, notice };
}
