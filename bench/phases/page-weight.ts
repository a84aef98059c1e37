/**
 * Phase 2, page weight: the JS an operation page (/docs/api/website-add) loads against a guide page
 * (/docs/getting-started) of the served real build, and against the same guide page of the plain baseline.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { measurePageWeight, type PageWeight } from '../lib/browser';
import type { BenchContext } from '../lib/context';
import { log } from '../lib/log';
import { freePort, serveBuild } from '../lib/serve';
import { round } from '../lib/stats';
import type { PageWeightResult } from '../lib/types';

/** The guide page on the plain baseline, served for the measurement only (undefined without a built one). */
async function plainGuideWeight(
  ctx: BenchContext,
  browser: Browser,
  plainDir: string | undefined,
): Promise<PageWeight | undefined> {
  if (!plainDir || !fs.existsSync(path.join(plainDir, 'build/index.html'))) return undefined;
  const served = await serveBuild(ctx, plainDir, await freePort(), 'serve-plain.log');
  const weight = await measurePageWeight(browser, `${served.base}/docs/getting-started`);
  await served.stop();
  return weight;
}

export interface PageWeightOptions {
  browser: Browser;
  /** The served real build. */
  base: string;
  plainDir: string | undefined;
}

export async function pageWeightPhase(ctx: BenchContext, o: PageWeightOptions): Promise<PageWeightResult> {
  const api = await measurePageWeight(o.browser, `${o.base}/docs/api/website-add`);
  const guide = await measurePageWeight(o.browser, `${o.base}/docs/getting-started`);
  // The same guide page on the plain baseline: what a page costs without anything this site adds.
  const plainGuide = await plainGuideWeight(ctx, o.browser, o.plainDir);
  const result: PageWeightResult = {
    apiPageJsGzipBytes: api.jsGzipBytes,
    guidePageJsGzipBytes: guide.jsGzipBytes,
    ratio: guide.jsGzipBytes > 0 ? round(api.jsGzipBytes / guide.jsGzipBytes, 2) : null,
    apiPageRequests: api.requests,
    guidePageRequests: guide.requests,
    playgroundCostBytes: api.jsGzipBytes - guide.jsGzipBytes,
    apiPageJsRequests: api.jsRequests,
    guidePageJsRequests: guide.jsRequests,
    apiPageJsRawBytes: api.jsRawBytes,
    guidePageJsRawBytes: guide.jsRawBytes,
    // Chunks with the playground's code that the guide page loads too (the bundler shares them).
    apiPagePlaygroundChunkGzipBytes: api.playgroundChunkGzipBytes,
    guidePagePlaygroundChunkGzipBytes: guide.playgroundChunkGzipBytes,
    plainGuidePageJsGzipBytes: plainGuide?.jsGzipBytes ?? null,
    plainGuidePageRequests: plainGuide?.requests ?? null,
    apiVsPlainRatio:
      plainGuide && plainGuide.jsGzipBytes > 0 ? round(api.jsGzipBytes / plainGuide.jsGzipBytes, 2) : null,
    apiPageOtherRequests: api.otherRequests,
    guidePageOtherRequests: guide.otherRequests,
    apiPagePrefetchJsGzipBytes: api.prefetchJsGzipBytes,
    guidePagePrefetchJsGzipBytes: guide.prefetchJsGzipBytes,
    apiPageAllGzipBytes: api.allGzipBytes,
    guidePageAllGzipBytes: guide.allGzipBytes,
    apiPageScripts: api.scripts,
    guidePageScripts: guide.scripts,
    plainGuidePageScripts: plainGuide?.scripts ?? null,
  };
  log(
    `  api page: ${api.jsRequests} scripts, ${api.jsGzipBytes} B gzip JS, ${api.requests} requests; guide: ${guide.jsRequests} scripts, ${guide.jsGzipBytes} B (${guide.playgroundChunkGzipBytes} B in chunks with playground code), ${guide.requests} requests → ratio ${result.ratio}`,
  );
  if (plainGuide)
    log(
      `  plain baseline guide: ${plainGuide.jsRequests} scripts, ${plainGuide.jsGzipBytes} B gzip JS, ${plainGuide.requests} requests → API page ÷ plain page ${result.apiVsPlainRatio}`,
    );
  return result;
}
