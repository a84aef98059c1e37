/**
 * The shape of a run's results (bench/results/latest.json), derived from what the phases return: the report
 * reads them, and `--report-from` reads a saved file back in.
 */
import type { browserPhases } from '../phases/browser';
import type { buildPhase } from '../phases/build';
import type { githubPhase, scalePhase } from '../phases/scale';
import type { servedPhases } from '../phases/served';
import type { BenchContext } from '../run';
import type { runSampled } from './proc';
import type { machine } from './util';

export const PHASES = ['build', 'browser', 'slow-network', 'lighthouse', 'scale', 'github'] as const;
export type Phase = (typeof PHASES)[number];

export type RunResult = Awaited<ReturnType<typeof runSampled>>;

type Browser = NonNullable<Awaited<ReturnType<typeof browserPhases>>>;
type Served = Awaited<ReturnType<typeof servedPhases>>;

/** How much a run measures (the full or quick sizes). */
export type RunConfig = BenchContext['config'];

export interface Measured {
  mode: 'full' | 'quick';
  machine: ReturnType<typeof machine>;
  config: RunConfig & { phases: Phase[] };
  build: Awaited<ReturnType<typeof buildPhase>>['build'] | null;
  pageWeight: Browser['pageWeight'] | null;
  playground: Browser['playground'] | null;
  scale: Awaited<ReturnType<typeof scalePhase>> | null;
  github?: Awaited<ReturnType<typeof githubPhase>> | null;
  slowNetwork?: Served['slowNetwork'];
  lighthouse?: Served['lighthouse'];
  /** Absent in results written before the budget existed; a note in those written before it was measured. */
  instanceComparison?: Served['instanceComparison'] | { mainThreadMs: null; note: string };
  errors: string[];
  durationSec: number;
}

export interface Target {
  key: string;
  label: string;
  value: number | null;
  unit: string;
  op: '≤';
  target: number;
  /** null: the run could not measure it (the note says why), neither met nor missed. */
  pass: boolean | null;
  note?: string;
}

export interface Results extends Measured {
  targets: Target[];
}
