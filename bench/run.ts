/**
 * `npm run bench`: build cost, page weight, playground speed and build scaling, measured in one run.
 *
 *   npm run bench                 full run (7 locales, 500 and 5,000 synthetic operations, 7 + 3 loads) → bench/results/,
 *                                 BENCHMARKS.md
 *   npm run bench -- --quick      development run (English only, 100 and 300 operations, 3 + 2 loads) → bench/tmp/quick/
 *
 * Development options (such runs write to bench/tmp/dev/, never to bench/results/ or BENCHMARKS.md):
 * --phases=build,browser,scale (default all), --reuse-site=<dir> (a built site copy kept by an earlier --keep
 * run; skips the site build), --reuse-plain=<dir> (the same for the plain baseline), --keep (leave the temp
 * site copies), --scale-ops=N,M (other scale sizes), --perf-log (DOCUSAURUS_PERF_LOGGER in the build logs).
 *
 * Builds run in temp copies of the site (test/support/site-copy.ts) with private, empty caches, so the
 * checkout's docs/ and build/ are never touched and no build is warmed by another. Every child process
 * runs in its own process group and is ended on exit, error or Ctrl-C.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { execFileSync } from 'node:child_process';
import type { Browser } from '@playwright/test';
import { killAll, runSampled, startDetached, type RunResult } from './lib/proc';
import { countHtml, plainSite, realSiteCopy, removeDir, root } from './lib/sites';
import { syntheticSpec } from './lib/synthetic-spec';
import { launch, measurePageWeight, playgroundRun, type PlaygroundRun } from './lib/browser';
import { median, round } from './lib/stats';
import { writeReport, type Results, type ScalePoint } from './lib/report';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../src/i18n/locales';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) =>
  argv
    .find((a) => a.startsWith(`--${name}=`))
    ?.split('=')
    .slice(1)
    .join('=');

if (flag('help')) {
  // The header comment above is the documentation.
  const text = fs.readFileSync(__filename, 'utf8');
  console.log(
    text
      .slice(text.indexOf('/**') + 3, text.indexOf('*/'))
      .replace(/^ \* ?/gm, '')
      .trim(),
  );
  process.exit(0);
}
const QUICK = flag('quick');
const KEEP = flag('keep');
const PHASES = new Set((option('phases') ?? 'build,browser,scale').split(','));
const REUSE_SITE = option('reuse-site');
const PERF_LOG = flag('perf-log');
const SCALE_OPS = option('scale-ops')?.split(',').map(Number);
const CONFIG = QUICK
  ? { locales: ['en'] as Locale[], scaleOps: [100, 300], loads: 3, coldLoads: 2, warmSends: 3 }
  : { locales: [...LOCALES] as Locale[], scaleOps: [500, 5000], loads: 7, coldLoads: 3, warmSends: 3 };
if (SCALE_OPS?.length === 2 && SCALE_OPS.every((n) => n > 0)) CONFIG.scaleOps = SCALE_OPS;
// Anything but a plain full run is a development run: it never overwrites bench/results or BENCHMARKS.md.
const DEV = QUICK || PHASES.size < 3 || Boolean(REUSE_SITE || option('reuse-plain') || PERF_LOG || SCALE_OPS);

const TMP = path.join(root, 'bench/tmp');
const OUT = DEV ? path.join(TMP, QUICK ? 'quick' : 'dev') : path.join(root, 'bench/results');
const LOGS = path.join(TMP, 'logs');
const temps: string[] = [];
let server: { stop: () => Promise<void> } | undefined;
let plainServer: { stop: () => Promise<void> } | undefined;
let browser: Browser | undefined;

function log(line: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
}

async function cleanup(): Promise<void> {
  await browser?.close().catch(() => undefined);
  browser = undefined;
  await server?.stop().catch(() => undefined);
  server = undefined;
  await plainServer?.stop().catch(() => undefined);
  plainServer = undefined;
  killAll();
  if (!KEEP) for (const dir of temps.splice(0)) removeDir(dir);
  else if (temps.length) log(`kept: ${temps.join(' ')}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping children`);
    void cleanup().finally(() => process.exit(130));
  });
}
process.on('exit', () => killAll());

