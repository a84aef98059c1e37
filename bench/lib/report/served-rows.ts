/** BENCHMARKS.md rows of the slow-network and Lighthouse phases. */
import type { BenchPage, LighthouseResult, SlowNetworkResult, ThrottledFigures } from '../types';
import { fmt, kb } from './format';

const PAGE_NAMES: Record<BenchPage, string> = {
  operation: 'operation page',
  guide: 'guide page',
  plainGuide: 'plain Docusaurus guide page',
  beforeOperation: 'operation page (compared build)',
  beforeGuide: 'guide page (compared build)',
};

const pageName = (page: BenchPage, path: string) => `${PAGE_NAMES[page]} \`${path}\``;

type Figure = ThrottledFigures[keyof ThrottledFigures];

/** "median (min–max)", or the median alone when every load gave the same. */
function spread(f: Figure, unit = ''): string {
  if (f.median === null) return '—';
  const u = unit ? ` ${unit}` : '';
  return f.min !== null && f.max !== null && f.min !== f.max
    ? `${fmt(f.median)}${u} (${fmt(f.min)}–${fmt(f.max)})`
    : `${fmt(f.median)}${u}`;
}

export function slowNetworkRows(s: SlowNetworkResult): string[] {
  const rows: string[] = [];
  for (const { profile: p, pages } of s.profiles) {
    const name = `${p.downKbps / 1000} Mbit/s down, ${p.upKbps / 1000} up, ${p.rttMs} ms RTT${p.cpuSlowdown > 1 ? `, CPU ÷${p.cpuSlowdown}` : ''}`;
    for (const x of pages) {
      const f = x.figures;
      const cls = f.cls.median === null ? '—' : `${f.cls.median}${f.cls.max ? ` (max ${f.cls.max})` : ''}`;
      const send =
        f.sendUsableMs.median !== null
          ? `; Send takes a click ${spread(f.sendUsableMs, 'ms')}, hydrated ${spread(f.sendHydratedMs, 'ms')}, first answer ${spread(f.firstResponseMs, 'ms')}`
          : '';
      rows.push(
        `| ${name}, ${pageName(x.page, x.path)} (${x.loads.length} loads): over the wire / FCP / LCP / hydrated / TBT / CLS, medians (min–max)${send ? ' / Send (bytes include the mock that Send starts)' : ''} | ${kb(f.bytes.median)} / ${spread(f.fcpMs, 'ms')} / ${spread(f.lcpMs, 'ms')} / ${spread(f.hydratedMs, 'ms')} / ${spread(f.tbtMs, 'ms')} / ${cls}${send} |`,
      );
    }
  }
  return rows;
}

export function lighthouseRows(l: LighthouseResult): string[] {
  const rows = l.pages.map((x) => {
    const m = x.median;
    const runs = x.runs.map((r) => r.performance ?? '—').join(', ');
    return `| Lighthouse ${l.version} (${l.formFactor}), ${pageName(x.page, x.path)}: performance (runs) / accessibility / FCP / LCP / TBT / CLS / Speed Index, medians | ${fmt(m.performance)} (${runs}) / ${fmt(m.accessibility)} / ${fmt(m.fcpMs)} / ${fmt(m.lcpMs)} / ${fmt(m.tbtMs)} ms / ${m.cls ?? '—'} / ${fmt(m.speedIndexMs)} ms |`;
  });
  // Where the main thread's time goes (simulated 4× slower CPU), on the median-scoring run of each page.
  for (const x of l.pages) {
    const sorted = [...x.runs].sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
    const run = sorted[Math.floor(sorted.length / 2)];
    if (!run) continue;
    rows.push(
      `| … ${PAGE_NAMES[x.page]}: main thread by kind (mainthread-work-breakdown, ms) / scripts (bootup-time, ms) | ${run.mainThread
        .slice(0, 4)
        .map(([k, ms]) => `${k} ${fmt(ms)}`)
        .join(', ')} / ${run.bootup
        .slice(0, 3)
        .map(([u, ms]) => `\`${u.split('/').pop()}\` ${fmt(ms)}`)
        .join(', ')} |`,
    );
  }
  rows.push(`| Lighthouse performance gap, plain guide page − operation page (points) | ${fmt(l.performanceGap)} |`);
  return rows;
}
