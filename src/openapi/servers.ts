/**
 * What the spec's first server URL gives the site: the API prefix the playground adds to an instance URL, and
 * the example base URL every page, snippet, guide and Markdown twin shows. Pure: the browser imports it too.
 */
import { PLACEHOLDER_HOST, PLACEHOLDER_ORIGIN } from '../site-layout';

/** The path part of a server URL (`https://{host}/open` → `/open`, `/open/` → `/open`); '' when there is none. */
export function apiPrefixOf(serverUrl: string): string {
  try {
    return new URL(serverUrl.replace(/\{[^}]+\}/g, 'host'), 'https://host').pathname.replace(/\/+$/, '');
  } catch {
    return '';
  }
}

/**
 * The base URL readers see in examples: the server URL with its variables as the placeholder host, and a relative
 * one (`/open`) on the placeholder origin, since it is relative to the instance's. No trailing slash.
 */
export function exampleBaseUrl(serverUrl: string): string {
  const withHost = (serverUrl || '/').replace(/\{[^}]+\}/g, PLACEHOLDER_HOST);
  return /^https?:\/\//.test(withHost)
    ? withHost
    : `${PLACEHOLDER_ORIGIN}${withHost.startsWith('/') ? '' : '/'}${withHost}`.replace(/\/$/, '');
}
