/**
 * One measured build in a temp copy (the real site's `npm run build` or the plain baseline's `docusaurus
 * build`), and what is read from it: why it failed, how long gen and each locale took, where the memory went.
 */
import path from 'node:path';
import type { Locale } from '../../src/i18n/locales';
import type { BenchContext } from './context';
import { log } from './log';
import { runSampled, type RunResult } from './proc';
import { countHtml, root } from './sites';
import { round } from './stats';
import type { BuildNumbers, GenPeaks } from './types';

/** Time from the start of `npm run build` to the end of `npm run gen` (its summary line), npm and tsx startup included. */
export function genMsOf(r: RunResult): number | null {
  const marker = r.markers.find((m) => /Generated \d+ operations/.test(m.line));
  return marker ? Math.round(marker.t * 1000) : null;
}

/** Seconds each locale's `docusaurus build` took, from its "Creating…" line to its "Generated static files" line. */
export function localeSeconds(r: RunResult): Record<string, number> {
  const out: Record<string, number> = {};
  let current: { locale: string; t: number } | undefined;
  for (const m of r.markers) {
    const start = /\[INFO\] \[([\w-]+)\] Creating an optimized production build/.exec(m.line);
    if (start) current = { locale: start[1], t: m.t };
    else if (current && /\[SUCCESS\] Generated static files/.test(m.line)) {
      out[current.locale] = Math.round((m.t - current.t) * 10) / 10;
      current = undefined;
    }
  }
  return out;
}

/** Peak RSS (MB) of the timeline up to `untilMs` and after it: gen's share against docusaurus build's. */
export function peaksAround(r: RunResult, untilMs: number | null): GenPeaks {
  if (untilMs === null) return { genPeakRssMB: null, docusaurusPeakRssMB: null };
  const before = r.rssTimeline.filter(([t]) => t * 1000 <= untilMs).map(([, mb]) => mb);
  const after = r.rssTimeline.filter(([t]) => t * 1000 > untilMs).map(([, mb]) => mb);
  return {
    genPeakRssMB: before.length ? Math.max(...before) : null,
    docusaurusPeakRssMB: after.length ? Math.max(...after) : null,
  };
}

/** The line of a failed build's log that says what went wrong. */
function errorLine(tail: string): string {
  const lines = tail
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return (lines.find((l) => /\[ERROR\]|Error:|heap out of memory|Killed/.test(l)) ?? lines.pop() ?? '').slice(0, 300);
}

export function describe(r: RunResult): string {
  return `${(r.wallMs / 1000).toFixed(1)} s wall, ${r.cpuSec} s CPU, peak RSS ${r.peakRssMB} MB (${r.maxProcs} processes max), load ${r.loadAvg.join(' → ')}`;
}

export function failureOf(r: RunResult): string | undefined {
  if (r.timedOut) return `timed out after ${Math.round(r.wallMs / 1000)} s`;
  // 137 = a child killed by SIGKILL (npm reports it as an exit code): say whether the kernel's OOM killer did it.
  if (r.signal === 'SIGKILL' || r.code === 137)
    return `killed by SIGKILL (${r.oomKills > 0 ? 'the kernel OOM killer ran' : 'not the kernel OOM killer: no OOM kill in /proc/vmstat'})`;
  if (r.code !== 0) return r.signal ? `killed by ${r.signal}` : `exit code ${r.code}`;
  return undefined;
}

/** What a scale point records of a build. */
export function buildNumbers(r: RunResult, pages: number, genMs: number | null): BuildNumbers {
  const ok = !failureOf(r);
  return {
    ...peaksAround(r, genMs),
    wallMs: r.wallMs,
    pages,
    perPageMs: ok && pages > 0 ? round(r.wallMs / pages, 2) : null,
    peakRssMB: r.peakRssMB,
    cpuSec: r.cpuSec,
    loadAvg: r.loadAvg,
    genMs,
    markers: r.markers,
    rssTimeline: r.rssTimeline,
  };
}

export interface BuildSpec {
  /** The real site (`npm run build`: gen + docusaurus build) or a plain baseline (`docusaurus build`). */
  kind: 'site' | 'plain';
  /** DOCS_LOCALES: the locales to build ('all': every locale the config has). */
  locales: Locale[] | 'all';
  /** SPEC, only when given (never inherited). */
  spec?: string;
  logName: string;
  label: string;
  timeoutMs: number;
  progressEveryMs: number;
}

export interface MeasuredBuild {
  run: RunResult;
  failure: string | undefined;
  /** .html files under build/. */
  pages: number;
}

/** The environment of a build: the locales asked for, and SPEC only when given. */
function buildEnv(ctx: BenchContext, build: BuildSpec): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { DOCS_LOCALES: build.locales === 'all' ? '' : build.locales.join(',') };
  // Docusaurus' own phase timings and heap sizes in the logs (diagnosis only: it calls GC and adds overhead).
  if (ctx.options.perfLog) env.DOCUSAURUS_PERF_LOGGER = 'true';
  if (build.spec) env.SPEC = build.spec;
  return env;
}

/** One measured build in `dir`. A failure is recorded in the run's errors as "<label> <why>: <last error line>". */
export async function measuredBuild(ctx: BenchContext, dir: string, build: BuildSpec): Promise<MeasuredBuild> {
  const logFile = path.join(ctx.paths.logs, build.logName);
  log(
    `  ${build.label}: ${build.kind === 'site' ? 'npm run build (gen + docusaurus build)' : 'docusaurus build'}, log ${path.relative(root, logFile)}`,
  );
  const [command, args] =
    build.kind === 'site' ? ['npm', ['run', 'build']] : [path.join(dir, 'node_modules/.bin/docusaurus'), ['build']];
  const run = await runSampled(ctx.resources.groups, command, args, {
    cwd: dir,
    env: buildEnv(ctx, build),
    logFile,
    timeoutMs: build.timeoutMs,
    progressEveryMs: build.progressEveryMs,
    label: build.label,
  });
  const failure = failureOf(run);
  if (failure) ctx.errors.push(`${build.label} ${failure}: ${errorLine(run.tail)}`);
  return { run, failure, pages: countHtml(path.join(dir, 'build')) };
}

/** " FAILED: <why>" for a log line, or nothing. */
export function failedSuffix(failure: string | undefined): string {
  return failure ? ` FAILED: ${failure}` : '';
}
