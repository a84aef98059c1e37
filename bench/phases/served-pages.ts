/**
 * The slow-network and Lighthouse phases, on the site's build served like a static host, next to plain
 * Docusaurus's guide page. Without a plain baseline from the build phase (or --reuse-plain) one is built
 * here, English only, with as many docs as the site has: the guide page is what is compared.
 */
import path from 'node:path';
import { launch } from '../lib/browser';
import type { BenchContext } from '../lib/context';
import { log } from '../lib/log';
import { servePages } from '../lib/served-pages';
import { countHtml } from '../lib/sites';
import type { LighthouseResult, Phase, SlowNetworkResult } from '../lib/types';
import { buildBaseline } from './build-baseline';
import { lighthousePhase } from './lighthouse';
import { slowNetworkPhase } from './slow-network';

export interface ServedPhases {
  slowNetwork: SlowNetworkResult | null;
  lighthouse: LighthouseResult | null;
  chromium: string | null;
}

export interface ServedOptions {
  siteDir: string | undefined;
  plainDir: string | undefined;
  phases: Set<Phase>;
}

async function plainBaseline(ctx: BenchContext, siteDir: string): Promise<string | undefined> {
  const docs = countHtml(path.join(siteDir, 'build/docs'));
  log(`  no plain baseline given: building one (English, ${docs} docs) for its guide page`);
  const plain = await buildBaseline({ ...ctx, config: { ...ctx.config, locales: ['en'] } }, docs);
  return plain.failure ? undefined : plain.dir;
}

export async function servedPhases(ctx: BenchContext, o: ServedOptions): Promise<ServedPhases> {
  const none: ServedPhases = { slowNetwork: null, lighthouse: null, chromium: null };
  if (!o.siteDir) {
    ctx.errors.push('slow-network and lighthouse skipped: no built site (build it, or give --reuse-site)');
    return none;
  }
  const plainDir = o.plainDir ?? (await plainBaseline(ctx, o.siteDir));
  const served = await servePages(ctx, o.siteDir, plainDir);
  if (!served) {
    ctx.errors.push(`slow-network and lighthouse skipped: no build/index.html in ${o.siteDir}`);
    return none;
  }
  const result = { ...none };
  try {
    if (o.phases.has('slow-network')) {
      const browser = await launch();
      const closeBrowser = ctx.resources.hold(() => browser.close());
      result.slowNetwork = await slowNetworkPhase(ctx, browser, served.pages);
      result.chromium = browser.version();
      await closeBrowser();
    }
    if (o.phases.has('lighthouse')) result.lighthouse = await lighthousePhase(ctx, served.pages);
  } finally {
    await served.close();
    if (plainDir !== o.plainDir) ctx.resources.dropTemp(plainDir);
  }
  return result;
}
