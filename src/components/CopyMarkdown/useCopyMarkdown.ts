import { useCallback, useEffect, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}

/**
 * Copies the text at `url` to the clipboard when asked. The text is fetched on click only (no cost for readers who
 * never copy); a `ClipboardItem` holding the pending fetch keeps the click's permission to write in every browser.
 */
export function useCopyMarkdown(url: string): { state: CopyState; copy: () => void } {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = useCallback(() => {
    const text = fetchText(url);
    const written =
      typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write
        ? navigator.clipboard.write([
            new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) }),
          ])
        : text.then((t) => navigator.clipboard.writeText(t));
    written.then(
      () => setState('copied'),
      () => setState('failed'),
    );
  }, [url]);
  return { state, copy };
}
