/** Inlines the early-send script (src/playground/early-send.ts) at the end of every page's body. */
import type { Plugin } from '@docusaurus/types';
import { earlySendInline } from '../playground/early-send';

export default function earlySend(): Plugin {
  return {
    name: 'early-send',
    injectHtmlTags() {
      return { postBodyTags: [{ tagName: 'script', innerHTML: earlySendInline() }] };
    },
  };
}
