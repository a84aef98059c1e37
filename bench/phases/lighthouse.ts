/**
 * Lighthouse: the operation page, the guide page and plain Docusaurus's guide page, mobile profile, a few
 * runs each taking turns (medians): performance and accessibility scores, the metrics behind them, and
 * where the main thread's time goes. The gap to plain Docusaurus's guide page is the figure to watch.
 */
import type { BenchContext } from '../lib/context';
import { lighthouseSession } from '../lib/lighthouse';
import { log } from '../lib/log';
import type { PageToLoad } from '../lib/served-pages';
import { median, round } from '../lib/stats';
import type { LighthousePage, LighthouseResult, LighthouseRun } from '../lib/types';

function firstLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error);
}

export function medianRun(runs: LighthouseRun[]): LighthousePage['median'] {
  const of = (key: keyof LighthousePage['median'], digits = 0) =>
    round(median(runs.flatMap((r) => r[key] ?? [])), digits);
  return {
    performance: of('performance'),
    accessibility: of('accessibility'),
    fcpMs: of('fcpMs'),
    lcpMs: of('lcpMs'),
    tbtMs: of('tbtMs'),
    cls: of('cls', 4),
    speedIndexMs: of('speedIndexMs'),
  };
}

export async function lighthousePhase(ctx: BenchContext, pages: PageToLoad[]): Promise<LighthouseResult> {
  const runs = ctx.config.lighthouseRuns;
  log(`phase lighthouse: ${pages.map((p) => p.page).join(', ')}, mobile profile, ${runs} runs each`);
  const session = await lighthouseSession(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  const close = ctx.resources.hold(session.close);
  const byPage = new Map<PageToLoad, LighthouseRun[]>(pages.map((p) => [p, []]));
  let formFactor = '';
  try {
    for (let i = 0; i < runs; i += 1)
      for (const p of pages) {
        try {
          const r = await session.run(p.url);
          formFactor = r.formFactor;
          const { formFactor: _f, ...run } = r;
          byPage.get(p)!.push(run);
          log(
            `  ${p.page} ${i + 1}: performance ${r.performance}, accessibility ${r.accessibility}, FCP ${r.fcpMs}, LCP ${r.lcpMs}, TBT ${r.tbtMs} ms, CLS ${r.cls}; main thread ${r.mainThread
              .slice(0, 3)
              .map(([g, ms]) => `${g} ${ms}`)
              .join(', ')}`,
          );
        } catch (error) {
          ctx.errors.push(`lighthouse ${p.page} run ${i + 1}: ${firstLine(error)}`);
          log(`  ${p.page} ${i + 1} failed: ${firstLine(error)}`);
        }
      }
  } finally {
    await close();
  }
  const measured: LighthousePage[] = pages.map((p) => ({
    page: p.page,
    path: p.path,
    median: medianRun(byPage.get(p)!),
    runs: byPage.get(p)!,
  }));
  const perf = (page: string) => measured.find((m) => m.page === page)?.median.performance ?? null;
  const plain = perf('plainGuide');
  const operation = perf('operation');
  return {
    version: session.version,
    formFactor,
    pages: measured,
    performanceGap: plain !== null && operation !== null ? plain - operation : null,
  };
}
