/**
 * The files `npm run gen` writes (.generated/), as browser code reads them: typed here once instead of cast at
 * each import. Build-time code reads them through `readGeneratedOperations` and `readGeneratedSiteData`
 * (src/openapi/model.ts).
 */
import siteDataJson from '@site/.generated/site-data.json';
import type { SiteData } from './openapi/model';
import type { OperationData } from './openapi/types';

/** Checked by the compiler against the file's content: no cast. */
export const SITE_DATA: SiteData = siteDataJson;

/** The operations, loaded on first use so that they stay out of the page bundle. */
export async function loadOperations(): Promise<OperationData[]> {
  // A JSON module is typed by its content (a union of every operation's literal shape): it takes one cast.
  return (await import('@site/.generated/operations.json')).default as unknown as OperationData[];
}
