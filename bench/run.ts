/**
 * `npm run bench`: build cost, page weight, playground speed and build scaling, measured in one run.
 *
 *   npm run bench                 full run (7 locales, 500 and 5,000 synthetic operations, GitHub's REST API,
 *                                 7 + 3 loads) → bench/results/,
 *                                 BENCHMARKS.md
 *   npm run bench -- --quick      development run (English only, 100 and 300 operations, 3 + 2 loads, no GitHub)
 *                                 → bench/tmp/quick/
 *   npm run bench -- --help       this text
 *   npm run bench -- --report-from=bench/results/latest.json
 *                                 the report of saved results written again (after the report's code changed),
 *                                 where that run's report goes; nothing is measured
 *
 * Development options (such runs write to bench/tmp/dev/, never to bench/results/ or BENCHMARKS.md):
 * --phases=build,browser,slow-network,lighthouse,scale,github (default all; a quick run leaves out github),
 * --reuse-site=<dir> (a folder with a built site in <dir>/build, e.g. a copy kept by an earlier --keep run or
 * the checkout itself after a build; skips the site build), --reuse-plain=<dir> (the same for the plain
 * baseline; without it and without the build phase, slow-network and lighthouse build an English plain one),
 * --keep (leave the temp site copies), --scale-ops=N,M (other scale sizes), --runs=N (throttled loads and
 * Lighthouse runs per page), --compare-site=<dir> (another built site, e.g. before a change: its operation and
 * guide pages are measured too, taking turns with this one's), --perf-log (DOCUSAURUS_PERF_LOGGER in the build logs).
 *
 *   npm run bench -- --phases=slow-network,lighthouse --reuse-site=.     the slow-link and Lighthouse figures
 *                                                                        of the checkout's build/
 *
 * Builds run in temp copies of the site (test/support/site-copy.ts) with private, empty caches, so the
 * checkout's docs/ and build/ are never touched and no build is warmed by another. Every child process
 * runs in its own process group and is ended on exit, error or Ctrl-C.
 *
 * The phases are in bench/phases/, one module each; the results' shape (latest.json) is bench/lib/types.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contextOf, type BenchContext } from './lib/context';
import { log } from './lib/log';
import { machine } from './lib/machine';
import { parseOptions, planOf, usage, UsageError, type BenchOptions } from './lib/options';
import { targetsOf } from './lib/report/targets';
import { writeReport } from './lib/report';
import type { Measured, Results } from './lib/types';
import { buildPhase } from './phases/build';
import { browserPhases } from './phases/in-browser';
import { scalePhase } from './phases/scale';
import { githubPhase } from './phases/github';
import { servedPhases } from './phases/served-pages';

/** The options of the command line; prints the usage and exits for --help or a command line in error. */
function optionsOrExit(argv: string[]): BenchOptions {
  try {
    const options = parseOptions(argv);
    if (options !== 'help') return options;
    console.log(usage());
    process.exit(0);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`bench: ${error.message}\n\n${usage()}`);
    process.exit(2);
  }
}

/** Ends the children, and closes and removes what the run opened, on Ctrl-C or a kill as on exit. */
function cleanupOnSignals(ctx: BenchContext): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      log(`${signal}: stopping children`);
      void ctx.resources.cleanup().finally(() => process.exit(130));
    });
  }
  process.on('exit', () => ctx.resources.groups.killAll());
}

/** A fresh logs folder and the output folder. */
function prepareFolders(ctx: BenchContext): void {
  fs.mkdirSync(ctx.paths.logs, { recursive: true });
  fs.mkdirSync(ctx.paths.out, { recursive: true });
  for (const f of fs.readdirSync(ctx.paths.logs)) fs.rmSync(path.join(ctx.paths.logs, f));
}

async function measure(ctx: BenchContext): Promise<Measured> {
  const { options, config } = ctx;
  const started = Date.now();
  const measured: Measured = {
    mode: ctx.mode,
    machine: machine(),
    config: { ...config, phases: options.phases },
    build: null,
    pageWeight: null,
    playground: null,
    scale: null,
    github: null,
    slowNetwork: null,
    lighthouse: null,
    errors: ctx.errors,
    durationSec: 0,
  };
  const m = measured.machine;
  log(`${ctx.mode} run: ${m.cpus} CPUs, ${m.memoryMB} MB, node ${m.node}, load ${m.loadavgAtStart.join(' ')}`);
  const phases = new Set(options.phases);

  // ── 1. Build: the real site vs the plain baseline ────────────────────────────────────────────────
  const built = phases.has('build') && !options.reuseSite ? await buildPhase(ctx) : undefined;
  measured.build = built?.build ?? null;
  const siteDir = built ? built.siteDir : options.reuseSite;
  const plainDir = built ? built.plainDir : options.reusePlain;

  // ── 2 + 3. Page weight and playground speed, on the served real build ─────────────────────────────
  if (phases.has('browser')) {
    const browser = await browserPhases(ctx, { siteDir, plainDir });
    if (browser) {
      m.chromium = browser.chromium;
      measured.pageWeight = browser.pageWeight;
      measured.playground = browser.playground;
    }
  }

  // ── 2b. A reader on a slow link, and Lighthouse: the build served like a static host ──────────────
  if (phases.has('slow-network') || phases.has('lighthouse')) {
    const served = await servedPhases(ctx, { siteDir, plainDir, phases });
    measured.slowNetwork = served.slowNetwork;
    measured.lighthouse = served.lighthouse;
    m.chromium ??= served.chromium;
  }
  ctx.resources.dropTemp(siteDir);
  ctx.resources.dropTemp(plainDir);

  // ── 4. Scale: synthetic specs, English only ──────────────────────────────────────────────────────
  if (phases.has('scale')) measured.scale = await scalePhase(ctx, { realSpecEnglish: built?.realSpecEnglish });

  // ── 5. A real large document: GitHub's REST API, English only ───────────────────────────────────
  if (phases.has('github')) measured.github = await githubPhase(ctx);

  measured.durationSec = Math.round((Date.now() - started) / 1000);
  return measured;
}

function report(ctx: BenchContext, measured: Measured): void {
  const results: Results = { ...measured, targets: targetsOf(measured) };
  if (ctx.dev) log('development run: results go to bench/tmp, not bench/results');
  const written = writeReport(results, { outDir: ctx.paths.out, markdown: ctx.paths.markdown });
  log(`done in ${results.durationSec} s: ${written.join(', ')}`);
  for (const t of results.targets)
    log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.label}: ${t.value ?? '—'} (target ${t.op} ${t.target})`);
}

/** What a saved latest.json measured (its targets are judged again, by the current definitions). */
function savedResults(file: string): Measured {
  const { targets: _judged, ...measured } = JSON.parse(fs.readFileSync(file, 'utf8')) as Results;
  return measured;
}

async function main(): Promise<void> {
  const ctx = contextOf(planOf(optionsOrExit(process.argv.slice(2))));
  cleanupOnSignals(ctx);
  try {
    // A SPEC or DOCS_LOCALES in the caller's shell would silently change what is measured.
    for (const key of ['SPEC', 'DOCS_LOCALES']) delete process.env[key];
    prepareFolders(ctx);
    report(ctx, ctx.options.reportFrom ? savedResults(ctx.options.reportFrom) : await measure(ctx));
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await ctx.resources.cleanup();
  }
}

void main();
