/**
 * Phase 1, build: `npm run build` (gen + docusaurus build) of the real site in a temp copy with cold caches,
 * against a plain Docusaurus site (the real config without the openapi plugin, as many markdown docs per
 * locale) built the same way; per page. Also the measured build the scale and GitHub phases use.
 */
import path from 'node:path';
import { DEFAULT_LOCALE, type Locale } from '../../src/i18n/locales';
import { DEFAULT_SPEC } from '../../src/site-layout';
import type { BenchContext } from '../run';
import { runSampled } from '../lib/proc';
import { countHtml, plainSite, realSiteCopy } from '../lib/sites';
import type { RunResult } from '../lib/types';
import { log, ratio, root, round } from '../lib/util';

/** Time from the start of `npm run build` to gen's summary line (npm and tsx startup included). */
const genMsOf = (r: RunResult) => {
  const marker = r.markers.find((m) => /Generated \d+ operations/.test(m.line));
  return marker ? Math.round(marker.t * 1000) : null;
};

/** Seconds of each locale's `docusaurus build`, from "Creating…" to "Generated static files". */
function localeSeconds(r: RunResult): Record<string, number> {
  const out: Record<string, number> = {};
  let current: { locale: string; t: number } | undefined;
  for (const m of r.markers) {
    const start = /\[INFO\] \[([\w-]+)\] Creating an optimized production build/.exec(m.line);
    if (start) current = { locale: start[1], t: m.t };
    else if (current && /\[SUCCESS\] Generated static files/.test(m.line)) {
      out[current.locale] = round(m.t - current.t)!;
      current = undefined;
    }
  }
  return out;
}

function failureOf(r: RunResult): string | undefined {
  if (r.timedOut) return `timed out after ${Math.round(r.wallMs / 1000)} s`;
  if (r.signal === 'SIGKILL' || r.code === 137) return 'killed by SIGKILL (out of memory?)';
  if (r.code !== 0) return r.signal ? `killed by ${r.signal}` : `exit code ${r.code}`;
  return undefined;
}

const describe = (r: RunResult, pages: number, failure?: string) =>
  `${round(r.wallMs / 1000)} s wall, ${r.cpuSec} s CPU, peak RSS ${r.peakRssMB} MB, load ${r.loadAvg.join(' → ')}, ${pages} pages${failure ? ` FAILED: ${failure}` : ''}`;

/**
 * One measured build in `dir`: the real site (`npm run build`) or a plain baseline (`docusaurus build`),
 * DOCS_LOCALES as given ('all': every locale), SPEC only when given. A failure goes to the run's errors.
 */
export async function measuredBuild(
  ctx: BenchContext,
  dir: string,
  b: { kind: 'site' | 'plain'; locales: Locale[] | 'all'; spec?: string; label: string; timeoutMin: number },
) {
  const logFile = path.join(ctx.paths.logs, `${b.label.replace(/\W+/g, '-')}.log`);
  log(`  ${b.label}: ${b.kind === 'site' ? 'npm run build' : 'docusaurus build'}, log ${path.relative(root, logFile)}`);
  const [command, args] =
    b.kind === 'site' ? ['npm', ['run', 'build']] : [path.join(dir, 'node_modules/.bin/docusaurus'), ['build']];
  const run = await runSampled(ctx.groups, command, args, {
    cwd: dir,
    env: { DOCS_LOCALES: b.locales === 'all' ? '' : b.locales.join(','), ...(b.spec ? { SPEC: b.spec } : {}) },
    logFile,
    timeoutMs: b.timeoutMin * 60_000,
  });
  const failure = failureOf(run);
  const pages = countHtml(path.join(dir, 'build'));
  if (failure)
    ctx.errors.push(
      `${b.label} ${failure}: ${
        run.tail
          .split('\n')
          .filter((l) => /rror|Killed/.test(l))
          .pop() ?? ''
      }`,
    );
  log(`  ${b.label}: ${describe(run, pages, failure)}`);
  return { run, failure, pages };
}

