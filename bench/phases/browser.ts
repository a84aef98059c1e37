/**
 * Phases page weight and playground, on the real build served by sirv, in one Chromium:
 * - page weight: the JS an operation page (/docs/api/website-add) runs against a guide page and against the
 *   same guide page of the plain baseline; with two budgets measured in the same loads: a recipe page's JS ≤
 *   the operation page's, and pages that do not show history load none of the history record;
 * - playground: fresh loads of /docs/api/global-config, time to a usable Send and to a mock answer, as a
 *   reader approaching it and clicking at once (cold).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { HISTORY_FILE, OPERATION_HISTORY_FILE } from '../../src/site-layout';
import type { BenchContext } from '../run';
import { launch } from '../../test/support/chromium';
import { measurePageWeight, playgroundRun, type PageWeight } from '../lib/browser';
import { serveBuild } from '../lib/serve';
import { firstLine, log, median, ratio, root, round } from '../lib/util';

const OPERATION = 'website-add';

/** The first recipe page of a build, if it has any (a site built from another SPEC has none). */
function recipePage(siteDir: string): string | undefined {
  const dir = path.join(siteDir, 'build/docs/recipes');
  const found = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.endsWith('.html')) : undefined;
  return found && `/docs/recipes/${found.replace(/\.html$/, '')}`;
}

/**
 * The release versions of the history record (openapi/history.json) found in a page's scripts beyond those the
 * page itself shows (its "Added in" and "Last changed in" marks): a page that loaded the record, the changelog
 * or every page's marks has dozens; the budget is none.
 */
function historyLeak(siteDir: string, weights: Array<[PageWeight, string | undefined]>): Record<string, string[]> {
  const read = (f: string) => JSON.parse(fs.readFileSync(path.join(siteDir, f), 'utf8')) as Record<string, unknown>;
  const versions = (read(HISTORY_FILE).versions as Array<{ version: string }>).map((v) => v.version);
  const marks = read(OPERATION_HISTORY_FILE) as Record<string, { added?: string; changed?: string[] }>;
  const out: Record<string, string[]> = {};
  for (const [w, op] of weights) {
    const own = new Set(op ? [marks[op]?.added, ...(marks[op]?.changed ?? [])] : []);
    const text = [...w.texts.values()].join('\n');
    out[op ?? 'guide'] = versions.filter((v) => !own.has(v) && (text.includes(`"${v}"`) || text.includes(`'${v}'`)));
  }
  return out;
}

async function pageWeight(ctx: BenchContext, browser: Browser, base: string, siteDir: string, plainDir?: string) {
  const api = await measurePageWeight(browser, `${base}/docs/api/${OPERATION}`);
  const guide = await measurePageWeight(browser, `${base}/docs/getting-started`);
  let plainGuide: PageWeight | undefined;
  if (plainDir && fs.existsSync(path.join(plainDir, 'build/index.html'))) {
    const plain = await serveBuild(plainDir);
    plainGuide = await measurePageWeight(browser, `${plain.base}/docs/getting-started`);
    await plain.close();
  }
  const recipePath = recipePage(siteDir);
  const recipe = recipePath ? await measurePageWeight(browser, `${base}${recipePath}`) : undefined;
  const leak = historyLeak(siteDir, [
    [api, OPERATION],
    [guide, undefined],
  ]);
  const result = {
    apiPageJsGzipBytes: api.jsGzipBytes,
    guidePageJsGzipBytes: guide.jsGzipBytes,
    ratio: ratio(api.jsGzipBytes, guide.jsGzipBytes),
    apiPageRequests: api.requests,
    guidePageRequests: guide.requests,
    playgroundCostBytes: api.jsGzipBytes - guide.jsGzipBytes,
    apiPageJsRequests: api.jsRequests,
    guidePageJsRequests: guide.jsRequests,
    apiPageJsRawBytes: api.jsRawBytes,
    guidePageJsRawBytes: guide.jsRawBytes,
    apiPagePlaygroundChunkGzipBytes: api.playgroundChunkGzipBytes,
    guidePagePlaygroundChunkGzipBytes: guide.playgroundChunkGzipBytes,
    plainGuidePageJsGzipBytes: plainGuide?.jsGzipBytes ?? null,
    plainGuidePageRequests: plainGuide?.requests ?? null,
    apiVsPlainRatio: ratio(api.jsGzipBytes, plainGuide?.jsGzipBytes),
    apiPageScripts: api.scripts,
    guidePageScripts: guide.scripts,
    plainGuidePageScripts: plainGuide?.scripts ?? null,
    /** Budget: a recipe page's JS ÷ the operation page's (≤ 1); null with a note when the build has none. */
    recipePage: recipePath ?? null,
    recipePageJsGzipBytes: recipe?.jsGzipBytes ?? null,
    recipeVsOperationRatio: ratio(recipe?.jsGzipBytes, api.jsGzipBytes),
    /** Budget: history versions found in each page's scripts beyond the page's own marks (none). */
    historyVersionsLoaded: leak,
  };
  log(
    `  api page ${api.jsGzipBytes} B gzip JS (${api.jsRequests} scripts), guide ${guide.jsGzipBytes} B → ${result.ratio}; plain guide ${plainGuide?.jsGzipBytes ?? '—'} B`,
  );
  log(
    `  budgets: recipe page ${recipePath ?? 'none in the build (cannot measure yet)'} ${result.recipePageJsGzipBytes ?? ''}; history versions beyond the page's own: ${JSON.stringify(leak)}`,
  );
  return result;
}

