import { useLayoutEffect, useState } from 'react';

/**
 * False until the page is hydrated. Before hydration a click would do nothing (or submit the form natively),
 * so Send waits for it. A layout effect turns it true in the hydration's own commit, before the page's passive
 * effects run (link prefetching, useIsBrowser's re-render of the page): on a slow machine, Send is usable
 * about 200 ms sooner.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useLayoutEffect(() => setHydrated(true), []);
  return hydrated;
}
