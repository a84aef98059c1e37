/**
 * Phase 1b, build baseline: a plain Docusaurus site (the real config without the openapi plugin, plain
 * markdown pages, as many documents per locale as the real site) built the same way: the floor that
 * Docusaurus itself sets for the site's build.
 */
import { describe, failedSuffix, measuredBuild, type MeasuredBuild } from '../lib/builds';
import type { BenchContext } from '../lib/context';
import { log } from '../lib/log';
import { plainSite } from '../lib/sites';

export interface PlainBuild extends MeasuredBuild {
  dir: string;
}

export async function buildBaseline(ctx: BenchContext, docsPerLocale: number): Promise<PlainBuild> {
  const { locales } = ctx.config;
  log(`  writing the plain baseline: ${docsPerLocale} markdown docs per locale`);
  const dir = ctx.resources.temp(plainSite(Math.max(3, docsPerLocale), locales));
  const build = await measuredBuild(ctx, dir, {
    kind: 'plain',
    locales,
    logName: 'build-plain.log',
    label: 'plain build',
    timeoutMs: 60 * 60_000,
    progressEveryMs: 30_000,
  });
  log(`  plain: ${describe(build.run)}, ${build.pages} pages${failedSuffix(build.failure)}`);
  return { ...build, dir };
}
