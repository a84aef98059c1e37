/**
 * `npm run bench`: build cost, page weight, playground speed, a reader on a slow link, Lighthouse, build
 * scaling and GitHub's document, measured in one run against a plain Docusaurus baseline.
 *
 *   npm run bench                 full run (7 locales, 500 and 5,000 synthetic operations, GitHub's REST API)
 *                                 → bench/results/latest.json and BENCHMARKS.md
 *   npm run bench -- --quick      English only, 100 and 300 operations, fewer loads, no GitHub → bench/tmp/quick/
 *   npm run bench -- --report-from=bench/results/latest.json
 *                                 the report of saved results written again (targets judged again); nothing measured
 *
 * Development options (such runs write to bench/tmp/dev/, never to bench/results/ or BENCHMARKS.md):
 * --phases=build,browser,slow-network,lighthouse,scale,github (default all; a quick run leaves out github),
 * --reuse-site=<dir> (a folder with a built site in <dir>/build, e.g. the checkout after a build; skips the site
 * build), --reuse-plain=<dir> (the same for the plain baseline), --keep (leave the temp site copies),
 * --runs=N (throttled loads and Lighthouse runs per page).
 *
 *   npm run bench -- --quick --phases=browser --reuse-site=.   page weight, budgets, playground of build/
 *
 * Builds run in temp copies of the site (test/support/site-copy.ts) with private, empty caches. Every child
 * process runs in its own process group and is ended on exit, error or Ctrl-C. The phases are in bench/phases/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../src/i18n/locales';
import { ProcessGroups } from './lib/proc';
import { targetsOf, writeReport } from './lib/report';
import { removeDir } from './lib/sites';
import { PHASES, type Measured, type Phase, type Results } from './lib/types';
import { log, machine, root } from './lib/util';
import { browserPhases } from './phases/browser';
import { buildPhase } from './phases/build';
import { githubPhase, scalePhase } from './phases/scale';
import { servedPhases } from './phases/served';

function usage(): string {
  const text = fs.readFileSync(__filename, 'utf8');
  return text
    .slice(text.indexOf('/**') + 3, text.indexOf('*/'))
    .replace(/^ \* ?/gm, '')
    .trim();
}

function optionsOf(argv: string[]) {
  const { values: v } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      phases: { type: 'string' },
      'reuse-site': { type: 'string' },
      'reuse-plain': { type: 'string' },
      runs: { type: 'string' },
      'report-from': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) return 'help' as const;
  const phases = (v.phases?.split(',') ?? PHASES.filter((p) => !v.quick || p !== 'github')) as Phase[];
  const unknown = phases.filter((p) => !PHASES.includes(p));
  if (unknown.length) throw new Error(`--phases takes ${PHASES.join(',')}, got ${unknown.join(',')}`);
  const runs = v.runs === undefined ? undefined : Number(v.runs);
  if (runs !== undefined && !(Number.isInteger(runs) && runs >= 1))
    throw new Error(`--runs takes a count, got ${v.runs}`);
  return {
    quick: v.quick!,
    keep: v.keep!,
    phases,
    reuseSite: v['reuse-site'],
    reusePlain: v['reuse-plain'],
    runs,
    reportFrom: v['report-from'],
  };
}

type Options = Exclude<ReturnType<typeof optionsOf>, 'help'>;

function contextOf(options: Options) {
  // Locales, scale sizes, playground loads (reader, cold, later sends), throttled loads and Lighthouse runs per page.
  const [locales, small, large, loads, coldLoads, throttledLoads] = options.quick
    ? [['en'] as Locale[], 100, 300, 3, 2, 3]
    : [[...LOCALES], 500, 5000, 7, 3, 5];
  const config = {
    locales,
    scaleOps: [small, large],
    loads,
    coldLoads,
    warmSends: 3,
    throttledLoads,
    lighthouseRuns: 3,
  };
  if (options.runs) config.throttledLoads = config.lighthouseRuns = options.runs;
  const dev =
    options.quick ||
    options.phases.length < PHASES.length ||
    Boolean(options.reuseSite || options.reusePlain || options.runs);
  const tmp = path.join(root, 'bench/tmp');
  const out = dev ? path.join(tmp, options.quick ? 'quick' : 'dev') : path.join(root, 'bench/results');
  const temps: string[] = [];
  const closers: Array<() => Promise<void>> = [];
  return {
    options,
    mode: options.quick ? ('quick' as const) : ('full' as const),
    config,
    dev,
    paths: {
      tmp,
      logs: path.join(tmp, 'logs'),
      out,
      markdown: dev ? path.join(out, 'BENCHMARKS.md') : path.join(root, 'BENCHMARKS.md'),
    },
    errors: [] as string[],
    groups: new ProcessGroups(),
    /** Records a temp site copy, removed at cleanup unless --keep; returns it. */
    temp(dir: string): string {
      temps.push(dir);
      return dir;
    },
    /** Removes a temp copy now (unless --keep). */
    dropTemp(dir: string | undefined): void {
      if (!dir || options.keep || !temps.includes(dir)) return;
      removeDir(dir);
      temps.splice(temps.indexOf(dir), 1);
    },
    /** Holds something open (a server, a browser) until the returned function or cleanup closes it. */
    hold(close: () => Promise<void>): () => Promise<void> {
      const once = async () => {
        if (!closers.includes(once)) return;
        closers.splice(closers.indexOf(once), 1);
        await close();
      };
      closers.push(once);
      return once;
    },
    async cleanup(): Promise<void> {
      for (const close of [...closers].reverse()) await close().catch(() => undefined);
      this.groups.killAll();
      if (!options.keep) for (const dir of temps.splice(0)) removeDir(dir);
      else if (temps.length) log(`kept: ${temps.join(' ')}`);
    },
  };
}