/** What a scale point records of a build. */
export function buildNumbers(m: Awaited<ReturnType<typeof measuredBuild>>, genMs = genMsOf(m.run)) {
  const { run, pages, failure } = m;
  return {
    wallMs: run.wallMs,
    pages,
    perPageMs: !failure && pages > 0 ? round(run.wallMs / pages, 2) : null,
    peakRssMB: run.peakRssMB,
    cpuSec: run.cpuSec,
    loadAvg: run.loadAvg,
    genMs,
    ...(failure ? { failure, tail: run.tail } : {}),
  };
}

/** The plain baseline with `docs` markdown docs per locale, built; its folder is a temp of the run. */
export async function plainBuild(ctx: BenchContext, docs: number, locales: Locale[], label = 'plain build') {
  const dir = ctx.temp(plainSite(Math.max(3, docs), locales));
  return { dir, ...(await measuredBuild(ctx, dir, { kind: 'plain', locales, label, timeoutMin: 150 })) };
}

export async function buildPhase(ctx: BenchContext) {
  const { locales } = ctx.config;
  log(`phase build: the site (${locales.length} locale(s)) against plain Docusaurus`);
  const siteDir = ctx.temp(realSiteCopy());
  const site = await measuredBuild(ctx, siteDir, {
    kind: 'site',
    locales: ctx.options.quick ? locales : 'all',
    label: 'site build',
    timeoutMin: 90,
  });
  const others = locales.filter((l) => l !== DEFAULT_LOCALE);
  // The default locale's documents (build/docs/**): the plain site gets as many.
  const docsPerLocale = countHtml(path.join(siteDir, 'build/docs'));
  const plain = await plainBuild(ctx, docsPerLocale, locales);
  const genMs = genMsOf(site.run);
  const perPage = (b: typeof site) => (!b.failure && b.pages > 0 ? b.run.wallMs / b.pages : null);
  const ok = !site.failure && !plain.failure && site.pages > 0 && plain.pages > 0;
  const build = {
    locales,
    siteWallMs: site.run.wallMs,
    sitePerPageMs: round(perPage(site), 2),
    siteGenMs: genMs,
    siteDocusaurusMs: genMs === null ? null : site.run.wallMs - genMs,
    siteCpuSec: site.run.cpuSec,
    siteLoadAvg: site.run.loadAvg,
    siteLocaleSeconds: localeSeconds(site.run),
    plainLocaleSeconds: localeSeconds(plain.run),
    peakRssMB: site.run.peakRssMB,
    pages: site.pages,
    pagesPerLocale: countHtml(path.join(siteDir, 'build'), others),
    docsPerLocale,
    plainWallMs: plain.run.wallMs,
    plainPerPageMs: round(perPage(plain), 2),
    plainCpuSec: plain.run.cpuSec,
    plainPeakRssMB: plain.run.peakRssMB,
    plainPages: plain.pages,
    perPageRatio: ratio(perPage(site), perPage(plain)),
    // CPU time is less disturbed than wall time by other work on the machine.
    cpuPerPageRatio: ok ? ratio(site.run.cpuSec / site.pages, plain.run.cpuSec / plain.pages) : null,
    siteFailure: site.failure ?? null,
    plainFailure: plain.failure ?? null,
  };
  log(`  → per page: site ${build.sitePerPageMs} ms, plain ${build.plainPerPageMs} ms, ratio ${build.perPageRatio}`);
  return {
    build,
    siteDir: site.failure ? undefined : siteDir,
    plainDir: plain.failure ? undefined : plain.dir,
    // A quick run's English build is the real spec's scale point.
    realSpecEnglish:
      ctx.options.quick && !site.failure ? { ops: 137, spec: DEFAULT_SPEC, ...buildNumbers(site, genMs) } : undefined,
  };
}
