/**
 * The site data `npm run gen` writes (.generated/site-data.json), as browser code reads it: typed here once
 * instead of cast at each import. Build-time code reads the generated files through `readGeneratedOperations`
 * and `readGeneratedSiteData` (src/openapi/model.ts).
 */
import siteDataJson from '@site/.generated/site-data.json';
import type { SiteData } from './openapi/model';

/** Checked by the compiler against the file's content: no cast. */
export const SITE_DATA: SiteData = siteDataJson;
