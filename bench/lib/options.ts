/**
 * The command line of `npm run bench` (node:util parseArgs), and what follows from it: the sizes measured,
 * whether this is a development run, and where the results go. The flags are documented in the header
 * comment of bench/run.ts, which `--help` prints.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { root } from './sites';
import { PHASES, type Phase, type RunConfig } from './types';

export interface BenchOptions {
  quick: boolean;
  keep: boolean;
  /** The phases asked for, in the order given (default all). */
  phases: Phase[];
  reuseSite?: string;
  reusePlain?: string;
  perfLog: boolean;
  scaleOps?: [number, number];
  /** Throttled loads and Lighthouse runs per page, instead of the mode's. */
  runs?: number;
  /** Another built site whose pages the slow-network and Lighthouse phases measure too, taking turns. */
  compareSite?: string;
  /** A saved latest.json: its report is written again (after the report's code changed), nothing is measured. */
  reportFrom?: string;
}

/** A command line that cannot be run: printed with the usage, exit 2. */
export class UsageError extends Error {}

/** The header comment of bench/run.ts: the documentation. */
export function usage(): string {
  const text = fs.readFileSync(path.join(__dirname, '../run.ts'), 'utf8');
  return text
    .slice(text.indexOf('/**') + 3, text.indexOf('*/'))
    .replace(/^ \* ?/gm, '')
    .trim();
}

/** The phases of `--phases`; by default all of them, less GitHub's build in a quick run. */
function phasesOf(value: string | undefined, quick: boolean): Phase[] {
  if (value === undefined) return PHASES.filter((p) => !quick || p !== 'github');
  const names = [...new Set(value.split(','))];
  const unknown = names.filter((n) => !(PHASES as readonly string[]).includes(n));
  if (unknown.length)
    throw new UsageError(`--phases takes ${PHASES.join(',')} (any of them), got ${unknown.join(',')}`);
  return names as Phase[];
}

function scaleOpsOf(value: string | undefined): [number, number] | undefined {
  if (value === undefined) return undefined;
  const ops = value.split(',').map(Number);
  if (ops.length !== 2 || !ops.every((n) => Number.isInteger(n) && n > 0))
    throw new UsageError(`--scale-ops takes two operation counts, e.g. --scale-ops=100,300; got ${value}`);
  return [ops[0], ops[1]];
}

function runsOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--runs takes a positive count, got ${value}`);
  return n;
}

const FLAGS = {
  quick: { type: 'boolean' },
  keep: { type: 'boolean' },
  phases: { type: 'string' },
  'reuse-site': { type: 'string' },
  'reuse-plain': { type: 'string' },
  'scale-ops': { type: 'string' },
  'perf-log': { type: 'boolean' },
  runs: { type: 'string' },
  'compare-site': { type: 'string' },
  'report-from': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function flagsOf(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: FLAGS }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The options of `argv` (the arguments after the script), or 'help' for --help. Throws a UsageError. */
export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const values = flagsOf(argv);
  if (values.help) return 'help';
  return {
    quick: values.quick ?? false,
    keep: values.keep ?? false,
    phases: phasesOf(values.phases, values.quick ?? false),
    reuseSite: values['reuse-site'] || undefined,
    reusePlain: values['reuse-plain'] || undefined,
    perfLog: values['perf-log'] ?? false,
    scaleOps: scaleOpsOf(values['scale-ops']),
    runs: runsOf(values.runs),
    compareSite: values['compare-site'] || undefined,
    reportFrom: values['report-from'] || undefined,
  };
}

export interface Paths {
  /** Synthetic specs and logs. */
  tmp: string;
  logs: string;
  /** latest.json and the chart. */
  out: string;
  markdown: string;
}

/** What a run does, from its options. */
export interface Plan {
  options: BenchOptions;
  mode: 'full' | 'quick';
  config: RunConfig;
  /** Anything but a plain full run is a development run: it never overwrites bench/results or BENCHMARKS.md. */
  dev: boolean;
  paths: Paths;
}

export function planOf(options: BenchOptions): Plan {
  const config: RunConfig = options.quick
    ? {
        locales: ['en'] as Locale[],
        scaleOps: [100, 300],
        loads: 3,
        coldLoads: 2,
        warmSends: 3,
        throttledLoads: 3,
        lighthouseRuns: 3,
      }
    : {
        locales: [...LOCALES] as Locale[],
        scaleOps: [500, 5000],
        loads: 7,
        coldLoads: 3,
        warmSends: 3,
        throttledLoads: 5,
        lighthouseRuns: 3,
      };
  if (options.scaleOps) config.scaleOps = [...options.scaleOps];
  if (options.runs) config.throttledLoads = config.lighthouseRuns = options.runs;
  const dev =
    options.quick ||
    options.phases.length < PHASES.length ||
    Boolean(
      options.reuseSite ||
      options.reusePlain ||
      options.perfLog ||
      options.scaleOps ||
      options.runs ||
      options.compareSite,
    );
  const tmp = path.join(root, 'bench/tmp');
  const out = dev ? path.join(tmp, options.quick ? 'quick' : 'dev') : path.join(root, 'bench/results');
  return {
    options,
    mode: options.quick ? 'quick' : 'full',
    config,
    dev,
    paths: {
      tmp,
      logs: path.join(tmp, 'logs'),
      out,
      markdown: dev ? path.join(out, 'BENCHMARKS.md') : path.join(root, 'BENCHMARKS.md'),
    },
  };
}
