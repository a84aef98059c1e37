/**
 * `npm run bench`: build cost, page weight, playground speed, a reader on a slow link, Lighthouse, build
 * scaling and GitHub's document, measured in one run against a plain Docusaurus baseline.
 *
 *   npm run bench                 full run (7 locales, 500 and 5,000 synthetic operations, GitHub's REST API)
 *                                 → bench/results/latest.json and BENCHMARKS.md
 *   npm run bench -- --quick      English only, 100 and 300 operations, fewer loads, no GitHub → bench/tmp/quick/
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
import { PHASES, type Phase, type Results } from './lib/types';
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
  // What the run holds: servers and browsers to close, temp site copies to remove; released at cleanup, newest first.
  const held = new Map<unknown, () => unknown>();
  const release = async (key: unknown) => {
    const close = held.get(key);
    held.delete(key);
    await close?.();
  };
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
    /** Records a temp site copy, removed by `dropTemp` or at cleanup unless --keep; returns it. */
    temp(dir: string): string {
      if (options.keep) log(`keeping ${dir}`);
      else held.set(dir, () => removeDir(dir));
      return dir;
    },
    dropTemp: (dir: string | undefined) => void release(dir),
    /** Holds something open (a server, a browser) until the returned function or cleanup closes it. */
    hold(close: () => Promise<void>): () => Promise<void> {
      held.set(close, close);
      return () => release(close);
    },
    async cleanup(): Promise<void> {
      this.groups.killAll();
      for (const key of [...held.keys()].reverse()) await release(key).catch(() => undefined);
    },
  };
}

export type BenchContext = ReturnType<typeof contextOf>;

export async function measure(ctx: BenchContext) {
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
    const measured = await measure(ctx);
    const results: Results = { ...measured, targets: targetsOf(measured) };
    const to = { outDir: ctx.paths.out, markdown: ctx.paths.markdown };
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