export type BenchContext = ReturnType<typeof contextOf>;

async function measure(ctx: BenchContext): Promise<Measured> {
  const { options: o, config } = ctx;
  const started = Date.now();
  const phases = new Set(o.phases);
  const m = machine();
  log(`${ctx.mode} run: ${m.cpus} CPUs, ${m.memoryMB} MB, node ${m.node}, load ${m.loadavgAtStart.join(' ')}`);
  const built = phases.has('build') && !o.reuseSite ? await buildPhase(ctx) : undefined;
  const siteDir = built ? built.siteDir : o.reuseSite && path.resolve(o.reuseSite);
  const plainDir = built ? built.plainDir : o.reusePlain && path.resolve(o.reusePlain);
  const browser = phases.has('browser') ? await browserPhases(ctx, siteDir, plainDir) : undefined;
  const served =
    phases.has('slow-network') || phases.has('lighthouse') ? await servedPhases(ctx, siteDir, plainDir) : undefined;
  ctx.dropTemp(siteDir);
  ctx.dropTemp(plainDir);
  const scale = phases.has('scale') ? await scalePhase(ctx, built?.realSpecEnglish) : null;
  const github = phases.has('github') ? await githubPhase(ctx) : null;
  m.chromium = browser?.chromium ?? served?.chromium ?? null;
  return {
    mode: ctx.mode,
    machine: m,
    config: { ...config, phases: o.phases },
    build: built?.build ?? null,
    pageWeight: browser?.pageWeight ?? null,
    playground: browser?.playground ?? null,
    scale,
    github,
    slowNetwork: served?.slowNetwork ?? null,
    lighthouse: served?.lighthouse ?? null,
    instanceComparison: served?.instanceComparison ?? null,
    errors: ctx.errors,
    durationSec: Math.round((Date.now() - started) / 1000),
  };
}

async function main(): Promise<void> {
  let options: ReturnType<typeof optionsOf>;
  try {
    options = optionsOf(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}\n\n${usage()}`);
    process.exit(2);
  }
  if (options === 'help') return console.log(usage());
  const ctx = contextOf(options);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => void ctx.cleanup().finally(() => process.exit(130)));
  process.on('exit', () => ctx.groups.killAll());
  try {
    // A SPEC or DOCS_LOCALES in the caller's shell would silently change what is measured.
    for (const key of ['SPEC', 'DOCS_LOCALES']) delete process.env[key];
    fs.rmSync(ctx.paths.logs, { recursive: true, force: true });
    fs.mkdirSync(ctx.paths.logs, { recursive: true });
    let measured: Measured;
    if (options.reportFrom) {
      const { targets: _judged, ...saved } = JSON.parse(fs.readFileSync(options.reportFrom, 'utf8')) as Results;
      measured = saved;
    } else measured = await measure(ctx);
    const results: Results = { ...measured, targets: targetsOf(measured) };
    // Results read back are written where the saved run's report goes.
    const fromFull =
      options.reportFrom &&
      results.mode === 'full' &&
      path.resolve(options.reportFrom) === path.join(root, 'bench/results/latest.json');
    const to = fromFull
      ? { outDir: path.join(root, 'bench/results'), markdown: path.join(root, 'BENCHMARKS.md') }
      : { outDir: ctx.paths.out, markdown: ctx.paths.markdown };
    log(`done in ${results.durationSec} s: ${writeReport(results, to).join(', ')}`);
    for (const t of results.targets)
      log(
        `  ${t.pass === null ? 'N/A ' : t.pass ? 'PASS' : 'FAIL'}  ${t.label}: ${t.value ?? '—'} (target ≤ ${t.target})${t.note ? ` ${t.note}` : ''}`,
      );
  } catch (error) {
    console.error(error);
    process.exitCode = 1;
  } finally {
    await ctx.cleanup();
  }
}

void main();
