/**
 * The targets a run is judged by: each a measured number (by its key in latest.json) that must stay at
 * or under a limit. A failed build fails its targets rather than vanishing from the table.
 */
import type { BenchPage, Measured, ScalePoint, Target, ThrottledFigures } from '../types';

/** The number, when it is one (a failed or skipped measurement is null). */
function finite(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

interface TargetDef extends Omit<Target, 'value' | 'pass' | 'op'> {
  value: (r: Measured) => number | null | undefined;
}

/** The large synthetic build's scale point. */
export function largePoint(r: Measured): ScalePoint | undefined {
  return r.scale ? r.scale[`ops${r.scale.opsLarge}`] : undefined;
}

/** A median of the slow profile's loads of `page`. */
function slowFigure(r: Measured, page: BenchPage, key: keyof ThrottledFigures): number | null | undefined {
  const slow = r.slowNetwork?.profiles.find((p) => p.profile.name === 'slow');
  return slow?.pages.find((p) => p.page === page)?.figures[key].median;
}

function def(key: string, label: string, unit: string, target: number, value: TargetDef['value']): TargetDef {
  return { key, label, unit, target, value };
}

function defsOf(r: Measured): TargetDef[] {
  const planned = r.config.scaleOps;
  const largeOps = r.scale?.opsLarge ?? planned[planned.length - 1];
  const largeKey = `ops${largeOps}` as const;
  const large = largeOps.toLocaleString('en');
  const small = (r.scale?.opsSmall ?? planned[0]).toLocaleString('en');
  return [
    def('build.perPageRatio', 'Build time per page, site ÷ plain Docusaurus', '×', 1.3, (x) => x.build?.perPageRatio),
    def('pageWeight.ratio', 'JS (gzip) of an operation page ÷ a guide page', '×', 1.3, (x) => x.pageWeight?.ratio),
    def(
      `scale.${largeKey}.peakRssMB`,
      `Peak RSS of the ${large}-operation build`,
      'MB',
      4096,
      (x) => x.scale?.[largeKey]?.peakRssMB,
    ),
    def(
      'scale.perPageRatio',
      `Build time per page, ${large} ÷ ${small} operations`,
      '×',
      1.3,
      (x) => x.scale?.perPageRatio,
    ),
    def(
      'playground.readyMsMedian',
      'Playground ready (Send enabled), median',
      'ms',
      1000,
      (x) => x.playground?.readyMsMedian,
    ),
    def(
      'playground.mockResponseMsMedian',
      'First mock response after Send, median',
      'ms',
      100,
      (x) => x.playground?.mockResponseMsMedian,
    ),
    def(
      'slowNetwork.slow.operation.sendUsableMs',
      'Send takes a click, 1.6 Mbit/s + 300 ms RTT + CPU ÷4, median',
      'ms',
      2500,
      (x) => slowFigure(x, 'operation', 'sendUsableMs'),
    ),
    def(
      'slowNetwork.slow.operation.cls',
      'Layout shift of the operation page as it hydrates (CLS), slow profile, median',
      '',
      0.01,
      (x) => slowFigure(x, 'operation', 'cls'),
    ),
    def(
      'lighthouse.performanceGap',
      "Lighthouse mobile performance: plain Docusaurus's guide page − the operation page",
      'points',
      3,
      (x) => x.lighthouse?.performanceGap,
    ),
  ];
}

export function targetsOf(r: Measured): Target[] {
  return defsOf(r).map(({ value: read, ...d }) => {
    const value = finite(read(r));
    let note: string | undefined;
    // A failed large build still has a peak RSS; it fails its targets rather than vanishing.
    if (d.key.endsWith('.peakRssMB') && r.scale) {
      const point = largePoint(r);
      if (point?.failure) note = `build failed: ${point.failure}`;
    }
    if (d.key === 'scale.perPageRatio' && value === null && r.scale) note = 'not measured: a scale build failed';
    const pass = value !== null && value <= d.target && !note;
    return { ...d, op: '≤' as const, value, pass, ...(note ? { note } : {}) };
  });
}