/** The environment of a build: the locales asked for, and SPEC only when given (never inherited). */
function buildEnv(locales: Locale[] | 'all', spec?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { DOCS_LOCALES: locales === 'all' ? '' : locales.join(',') };
  // Docusaurus' own phase timings and heap sizes in the logs (diagnosis only: it calls GC and adds overhead).
  if (PERF_LOG) env.DOCUSAURUS_PERF_LOGGER = 'true';
  if (spec) env.SPEC = spec;
  return env;
}

function withoutInherited(keys: string[]): void {
  // A SPEC or DOCS_LOCALES in the caller's shell would silently change what is measured.
  for (const key of keys) delete process.env[key];
}

/** Time from the start of `npm run build` to the end of `npm run gen` (its summary line), npm and tsx startup included. */
function genMsOf(r: RunResult): number | null {
  const marker = r.markers.find((m) => /Generated \d+ operations/.test(m.line));
  return marker ? Math.round(marker.t * 1000) : null;
}

/** Seconds each locale's `docusaurus build` took, from its "Creating…" line to its "Generated static files" line. */
function localeSeconds(r: RunResult): Record<string, number> {
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
function peaksAround(
  r: RunResult,
  untilMs: number | null,
): { genPeakRssMB: number | null; docusaurusPeakRssMB: number | null } {
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

function describe(r: RunResult): string {
  return `${(r.wallMs / 1000).toFixed(1)} s wall, ${r.cpuSec} s CPU, peak RSS ${r.peakRssMB} MB (${r.maxProcs} processes max), load ${r.loadAvg.join(' → ')}`;
}

function failureOf(r: RunResult): string | undefined {
  if (r.timedOut) return `timed out after ${Math.round(r.wallMs / 1000)} s`;
  // 137 = a child killed by SIGKILL (npm reports it as an exit code): say whether the kernel's OOM killer did it.
  if (r.signal === 'SIGKILL' || r.code === 137)
    return `killed by SIGKILL (${r.oomKills > 0 ? 'the kernel OOM killer ran' : 'not the kernel OOM killer: no OOM kill in /proc/vmstat'})`;
  if (r.code !== 0) return r.signal ? `killed by ${r.signal}` : `exit code ${r.code}`;
  return undefined;
}

/** Removes a temp site copy now (unless --keep), instead of at exit. */
function dropTemp(dir: string | undefined): void {
  if (!dir || KEEP || !temps.includes(dir)) return;
  removeDir(dir);
  temps.splice(temps.indexOf(dir), 1);
}

/**
 * One measured build in a temp copy: the real site (`npm run build`: gen + docusaurus build) or a plain
 * baseline (`docusaurus build`). A failure is recorded in `errors` as "<label> <why>: <last error line>".
 */
async function measuredBuild(
  dir: string,
  kind: 'site' | 'plain',
  options: { env: NodeJS.ProcessEnv; logName: string; label: string; timeoutMs: number; progressEveryMs: number },
  errors: string[],
): Promise<{ run: RunResult; failure: string | undefined; pages: number }> {
  const logFile = path.join(LOGS, options.logName);
  log(
    `  ${options.label}: ${kind === 'site' ? 'npm run build (gen + docusaurus build)' : 'docusaurus build'}, log ${path.relative(root, logFile)}`,
  );
  const [command, args] =
    kind === 'site' ? ['npm', ['run', 'build']] : [path.join(dir, 'node_modules/.bin/docusaurus'), ['build']];
  const run = await runSampled(command, args, {
    cwd: dir,
    env: options.env,
    logFile,
    timeoutMs: options.timeoutMs,
    progressEveryMs: options.progressEveryMs,
    label: options.label,
  });
  const failure = failureOf(run);
  if (failure) errors.push(`${options.label} ${failure}: ${errorLine(run.tail)}`);
  return { run, failure, pages: countHtml(path.join(dir, 'build')) };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function machine() {
  const cpus = os.cpus();
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  } catch {
    // not a checkout
  }
  const pkg = (name: string) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8'))
        .version as string;
    } catch {
      return null;
    }
  };
  return {
    date: new Date().toISOString(),
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryMB: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadavgAtStart: os.loadavg().map((l) => round(l, 2)),
    commit,
    docusaurus: pkg('@docusaurus/core'),
    rspack: pkg('@rspack/core'),
    chromium: null as string | null,
  };
}

