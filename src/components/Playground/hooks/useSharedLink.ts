/**
 * Share links: a link prepared for this operation (`?request=…`) fills the playground's values in; "copy" makes
 * one. A link is untrusted input: where it wants requests to go is only offered (linkTarget), and taken, and
 * saved, when the reader chooses it.
 */
import { useEffect, useState } from 'react';
import { useLocation } from '@docusaurus/router';
import type { PlaygroundValues } from '../../../playground/initial-values';
import type { PlaygroundSettings } from '../../../playground/settings';
import { decodeShare, linkTargetChange, SHARE_PARAM, shareUrl, type SharedRequest } from '../../../playground/share';
import type { UpdateSettings } from './useSettings';
import { API_PREFIX } from './useSiteLocation';

export interface SharedLink {
  url: string;
  /** False when the clipboard refused: the link is shown to copy by hand. */
  copied: boolean;
}

interface Options {
  operationId: string;
  settings: PlaygroundSettings;
  values: PlaygroundValues;
  /** Stable callback: the link is read once, on mount. */
  fillIn: (values: PlaygroundValues) => void;
  updateSettings: UpdateSettings;
}

export function useSharedLink({ operationId, settings, values, fillIn, updateSettings }: Options) {
  const [sharedLink, setSharedLink] = useState<SharedLink>();
  // Where the opened link wanted requests to go, until the reader decides.
  const [wanted, setWanted] = useState<Pick<SharedRequest, 'target' | 'instanceUrl'>>();
  // A link opened from the history panel on its own page changes only the query: fill in again then.
  const { search } = useLocation();

  useEffect(() => {
    const encoded = new URLSearchParams(search).get(SHARE_PARAM);
    const shared = encoded ? decodeShare(encoded) : undefined;
    if (!shared || shared.operation !== operationId) return;
    fillIn(shared.values);
    setWanted({ target: shared.target, instanceUrl: shared.instanceUrl });
  }, [operationId, fillIn, search]);

  // Compared with the settings as they are now (saved settings load after the first render).
  const linkTarget = wanted && linkTargetChange(wanted, settings, API_PREFIX);
  const dismissLinkTarget = () => setWanted(undefined);
  const acceptLinkTarget = () => {
    if (linkTarget?.kind === 'instance') updateSettings({ target: 'instance', instanceUrl: linkTarget.instanceUrl });
    if (linkTarget?.kind === 'mock') updateSettings({ target: 'mock' });
    setWanted(undefined);
  };

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

  return { sharedLink, copyLink, linkTarget, acceptLinkTarget, dismissLinkTarget };
}
