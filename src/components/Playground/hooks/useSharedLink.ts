/** Share links: a link prepared for this operation (`?request=…`) fills the playground in; "copy" makes one. */
import { useEffect, useState } from 'react';
import { useLocation } from '@docusaurus/router';
import type { PlaygroundValues } from '../../../playground/initial-values';
import type { PlaygroundSettings } from '../../../playground/settings';
import { decodeShare, SHARE_PARAM, shareUrl } from '../../../playground/share';
import type { UpdateSettings } from './useSettings';

export interface SharedLink {
  url: string;
  /** False when the clipboard refused: the link is shown to copy by hand. */
  copied: boolean;
}

interface Options {
  operationId: string;
  settings: PlaygroundSettings;
  values: PlaygroundValues;
  /** Stable callbacks: the link is read once, on mount. */
  fillIn: (values: PlaygroundValues) => void;
  updateSettings: UpdateSettings;
}

export function useSharedLink({ operationId, settings, values, fillIn, updateSettings }: Options) {
  const [sharedLink, setSharedLink] = useState<SharedLink>();
  // A link opened from the history panel on its own page changes only the query: fill in again then.
  const { search } = useLocation();

  useEffect(() => {
    const encoded = new URLSearchParams(search).get(SHARE_PARAM);
    const shared = encoded ? decodeShare(encoded) : undefined;
    if (!shared || shared.operation !== operationId) return;
    fillIn(shared.values);
    updateSettings(
      shared.target === 'instance' ? { target: 'instance', instanceUrl: shared.instanceUrl ?? '' } : { target: 'mock' },
    );
  }, [operationId, fillIn, updateSettings, search]);

  // The link carries no API key: shareUrl leaves it and credential-like headers out.
  const copyLink = async () => {
    const url = shareUrl(window.location.href, {
      operation: operationId,
      target: settings.target,
      instanceUrl: settings.instanceUrl,
      values,
    });
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // Clipboard refused (permissions, plain http): the link stays visible to copy by hand.
    }
    setSharedLink({ url, copied });
  };

  return { sharedLink, copyLink };
}
