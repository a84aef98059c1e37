/**
 * Phase 3, playground speed: fresh loads of /docs/api/global-config on the served real build; time to a
 * usable Send button and to a mock response, first as a reader approaches it, then clicking at once (cold).
 */
import type { Browser } from '@playwright/test';
import { playgroundRun, type PlaygroundRun } from '../lib/browser';
import type { BenchContext } from '../lib/context';
import { log } from '../lib/log';
import { median, round } from '../lib/stats';
import type { PlaygroundMode, PlaygroundResult } from '../lib/types';

function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

/** The median of the values that were measured (null: not measured on that load). */
function medianOf(runs: PlaygroundRun[], value: (r: PlaygroundRun) => number | null, digits = 0): number | null {
  return round(median(runs.flatMap((r) => value(r) ?? [])), digits);
}

function summary(runs: PlaygroundRun[], coldRuns: PlaygroundRun[]): PlaygroundResult {
  // Readiness does not depend on what happens after it: every load counts.
  const loads = [...runs, ...coldRuns];
  return {
    loads: loads.length,
    readyMsMedian: medianOf(loads, (r) => r.readyMs),
    mockResponseMsMedian: medianOf(runs, (r) => r.firstSendMs),
    mockResponseWarmMsMedian: round(median(runs.flatMap((r) => r.warmSendMs)), 1),
    // Hover on the playground → mock worker running: the head start a reader's approach gives the first send.
    mockStartMsMedian: medianOf(runs, (r) => r.mockStartMs),
    // Send clicked the moment it is ready, without reaching the playground first: the mock starts inside it.
    coldLoads: coldRuns.length,
    mockResponseColdMsMedian: medianOf(coldRuns, (r) => r.firstSendMs),
    sendSeenMsMedian: medianOf(loads, (r) => r.sendSeenMs),
    sendEnabledMsMedian: medianOf(loads, (r) => r.sendEnabledMs),
    sendHydratedMsMedian: medianOf(loads, (r) => r.sendHydratedMs),
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
}

export interface PlaygroundOptions {
  browser: Browser;
  /** The served real build. */
  base: string;
}

export async function playgroundPhase(ctx: BenchContext, o: PlaygroundOptions): Promise<PlaygroundResult> {
  const { loads, coldLoads, warmSends } = ctx.config;
  log(
    `phase 3/5 playground: ${loads} fresh loads of /docs/api/global-config (reader), ${coldLoads} more clicking at once (cold)`,
  );
  const runs: Record<PlaygroundMode, PlaygroundRun[]> = { reader: [], cold: [] };
  for (let i = 0; i < loads + coldLoads; i += 1) {
    const mode: PlaygroundMode = i < loads ? 'reader' : 'cold';
    try {
      const run = await playgroundRun(o.browser, `${o.base}/docs/api/global-config`, warmSends, mode);
      runs[mode].push(run);
      log(
        `  load ${i + 1} (${mode}): ready ${run.readyMs.toFixed(0)} ms (send seen ${run.sendSeenMs?.toFixed(0)}, enabled ${run.sendEnabledMs?.toFixed(0)}, hydrated ${run.sendHydratedMs?.toFixed(0)}), mock start ${run.mockStartMs?.toFixed(0) ?? '—'} ms, first send ${run.firstSendMs.toFixed(0)} ms, warm ${run.warmSendMs.map((w) => w.toFixed(0)).join('/')} ms, status "${run.status}"`,
      );
    } catch (error) {
      ctx.errors.push(`playground load ${i + 1} (${mode}): ${firstLine(error)}`);
      log(`  load ${i + 1} (${mode}) failed: ${firstLine(error)}`);
    }
  }
  const result = summary(runs.reader, runs.cold);
  log(
    `  → ready ${result.readyMsMedian} ms, first mock response ${result.mockResponseMsMedian} ms (cold ${result.mockResponseColdMsMedian} ms, mock start ${result.mockStartMsMedian} ms), warm ${result.mockResponseWarmMsMedian} ms (medians)`,
  );
  return result;
}
