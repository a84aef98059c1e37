/**
 * The phases a run can measure, and the shape of its results (bench/results/latest.json), each derived from the
 * code that makes it: `measure` in run.ts (what the phases return) and `targetsOf` in report.ts (the judgement).
 */
import type { measure } from '../run';
import type { runSampled } from './proc';
import type { targetsOf } from './report';

export const PHASES = ['build', 'browser', 'slow-network', 'lighthouse', 'scale', 'github'] as const;
export type Phase = (typeof PHASES)[number];

export type RunResult = Awaited<ReturnType<typeof runSampled>>;

export type Measured = Awaited<ReturnType<typeof measure>>;

/** A measured number that must stay at or under its target; `pass` null: the run could not measure it (the note says why). */
export type Target = ReturnType<typeof targetsOf>[number];

export type Results = Measured & { targets: Target[] };
