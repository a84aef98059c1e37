/** Where the page is, for the mock's URL: its origin, the site's base URL and the spec's API prefix. */
import { useCallback } from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { SITE_DATA } from '../../../generated-data';
import type { SiteLocation } from '../../../playground/preflight';

/** The prefix the spec's paths sit under (e.g. `/open`), added to the instance URL the reader types. */
export const API_PREFIX = SITE_DATA.apiPrefix;

/** A reader of the page's location, for event handlers (the origin is only known in the browser). */
export function useSiteLocation(): () => SiteLocation {
  const { siteConfig } = useDocusaurusContext();
  const baseUrl = siteConfig.baseUrl;
  return useCallback(() => ({ origin: window.location.origin, baseUrl, apiPrefix: API_PREFIX }), [baseUrl]);
}
