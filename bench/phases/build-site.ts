/**
 * Phase 1a, build site: `npm run build` (gen + docusaurus build) of the real site in a temp copy with cold
 * caches, all the run's locales; counts its pages, per locale and under build/docs.
 */
import path from 'node:path';
import { DEFAULT_LOCALE } from '../../src/i18n/locales';
import { describe, failedSuffix, measuredBuild, type MeasuredBuild } from '../lib/builds';
import type { BenchContext } from '../lib/context';
import { log } from '../lib/log';
import { countHtml, realSiteCopy } from '../lib/sites';

export interface SiteBuild extends MeasuredBuild {
  dir: string;
  /** Pages of the default locale (the other locales' folders left out). */
  pagesPerLocale: number;
  /** The default locale's documents (build/docs/**). */
  docsPerLocale: number;
}

export async function buildSite(ctx: BenchContext): Promise<SiteBuild> {
  const { locales } = ctx.config;
  log(`phase 1/5 build: copying the site (${locales.length} locale(s))`);
  const dir = ctx.resources.temp(realSiteCopy());
  const build = await measuredBuild(ctx, dir, {
    kind: 'site',
    locales: ctx.options.quick ? locales : 'all',
    logName: 'build-site.log',
    label: 'site build',
    timeoutMs: 90 * 60_000,
    progressEveryMs: 30_000,
  });
  const pagesPerLocale = countHtml(
    path.join(dir, 'build'),
    locales.filter((l) => l !== DEFAULT_LOCALE),
  );
  // The default locale's documents (build/docs/**): the plain site gets as many; its other pages
  // (homepage, 404, search) come from the same config.
  const docsPerLocale = countHtml(path.join(dir, 'build/docs'));
  log(
    `  site: ${describe(build.run)}, ${build.pages} pages (${pagesPerLocale} per locale)${failedSuffix(build.failure)}`,
  );
  return { ...build, dir, pagesPerLocale, docsPerLocale };
}
