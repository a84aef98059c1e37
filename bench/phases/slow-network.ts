/**
 * Slow network: fresh loads of the operation page and the guide page (and plain Docusaurus's guide) under
 * the two throttled profiles of lib/throttled.ts, served like a static host: bytes over the wire, FCP, LCP,
 * total blocking time, CLS and when Send is usable; medians and spread.
 */
import type { Browser } from '@playwright/test';
import type { BenchContext } from '../lib/context';
import { log } from '../lib/log';
import { SERVED_AS, type PageToLoad } from '../lib/served-pages';
import { median, round } from '../lib/stats';
import { PROFILES, throttledLoad } from '../lib/throttled';
import type { SlowNetworkResult, ThrottledFigures, ThrottledLoad, ThrottledPage, ThrottleProfile } from '../lib/types';

function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

export function figuresOf(loads: ThrottledLoad[]): ThrottledFigures {
  const of = (key: keyof ThrottledFigures, digits = 0) => {
    const values = loads.flatMap((l) => l[key] ?? []);
    return {
      median: round(median(values), digits),
      min: values.length ? round(Math.min(...values), digits) : null,
      max: values.length ? round(Math.max(...values), digits) : null,
    };
  };
  return {
    bytes: of('bytes'),
    fcpMs: of('fcpMs'),
    lcpMs: of('lcpMs'),
    hydratedMs: of('hydratedMs'),
    tbtMs: of('tbtMs'),
    cls: of('cls', 4),
    sendUsableMs: of('sendUsableMs'),
    sendHydratedMs: of('sendHydratedMs'),
    firstResponseMs: of('firstResponseMs'),
  };
}

const rounded = (l: ThrottledLoad): ThrottledLoad => ({
  ...l,
  fcpMs: round(l.fcpMs, 0),
  lcpMs: round(l.lcpMs, 0),
  hydratedMs: round(l.hydratedMs, 0),
  tbtMs: round(l.tbtMs, 0)!,
  cls: round(l.cls, 4)!,
  sendSeenMs: round(l.sendSeenMs, 0),
  sendUsableMs: round(l.sendUsableMs, 0),
  sendHydratedMs: round(l.sendHydratedMs, 0),
  firstResponseMs: round(l.firstResponseMs, 0),
  clickToResponseMs: round(l.clickToResponseMs, 0),
  shifts: l.shifts.map((s) => ({ ...s, t: round(s.t, 0)!, value: round(s.value, 4)! })),
});

/** One load of `p`, logged; a failed load is recorded in the run's errors and left out. */
async function oneLoad(
  ctx: BenchContext,
  browser: Browser,
  profile: ThrottleProfile,
  p: PageToLoad,
  i: number,
): Promise<ThrottledLoad | undefined> {
  try {
    const l = await throttledLoad(browser, p.url, profile, { send: p.send });
    log(
      `  ${profile.name} ${p.page} ${i + 1}: ${Math.round(l.bytes / 1024)} KB, FCP ${l.fcpMs?.toFixed(0)}, LCP ${l.lcpMs?.toFixed(0)}, hydrated ${l.hydratedMs?.toFixed(0)}, TBT ${l.tbtMs.toFixed(0)} ms (${l.longTasks} long tasks), CLS ${l.cls.toFixed(3)}${p.send ? `, Send takes a click ${l.sendUsableMs?.toFixed(0)} (hydrated ${l.sendHydratedMs?.toFixed(0)}), answer ${l.firstResponseMs?.toFixed(0)} ms` : ''}`,
    );
    return l;
  } catch (error) {
    ctx.errors.push(`slow-network ${profile.name} ${p.page} load ${i + 1}: ${firstLine(error)}`);
    log(`  ${profile.name} ${p.page} ${i + 1} failed: ${firstLine(error)}`);
    return undefined;
  }
}

export async function slowNetworkPhase(
  ctx: BenchContext,
  browser: Browser,
  pages: PageToLoad[],
): Promise<SlowNetworkResult> {
  const result: SlowNetworkResult = { served: SERVED_AS, profiles: [] };
  for (const profile of PROFILES) {
    log(
      `phase slow-network: ${profile.downKbps / 1000} Mbit/s down, ${profile.upKbps / 1000} up, ${profile.rttMs} ms RTT, CPU ÷${profile.cpuSlowdown}, ${ctx.config.throttledLoads} loads per page`,
    );
    // The pages take turns, so a busy moment of the machine does not fall on one page only.
    const loads = new Map<PageToLoad, ThrottledLoad[]>(pages.map((p) => [p, []]));
    for (let i = 0; i < ctx.config.throttledLoads; i += 1)
      for (const p of pages) {
        const l = await oneLoad(ctx, browser, profile, p, i);
        if (l) loads.get(p)!.push(l);
      }
    const measured: ThrottledPage[] = pages.map((p) => ({
      page: p.page,
      path: p.path,
      figures: figuresOf(loads.get(p)!),
      loads: loads.get(p)!.map(rounded),
    }));
    result.profiles.push({ profile, pages: measured });
  }
  return result;
}
