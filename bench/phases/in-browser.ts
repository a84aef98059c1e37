/**
 * Phases 2 + 3, page weight and playground speed: both on the real build served by `docusaurus serve`, in
 * one Chromium. Skipped, with an error recorded, when there is no built site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../lib/browser';
import type { BenchContext } from '../lib/context';
import { log } from '../lib/log';
import { freePort, serveBuild } from '../lib/serve';
import { root } from '../lib/sites';
import type { PageWeightResult, PlaygroundResult } from '../lib/types';
import { pageWeightPhase } from './page-weight';
import { playgroundPhase } from './playground';

export interface BrowserPhases {
  pageWeight: PageWeightResult;
  playground: PlaygroundResult;
  chromium: string;
}

export interface BrowserOptions {
  /** The built real site (from the build phase or --reuse-site). */
  siteDir: string | undefined;
  /** The built plain baseline (from the build phase or --reuse-plain). */
  plainDir: string | undefined;
}

export async function browserPhases(
  ctx: BenchContext,
  { siteDir, plainDir }: BrowserOptions,
): Promise<BrowserPhases | undefined> {
  if (!siteDir || !fs.existsSync(path.join(siteDir, 'build/index.html'))) {
    ctx.errors.push(
      'browser phases skipped: no built site (the site build failed or was skipped without --reuse-site)',
    );
    log('phase 2+3 skipped: no built site');
    return undefined;
  }
  const port = await freePort();
  log(`phase 2/5 page weight: serving ${path.relative(root, siteDir) || siteDir}/build on http://127.0.0.1:${port}`);
  const served = await serveBuild(ctx, siteDir, port, 'serve.log');
  const browser = await launch();
  const closeBrowser = ctx.resources.hold(() => browser.close());
  const pageWeight = await pageWeightPhase(ctx, { browser, base: served.base, plainDir });
  const playground = await playgroundPhase(ctx, { browser, base: served.base });
  const chromium = browser.version();
  await closeBrowser();
  await served.stop();
  return { pageWeight, playground, chromium };
}
