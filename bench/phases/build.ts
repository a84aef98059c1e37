/**
 * Phase 1, build: the real site against the plain baseline (build-site.ts, build-baseline.ts), per page.
 * Hands the built copies on to the browser phases, and in a quick run the site build as the real spec's
 * point of the scaling chart.
 */
import { buildNumbers, genMsOf, localeSeconds, peaksAround } from '../lib/builds';
import type { BenchContext } from '../lib/context';
import { log } from '../lib/log';
import { round } from '../lib/stats';
import type { BuildResult, ScalePoint } from '../lib/types';
import { buildBaseline, type PlainBuild } from './build-baseline';
import { buildSite, type SiteBuild } from './build-site';
import { DEFAULT_SPEC } from '../../src/site-layout';

export interface BuildPhase {
  build: BuildResult;
  /** The built copies, when their build succeeded. */
  siteDir: string | undefined;
  plainDir: string | undefined;
  /** An English-only build of the real spec is a point of the scaling chart; a quick run's build is one. */
  realSpecEnglish: ScalePoint | undefined;
}

function perPageMs(b: SiteBuild | PlainBuild): number | null {
  return !b.failure && b.pages > 0 ? b.run.wallMs / b.pages : null;
}

function compare(ctx: BenchContext, site: SiteBuild, plain: PlainBuild): BuildResult {
  const sitePerPageMs = perPageMs(site);
  const plainPerPageMs = perPageMs(plain);
  const genMs = genMsOf(site.run);
  return {
    locales: ctx.config.locales,
    siteWallMs: site.run.wallMs,
    sitePerPageMs: round(sitePerPageMs, 2),
    siteGenMs: genMs,
    siteDocusaurusMs: genMs === null ? null : site.run.wallMs - genMs,
    siteCpuSec: site.run.cpuSec,
    siteLoadAvg: site.run.loadAvg,
    siteLocaleSeconds: localeSeconds(site.run),
    plainLocaleSeconds: localeSeconds(plain.run),
    ...peaksAround(site.run, genMs),
    siteMarkers: site.run.markers,
    siteRssTimeline: site.run.rssTimeline,
    peakRssMB: site.run.peakRssMB,
    pages: site.pages,
    pagesPerLocale: site.pagesPerLocale,
    docsPerLocale: site.docsPerLocale,
    plainWallMs: plain.run.wallMs,
    plainPerPageMs: round(plainPerPageMs, 2),
    plainCpuSec: plain.run.cpuSec,
    plainLoadAvg: plain.run.loadAvg,
    plainRssTimeline: plain.run.rssTimeline,
    plainPeakRssMB: plain.run.peakRssMB,
    plainPages: plain.pages,
    perPageRatio: sitePerPageMs && plainPerPageMs ? round(sitePerPageMs / plainPerPageMs, 2) : null,
    // CPU time is less disturbed than wall time by other work on the machine.
    cpuPerPageRatio:
      !site.failure && !plain.failure && site.pages > 0 && plain.pages > 0 && plain.run.cpuSec > 0
        ? round(site.run.cpuSec / site.pages / (plain.run.cpuSec / plain.pages), 2)
        : null,
    siteFailure: site.failure ?? null,
    plainFailure: plain.failure ?? null,
  };
}

export async function buildPhase(ctx: BenchContext): Promise<BuildPhase> {
  const site = await buildSite(ctx);
  const plain = await buildBaseline(ctx, site.docsPerLocale);
  const build = compare(ctx, site, plain);
  log(`  → per page: site ${build.sitePerPageMs} ms, plain ${build.plainPerPageMs} ms, ratio ${build.perPageRatio}`);
  return {
    build,
    siteDir: site.failure ? undefined : site.dir,
    plainDir: plain.failure ? undefined : plain.dir,
    realSpecEnglish:
      ctx.options.quick && !site.failure
        ? { ops: 137, spec: DEFAULT_SPEC, ...buildNumbers(site.run, site.pages, build.siteGenMs) }
        : undefined,
  };
}