async function playground(ctx: BenchContext, browser: Browser, base: string) {
  const { loads, coldLoads, warmSends } = ctx.config;
  log(`phase playground: ${loads} fresh loads of /docs/api/global-config (reader), ${coldLoads} clicking at once`);
  const runs: Array<Awaited<ReturnType<typeof playgroundRun>>> = [];
  for (let i = 0; i < loads + coldLoads; i += 1) {
    const mode = i < loads ? 'reader' : 'cold';
    try {
      const r = await playgroundRun(browser, `${base}/docs/api/global-config`, warmSends, mode);
      runs.push(r);
      log(
        `  load ${i + 1} (${mode}): ready ${Math.round(r.readyMs)} ms, mock start ${round(r.mockStartMs, 0) ?? '—'} ms, first send ${Math.round(r.firstSendMs)} ms, warm ${r.warmSendMs.map(Math.round).join('/')} ms, "${r.status}"`,
      );
    } catch (error) {
      ctx.errors.push(`playground load ${i + 1} (${mode}): ${firstLine(error)}`);
    }
  }
  const reader = runs.filter((r) => r.mode === 'reader');
  const cold = runs.filter((r) => r.mode === 'cold');
  const med = (rs: typeof runs, f: (r: (typeof runs)[number]) => number | null) => round(median(rs.map(f)), 0);
  const result = {
    loads: runs.length,
    readyMsMedian: med(runs, (r) => r.readyMs),
    mockResponseMsMedian: med(reader, (r) => r.firstSendMs),
    mockResponseWarmMsMedian: round(median(reader.flatMap((r) => r.warmSendMs)), 1),
    mockStartMsMedian: med(reader, (r) => r.mockStartMs),
    coldLoads: cold.length,
    mockResponseColdMsMedian: med(cold, (r) => r.firstSendMs),
    runs: runs.map((r) => ({ ...r, readyMs: round(r.readyMs)!, firstSendMs: round(r.firstSendMs)! })),
  };
  log(
    `  → ready ${result.readyMsMedian} ms, first mock answer ${result.mockResponseMsMedian} ms (cold ${result.mockResponseColdMsMedian}, mock start ${result.mockStartMsMedian}), warm ${result.mockResponseWarmMsMedian} ms`,
  );
  return result;
}

export async function browserPhases(ctx: BenchContext, siteDir: string | undefined, plainDir: string | undefined) {
  if (!siteDir || !fs.existsSync(path.join(siteDir, 'build/index.html'))) {
    ctx.errors.push('page weight and playground skipped: no built site (the build failed, or give --reuse-site)');
    return undefined;
  }
  const served = await serveBuild(siteDir);
  const closeServer = ctx.hold(served.close);
  const browser = await launch();
  const closeBrowser = ctx.hold(() => browser.close());
  log(`phase page weight: ${path.relative(root, siteDir) || '.'}/build on ${served.base}`);
  const weight = await pageWeight(ctx, browser, served.base, siteDir, plainDir);
  const play = await playground(ctx, browser, served.base);
  const chromium = browser.version();
  await closeBrowser();
  await closeServer();
  return { pageWeight: weight, playground: play, chromium };
}