async function main(): Promise<void> {
  withoutInherited(['SPEC', 'DOCS_LOCALES']);
  fs.mkdirSync(LOGS, { recursive: true });
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(LOGS)) fs.rmSync(path.join(LOGS, f));
  const started = Date.now();
  const results: Results = {
    mode: QUICK ? 'quick' : 'full',
    machine: machine(),
    config: { ...CONFIG, phases: [...PHASES] },
    build: null,
    pageWeight: null,
    playground: null,
    scale: null,
    errors: [],
  };
  log(
    `${results.mode} run: ${results.machine.cpus} CPUs, ${results.machine.memoryMB} MB, node ${results.machine.node}, load ${results.machine.loadavgAtStart.join(' ')}`,
  );
  const nonDefault = CONFIG.locales.filter((l) => l !== DEFAULT_LOCALE);

  // ── 1. Build: the real site vs the plain baseline ────────────────────────────────────────────────
  let siteDir = REUSE_SITE;
  let plainDir: string | undefined = option('reuse-plain');
  let realEn: ScalePoint | undefined;
  if (PHASES.has('build') && !REUSE_SITE) {
    log(`phase 1/4 build: copying the site (${CONFIG.locales.length} locale(s))`);
    siteDir = realSiteCopy();
    temps.push(siteDir);
    const {
      run: site,
      failure: siteFailure,
      pages,
    } = await measuredBuild(
      siteDir,
      'site',
      {
        env: buildEnv(QUICK ? CONFIG.locales : 'all'),
        logName: 'build-site.log',
        label: 'site build',
        timeoutMs: 90 * 60_000,
        progressEveryMs: 30_000,
      },
      results.errors,
    );
    const pagesPerLocale = countHtml(path.join(siteDir, 'build'), nonDefault);
    // The default locale's documents (build/docs/**): the plain site gets as many; its other pages
    // (homepage, 404, search) come from the same config.
    const docsPerLocale = countHtml(path.join(siteDir, 'build/docs'));
    log(
      `  site: ${describe(site)}, ${pages} pages (${pagesPerLocale} per locale)${siteFailure ? ` FAILED: ${siteFailure}` : ''}`,
    );
    if (siteFailure) siteDir = undefined;

    log(`  writing the plain baseline: ${docsPerLocale} markdown docs per locale`);
    plainDir = plainSite(Math.max(3, docsPerLocale), CONFIG.locales);
    temps.push(plainDir);
    const {
      run: plain,
      failure: plainFailure,
      pages: plainPages,
    } = await measuredBuild(
      plainDir,
      'plain',
      {
        env: buildEnv(CONFIG.locales),
        logName: 'build-plain.log',
        label: 'plain build',
        timeoutMs: 60 * 60_000,
        progressEveryMs: 30_000,
      },
      results.errors,
    );
    log(`  plain: ${describe(plain)}, ${plainPages} pages${plainFailure ? ` FAILED: ${plainFailure}` : ''}`);
    if (plainFailure) plainDir = undefined;

    const sitePerPageMs = !siteFailure && pages > 0 ? site.wallMs / pages : null;
    const plainPerPageMs = !plainFailure && plainPages > 0 ? plain.wallMs / plainPages : null;
    const genMs = genMsOf(site);
    results.build = {
      locales: CONFIG.locales,
      siteWallMs: site.wallMs,
      sitePerPageMs: round(sitePerPageMs, 2),
      siteGenMs: genMs,
      siteDocusaurusMs: genMs === null ? null : site.wallMs - genMs,
      siteCpuSec: site.cpuSec,
      siteLoadAvg: site.loadAvg,
      siteLocaleSeconds: localeSeconds(site),
      plainLocaleSeconds: localeSeconds(plain),
      ...peaksAround(site, genMs),
      siteMarkers: site.markers,
      siteRssTimeline: site.rssTimeline,
      peakRssMB: site.peakRssMB,
      pages,
      pagesPerLocale,
      docsPerLocale,
      plainWallMs: plain.wallMs,
      plainPerPageMs: round(plainPerPageMs, 2),
      plainCpuSec: plain.cpuSec,
      plainLoadAvg: plain.loadAvg,
      plainRssTimeline: plain.rssTimeline,
      plainPeakRssMB: plain.peakRssMB,
      plainPages,
      perPageRatio: sitePerPageMs && plainPerPageMs ? round(sitePerPageMs / plainPerPageMs, 2) : null,
      // CPU time is less disturbed than wall time by other work on the machine.
      cpuPerPageRatio:
        !siteFailure && !plainFailure && pages > 0 && plainPages > 0 && plain.cpuSec > 0
          ? round(site.cpuSec / pages / (plain.cpuSec / plainPages), 2)
          : null,
      siteFailure: siteFailure ?? null,
      plainFailure: plainFailure ?? null,
    };
    log(
      `  → per page: site ${results.build.sitePerPageMs} ms, plain ${results.build.plainPerPageMs} ms, ratio ${results.build.perPageRatio}`,
    );
    // An English-only build of the real spec is a point of the scaling chart; a quick run's build is one.
    if (QUICK && !siteFailure) realEn = { ops: 137, spec: 'openapi/tianji.yaml', ...scaleNumbers(site, pages, genMs) };
  }

  // ── 2 + 3. Page weight and playground speed, on the served real build ─────────────────────────────
  if (PHASES.has('browser')) {
    if (!siteDir || !fs.existsSync(path.join(siteDir, 'build/index.html'))) {
      results.errors.push(
        'browser phases skipped: no built site (the site build failed or was skipped without --reuse-site)',
      );
      log('phase 2+3 skipped: no built site');
    } else {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      log(`phase 2/4 page weight: serving ${path.relative(root, siteDir) || siteDir}/build on ${base}`);
      server = startDetached(
        path.join(siteDir, 'node_modules/.bin/docusaurus'),
        ['serve', '--dir', 'build', '--host', '127.0.0.1', '--port', String(port), '--no-open'],
        siteDir,
        path.join(LOGS, 'serve.log'),
      );
      await waitForHttp(`${base}/`, 60_000);
      browser = await launch();
      results.machine.chromium = browser.version();

      const api = await measurePageWeight(browser, `${base}/docs/api/website-add`);
      const guide = await measurePageWeight(browser, `${base}/docs/getting-started`);
      // The same guide page on the plain baseline: what a page costs without anything this site adds.
      let plainGuide: Awaited<ReturnType<typeof measurePageWeight>> | undefined;
      if (plainDir && fs.existsSync(path.join(plainDir, 'build/index.html'))) {
        const plainPort = await freePort();
        plainServer = startDetached(
          path.join(plainDir, 'node_modules/.bin/docusaurus'),
          ['serve', '--dir', 'build', '--host', '127.0.0.1', '--port', String(plainPort), '--no-open'],
          plainDir,
          path.join(LOGS, 'serve-plain.log'),
        );
        await waitForHttp(`http://127.0.0.1:${plainPort}/`, 60_000);
        plainGuide = await measurePageWeight(browser, `http://127.0.0.1:${plainPort}/docs/getting-started`);
        await plainServer.stop();
        plainServer = undefined;
      }
      results.pageWeight = {
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
        `  api page: ${api.jsRequests} scripts, ${api.jsGzipBytes} B gzip JS, ${api.requests} requests; guide: ${guide.jsRequests} scripts, ${guide.jsGzipBytes} B (${guide.playgroundChunkGzipBytes} B in chunks with playground code), ${guide.requests} requests → ratio ${results.pageWeight.ratio}`,
      );
      if (plainGuide)
        log(
          `  plain baseline guide: ${plainGuide.jsRequests} scripts, ${plainGuide.jsGzipBytes} B gzip JS, ${plainGuide.requests} requests → API page ÷ plain page ${results.pageWeight.apiVsPlainRatio}`,
        );

      log(
        `phase 3/4 playground: ${CONFIG.loads} fresh loads of /docs/api/global-config (reader), ${CONFIG.coldLoads} more clicking at once (cold)`,
      );
      const runs: PlaygroundRun[] = [];
      const coldRuns: PlaygroundRun[] = [];
      for (let i = 0; i < CONFIG.loads + CONFIG.coldLoads; i += 1) {
        const mode = i < CONFIG.loads ? 'reader' : 'cold';
        try {
          const run = await playgroundRun(browser, `${base}/docs/api/global-config`, CONFIG.warmSends, mode);
          (mode === 'reader' ? runs : coldRuns).push(run);
          log(
            `  load ${i + 1} (${mode}): ready ${run.readyMs.toFixed(0)} ms (send seen ${run.sendSeenMs?.toFixed(0)}, enabled ${run.sendEnabledMs?.toFixed(0)}, hydrated ${run.sendHydratedMs?.toFixed(0)}), mock start ${run.mockStartMs?.toFixed(0) ?? '—'} ms, first send ${run.firstSendMs.toFixed(0)} ms, warm ${run.warmSendMs.map((w) => w.toFixed(0)).join('/')} ms, status "${run.status}"`,
          );
        } catch (error) {
          results.errors.push(
            `playground load ${i + 1} (${mode}): ${error instanceof Error ? error.message.split('\n')[0] : error}`,
          );
          log(`  load ${i + 1} (${mode}) failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
        }
      }
      // Readiness does not depend on what happens after it: every load counts.
      const loads = [...runs, ...coldRuns];
      results.playground = {
        loads: loads.length,
        readyMsMedian: round(median(loads.map((r) => r.readyMs)), 0),
        mockResponseMsMedian: round(median(runs.map((r) => r.firstSendMs)), 0),
        mockResponseWarmMsMedian: round(median(runs.flatMap((r) => r.warmSendMs)), 1),
        // Hover on the playground → mock worker running: the head start a reader's approach gives the first send.
        mockStartMsMedian: round(median(runs.flatMap((r) => (r.mockStartMs === null ? [] : [r.mockStartMs]))), 0),
        // Send clicked the moment it is ready, without reaching the playground first: the mock starts inside it.
        coldLoads: coldRuns.length,
        mockResponseColdMsMedian: round(median(coldRuns.map((r) => r.firstSendMs)), 0),
        sendSeenMsMedian: round(median(loads.flatMap((r) => (r.sendSeenMs === null ? [] : [r.sendSeenMs]))), 0),
        sendEnabledMsMedian: round(
          median(loads.flatMap((r) => (r.sendEnabledMs === null ? [] : [r.sendEnabledMs]))),
          0,
        ),
        sendHydratedMsMedian: round(
          median(loads.flatMap((r) => (r.sendHydratedMs === null ? [] : [r.sendHydratedMs]))),
          0,
        ),
        // True when the server-rendered button is already enabled, i.e. "enabled" does not wait for hydration.
        sendEnabledBeforeHydration: loads.some(
          (r) => r.sendEnabledMs !== null && r.sendHydratedMs !== null && r.sendEnabledMs < r.sendHydratedMs - 1,
        ),
        runs: loads.map((r, i) => ({
          mode: i < runs.length ? 'reader' : 'cold',
          ...r,
          readyMs: round(r.readyMs, 1)!,
          firstSendMs: round(r.firstSendMs, 1)!,
          mockStartMs: round(r.mockStartMs, 0),
          warmSendMs: r.warmSendMs.map((w) => round(w, 1)!),
        })),
      };
      log(
        `  → ready ${results.playground.readyMsMedian} ms, first mock response ${results.playground.mockResponseMsMedian} ms (cold ${results.playground.mockResponseColdMsMedian} ms, mock start ${results.playground.mockStartMsMedian} ms), warm ${results.playground.mockResponseWarmMsMedian} ms (medians)`,
      );
      await browser.close();
      browser = undefined;
      await server.stop();
      server = undefined;
    }
  }
  dropTemp(siteDir);
  dropTemp(plainDir);

  // ── 4. Scale: synthetic specs, English only ──────────────────────────────────────────────────────
  if (PHASES.has('scale')) {
    const points: ScalePoint[] = [];
    const builds: Array<{ ops: number; spec: string; label: string }> = [];
    if (!QUICK) builds.push({ ops: 137, spec: path.join(root, 'openapi/tianji.yaml'), label: 'real spec' });
    for (const ops of CONFIG.scaleOps) {
      const file = path.join(TMP, `spec-${ops}.yaml`);
      fs.writeFileSync(file, syntheticSpec(ops));
      log(
        `phase 4/4 scale: wrote ${path.relative(root, file)} (${ops} operations, ${Math.round(fs.statSync(file).size / 1024)} KB)`,
      );
      builds.push({ ops, spec: file, label: `${ops} ops` });
    }
    for (const b of builds) {
      const dir = realSiteCopy();
      temps.push(dir);
      const {
        run: r,
        failure,
        pages,
      } = await measuredBuild(
        dir,
        'site',
        {
          env: buildEnv(['en'], b.spec),
          logName: `build-scale-${b.ops}.log`,
          label: `${b.label} build`,
          timeoutMs: 150 * 60_000,
          progressEveryMs: 60_000,
        },
        results.errors,
      );
      const docsPages = countHtml(path.join(dir, 'build/docs'));
      const point: ScalePoint = {
        ops: b.ops,
        spec: path.relative(root, b.spec),
        ...scaleNumbers(r, pages, genMsOf(r)),
        docsPages,
        ...(failure ? { failure, tail: r.tail } : {}),
      };
      log(
        `  ${b.label}: ${describe(r)}, ${pages} pages, ${point.perPageMs ?? '—'} ms/page${failure ? ` FAILED: ${failure}` : ''}`,
      );
      if (b.label === 'real spec') realEn = point;
      else points.push(point);
      dropTemp(dir);
    }
    const [small, large] = points;

    // The floor at each size: plain Docusaurus, same config, as many markdown docs, English only.
    const plainAt = async (point: ScalePoint | undefined): Promise<ScalePoint | null> => {
      if (!point?.docsPages) return null;
      const dir = plainSite(point.docsPages, ['en']);
      temps.push(dir);
      const {
        run: r,
        failure,
        pages,
      } = await measuredBuild(
        dir,
        'plain',
        {
          env: buildEnv(['en']),
          logName: `build-scale-plain-${point.ops}.log`,
          label: `plain ${point.ops}-operation-size build`,
          timeoutMs: 150 * 60_000,
          progressEveryMs: 60_000,
        },
        results.errors,
      );
      log(
        `  plain ${point.docsPages} docs (as many as ${point.ops} operations): ${describe(r)}, ${pages} pages${failure ? ` FAILED: ${failure}` : ''}`,
      );
      dropTemp(dir);
      return {
        ops: point.ops,
        spec: '(plain markdown)',
        ...scaleNumbers(r, pages, null),
        ...(failure ? { failure, tail: r.tail } : {}),
      };
    };
    const plainSmall = await plainAt(small);
    const plainLarge = await plainAt(large);
    results.scale = {
      opsSmall: small.ops,
      opsLarge: large.ops,
      ...Object.fromEntries(points.map((p) => [`ops${p.ops}`, p])),
      realSpecEnglish: realEn ?? null,
      perPageRatio:
        small.perPageMs && large.perPageMs && !large.failure ? round(large.perPageMs / small.perPageMs, 2) : null,
      plainSmall,
      plainLarge,
      // Plain Docusaurus' own per-page growth between the two sizes: how much of the site's is Docusaurus'.
      plainPerPageRatio:
        plainSmall?.perPageMs && plainLarge?.perPageMs ? round(plainLarge.perPageMs / plainSmall.perPageMs, 2) : null,
    };
    log(
      `  → per page ${small.ops}: ${small.perPageMs} ms, ${large.ops}: ${large.perPageMs} ms, ratio ${results.scale.perPageRatio}`,
    );
  }

  results.durationSec = Math.round((Date.now() - started) / 1000);
  if (DEV) log('development run: results go to bench/tmp, not bench/results');
  const written = writeReport(results, {
    outDir: OUT,
    markdown: DEV ? path.join(OUT, 'BENCHMARKS.md') : path.join(root, 'BENCHMARKS.md'),
  });
  log(`done in ${results.durationSec} s: ${written.join(', ')}`);
  for (const t of results.targets ?? [])
    log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.label}: ${t.value ?? '—'} (target ${t.op} ${t.target})`);
}

function scaleNumbers(r: RunResult, pages: number, genMs: number | null) {
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

main()
  .catch(async (error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => cleanup());
