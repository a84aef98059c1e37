/**
 * The bench's outputs: latest.json, the scaling chart (hand-written SVG) and the generated block of
 * BENCHMARKS.md (between the bench markers; text outside them, such as the analysis, is kept).
 */
import fs from 'node:fs';
import path from 'node:path';
import { root } from './sites';

export interface ScalePoint {
  ops: number;
  spec: string;
  wallMs: number;
  pages: number;
  perPageMs: number | null;
  peakRssMB: number;
  cpuSec: number;
  loadAvg?: [number, number];
  genMs: number | null;
  /** Pages under build/docs (what a plain baseline of the same size gets as markdown docs). */
  docsPages?: number;
  /** Peak RSS (5-s timeline) during `npm run gen` and during `docusaurus build`. */
  genPeakRssMB?: number | null;
  docusaurusPeakRssMB?: number | null;
  markers?: Array<{ t: number; line: string }>;
  rssTimeline?: Array<[number, number]>;
  failure?: string;
  tail?: string;
}

export interface Target {
  key: string;
  label: string;
  value: number | null;
  unit: string;
  op: '≤';
  target: number;
  pass: boolean;
  note?: string;
}

export interface Results {
  mode: 'full' | 'quick';
  machine: Record<string, unknown> & {
    cpus: number;
    memoryMB: number;
    node: string;
    date: string;
    loadavgAtStart: Array<number | null>;
    chromium: string | null;
  };
  config: Record<string, unknown>;
  build: Record<string, any> | null;
  pageWeight: Record<string, any> | null;
  playground: Record<string, any> | null;
  scale: (Record<string, any> & { opsSmall: number; opsLarge: number; perPageRatio: number | null }) | null;
  targets?: Target[];
  errors: string[];
  durationSec?: number;
}

function get(results: Results, key: string): number | null {
  const value = key.split('.').reduce<any>((o, k) => (o == null ? undefined : o[k]), results);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function targetsOf(results: Results): Target[] {
  const planned = (results.config.scaleOps as number[] | undefined) ?? [500, 5000];
  const largeOps = results.scale?.opsLarge ?? planned[planned.length - 1];
  const smallOps = results.scale?.opsSmall ?? planned[0];
  const large = `scale.ops${largeOps}`;
  const defs: Array<Omit<Target, 'value' | 'pass' | 'op'>> = [
    { key: 'build.perPageRatio', label: 'Build time per page, site ÷ plain Docusaurus', unit: '×', target: 1.3 },
    { key: 'pageWeight.ratio', label: 'JS (gzip) of an operation page ÷ a guide page', unit: '×', target: 1.3 },
    {
      key: `${large}.peakRssMB`,
      label: `Peak RSS of the ${largeOps.toLocaleString('en')}-operation build`,
      unit: 'MB',
      target: 4096,
    },
    {
      key: 'scale.perPageRatio',
      label: `Build time per page, ${largeOps.toLocaleString('en')} ÷ ${smallOps.toLocaleString('en')} operations`,
      unit: '×',
      target: 1.3,
    },
    { key: 'playground.readyMsMedian', label: 'Playground ready (Send enabled), median', unit: 'ms', target: 1000 },
    {
      key: 'playground.mockResponseMsMedian',
      label: 'First mock response after Send, median',
      unit: 'ms',
      target: 100,
    },
  ];
  return defs.map((d) => {
    let value = get(results, d.key);
    let note: string | undefined;
    // A failed large build still has a peak RSS; it fails its targets rather than vanishing.
    if (d.key.endsWith('.peakRssMB') && results.scale) {
      const point = (results.scale as any)[`ops${largeOps}`] as ScalePoint | undefined;
      if (point?.failure) note = `build failed: ${point.failure}`;
    }
    if (d.key === 'scale.perPageRatio' && value === null && results.scale) note = 'not measured: a scale build failed';
    const pass = value !== null && value <= d.target && !note;
    return { ...d, op: '≤' as const, value, pass, ...(note ? { note } : {}) };
  });
}

// ── chart ────────────────────────────────────────────────────────────────────────────────────────────

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function niceMax(value: number): number {
  const pow = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * pow >= value) return m * pow;
  return 10 * pow;
}

/** Build wall time against the number of operations (English-only builds), with linear scaling for reference. */
export function scalingSvg(results: Results): string {
  const W = 720;
  const H = 420;
  const m = { l: 70, r: 30, t: 50, b: 60 };
  const pw = W - m.l - m.r;
  const ph = H - m.t - m.b;
  const scale = results.scale ?? ({} as any);
  const points: ScalePoint[] = [
    scale.realSpecEnglish,
    scale[`ops${scale.opsSmall}`],
    scale[`ops${scale.opsLarge}`],
  ].filter(Boolean);
  points.sort((a, b) => a.ops - b.ops);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
  );
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="600">Build time vs number of operations (English only, ${esc(results.mode)} run)</text>`,
  );
  if (points.length === 0) {
    out.push(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle">no scale builds were measured</text></svg>`);
    return out.join('\n');
  }
  const seconds = (p: ScalePoint) => p.wallMs / 1000;
  const smallest = points[0];
  // Linear scaling: the smallest build's time per page, times each build's page count (extended to the largest).
  const perPage = seconds(smallest) / Math.max(1, smallest.pages);
  const largest = points[points.length - 1];
  const linearAtLargest = perPage * largest.pages;
  const xMax = niceMax(largest.ops * 1.05);
  const yMax = niceMax(Math.max(...points.map(seconds), linearAtLargest) * 1.4); // headroom for the legend
  const x = (ops: number) => m.l + (ops / xMax) * pw;
  const y = (s: number) => m.t + ph - (s / yMax) * ph;
  // grid and axes
  for (let i = 0; i <= 5; i += 1) {
    const yv = (yMax / 5) * i;
    const xv = (xMax / 5) * i;
    out.push(`<line x1="${m.l}" x2="${m.l + pw}" y1="${y(yv).toFixed(1)}" y2="${y(yv).toFixed(1)}" stroke="#e5e7eb"/>`);
    out.push(
      `<text x="${m.l - 8}" y="${(y(yv) + 4).toFixed(1)}" text-anchor="end" fill="#374151">${Math.round(yv)}</text>`,
    );
    out.push(`<line x1="${x(xv).toFixed(1)}" x2="${x(xv).toFixed(1)}" y1="${m.t}" y2="${m.t + ph}" stroke="#f3f4f6"/>`);
    out.push(
      `<text x="${x(xv).toFixed(1)}" y="${m.t + ph + 18}" text-anchor="middle" fill="#374151">${Math.round(xv).toLocaleString('en')}</text>`,
    );
  }
  out.push(`<line x1="${m.l}" x2="${m.l + pw}" y1="${m.t + ph}" y2="${m.t + ph}" stroke="#111827"/>`);
  out.push(`<line x1="${m.l}" x2="${m.l}" y1="${m.t}" y2="${m.t + ph}" stroke="#111827"/>`);
  out.push(`<text x="${m.l + pw / 2}" y="${H - 18}" text-anchor="middle" fill="#111827">operations in the spec</text>`);
  out.push(
    `<text transform="translate(18 ${m.t + ph / 2}) rotate(-90)" text-anchor="middle" fill="#111827">build wall time (s): gen + docusaurus build</text>`,
  );
  // linear reference through the origin and the smallest build's per-page time
  const pagesPerOp = (largest.pages - smallest.pages) / Math.max(1, largest.ops - smallest.ops);
  const linear = (ops: number) => perPage * (smallest.pages + (ops - smallest.ops) * pagesPerOp);
  out.push(
    `<line x1="${x(smallest.ops).toFixed(1)}" y1="${y(linear(smallest.ops)).toFixed(1)}" x2="${x(largest.ops).toFixed(1)}" y2="${y(linear(largest.ops)).toFixed(1)}" stroke="#9ca3af" stroke-dasharray="6 4"/>`,
  );
  // measured
  const ok = points.filter((p) => !p.failure);
  if (ok.length > 1)
    out.push(
      `<polyline fill="none" stroke="#2563eb" stroke-width="2" points="${ok.map((p) => `${x(p.ops).toFixed(1)},${y(seconds(p)).toFixed(1)}`).join(' ')}"/>`,
    );
  points.forEach((p, i) => {
    const cx = x(p.ops);
    const cy = y(seconds(p));
    if (p.failure) {
      out.push(
        `<path d="M${cx - 6},${cy - 6} L${cx + 6},${cy + 6} M${cx - 6},${cy + 6} L${cx + 6},${cy - 6}" stroke="#b91c1c" stroke-width="2.5"/>`,
      );
    } else {
      out.push(`<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="5" fill="#2563eb"/>`);
    }
    // Short labels at the points, alternately above and below; the details go in the legend.
    const below = i % 2 === 1;
    out.push(
      `<text x="${cx.toFixed(1)}" y="${(below ? cy + 20 : cy - 10).toFixed(1)}" text-anchor="middle" fill="${p.failure ? '#b91c1c' : '#1e3a8a'}">${esc(`${p.ops.toLocaleString('en')} ops${p.failure ? ' ✗' : ''}`)}</text>`,
    );
  });
  // legend
  const lx = m.l + 14;
  let ly = m.t + 12;
  const legendAt = out.length; // the box goes here, once the longest line is known
  let longest = 50;
  out.push(
    `<line x1="${lx}" x2="${lx + 24}" y1="${ly}" y2="${ly}" stroke="#2563eb" stroke-width="2"/><text x="${lx + 30}" y="${ly + 4}">measured</text>`,
  );
  ly += 18;
  out.push(
    `<line x1="${lx}" x2="${lx + 24}" y1="${ly}" y2="${ly}" stroke="#9ca3af" stroke-dasharray="6 4"/><text x="${lx + 30}" y="${ly + 4}">proportional: the ${smallest.ops.toLocaleString('en')}-op build's ms/page × pages</text>`,
  );
  for (const p of points) {
    ly += 17;
    const what = p.spec.includes('tianji.yaml') ? 'real spec' : 'synthetic';
    const detail = p.failure
      ? `${p.ops.toLocaleString('en')} ops (${what}): FAILED (${p.failure.split(' (')[0]}) after ${seconds(p).toFixed(0)} s, peak ${p.peakRssMB.toLocaleString('en')} MB`
      : `${p.ops.toLocaleString('en')} ops (${what}): ${seconds(p).toFixed(0)} s, ${p.pages.toLocaleString('en')} pages, ${Math.round(p.perPageMs ?? 0)} ms/page, peak ${p.peakRssMB.toLocaleString('en')} MB`;
    longest = Math.max(longest, detail.length);
    out.push(`<text x="${lx}" y="${ly + 4}" fill="${p.failure ? '#b91c1c' : '#1e3a8a'}">${esc(detail)}</text>`);
  }
  out.splice(
    legendAt,
    0,
    `<rect x="${lx - 8}" y="${m.t - 2}" width="${Math.min(pw - 12, Math.round(longest * 6.6 + 16))}" height="${ly - m.t + 14}" fill="#ffffff" fill-opacity="0.92" stroke="#e5e7eb"/>`,
  );
  out.push('</svg>');
  return out.join('\n');
}

// ── markdown ─────────────────────────────────────────────────────────────────────────────────────────

const BEGIN = '<!-- bench:begin (generated by npm run bench; edit outside these markers) -->';
const END = '<!-- bench:end -->';

function fmt(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined) return '—';
  const n =
    unit === '×'
      ? value.toFixed(2)
      : Math.abs(value) >= 100
        ? Math.round(value).toLocaleString('en')
        : String(Math.round(value * 10) / 10);
  return unit ? `${n} ${unit}` : n;
}

const kb = (bytes: number | null | undefined) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`);

/** One sentence, from the numbers, on what holds a missed target back. */
function missSentence(t: Target, r: Results): string {
  const b = r.build;
  const w = r.pageWeight;
  const p = r.playground;
  const s = r.scale as any;
  switch (t.key) {
    case 'build.perPageRatio':
      if (!b) break;
      if (b.siteGenMs === null)
        return `The site spends ${fmt(b.siteWallMs / 1000)} s on ${fmt(b.pages)} pages against ${fmt(b.plainWallMs / 1000)} s for as many plain pages; analysis: see below.`;
      return `Of the site's ${fmt(b.siteWallMs / 1000)} s for ${fmt(b.pages)} pages, \`npm run gen\` (spec validation, gen-api-docs, guides) takes ${fmt(b.siteGenMs / 1000)} s that the plain site does not have, and \`docusaurus build\` ${fmt(b.siteDocusaurusMs / 1000)} s against the plain site's ${fmt(b.plainWallMs / 1000)} s (${fmt((b.siteDocusaurusMs - b.plainWallMs) / b.pages)} ms more per page; CPU-time ratio ${fmt(b.cpuPerPageRatio)} ×).`;
    case 'pageWeight.ratio': {
      if (!w) break;
      const guideUrls = new Set((w.guidePageScripts as Array<{ url: string }>).map((x) => x.url));
      const extra = (w.apiPageScripts as Array<{ url: string; gzipBytes: number }>)
        .filter((x) => !guideUrls.has(x.url))
        .slice(0, 3);
      return `The operation page loads ${kb(w.playgroundCostBytes)} more gzip JS than the guide (${kb(w.apiPageJsGzipBytes)} vs ${kb(w.guidePageJsGzipBytes)}); its largest chunks not on the guide are ${extra.map((x) => `\`${path.basename(x.url)}\` (${kb(x.gzipBytes)})`).join(', ') || 'none'}.`;
    }
    case 'playground.readyMsMedian': {
      if (!p) break;
      const main = w
        ? (w.apiPageScripts as Array<{ url: string; gzipBytes: number; rawBytes: number }>).find((x) =>
            /\/main\.[^/]*\.js$/.test(x.url),
          )
        : undefined;
      const js = w
        ? `${kb(w.apiPageJsGzipBytes)} of gzip JS (${kb(w.apiPageJsRawBytes)} raw${main ? `, main.js alone ${kb(main.rawBytes)}` : ''})`
        : 'its JS';
      return `The Send button is in the HTML at ${fmt(p.sendSeenMsMedian)} ms but React hydrates it only at ${fmt(p.sendHydratedMsMedian)} ms, once the page's ${js} is loaded, parsed and run, and enables it ${fmt((p.sendEnabledMsMedian ?? 0) - (p.sendHydratedMsMedian ?? 0))} ms later (${fmt(p.readyMsMedian)} ms); analysis: see below.`;
    }
    case 'playground.mockResponseMsMedian':
      if (!p) break;
      return `Even after the reader reaches the playground (which starts the mock: ${fmt(p.mockStartMsMedian)} ms), the first send takes ${fmt(p.mockResponseMsMedian)} ms; later sends ${fmt(p.mockResponseWarmMsMedian)} ms.`;
    case 'scale.perPageRatio':
    default:
      if (!s) break;
      {
        const small = s[`ops${s.opsSmall}`] as ScalePoint;
        const large = s[`ops${s.opsLarge}`] as ScalePoint;
        if (large?.failure)
          return `The ${large.ops.toLocaleString('en')}-operation build failed (${large.failure}) after ${fmt(large.wallMs / 1000)} s at ${fmt(large.peakRssMB)} MB peak RSS.`;
        if (t.key.endsWith('peakRssMB')) {
          const split =
            large.docusaurusPeakRssMB != null && large.genPeakRssMB != null
              ? `: \`npm run gen\` stays under ${fmt(large.genPeakRssMB)} MB, the \`docusaurus build\` process reaches ${fmt(large.docusaurusPeakRssMB)} MB on the 5-s timeline`
              : '';
          const plain = s.plainLarge as ScalePoint | null;
          const floor =
            plain && !plain.failure
              ? ` Plain Docusaurus with as many markdown pages (${fmt(plain.pages)}) peaks at ${fmt(plain.peakRssMB)} MB in ${fmt(plain.wallMs / 1000)} s.`
              : '';
          return `The ${large.ops.toLocaleString('en')}-operation build peaks at ${fmt(large.peakRssMB)} MB (the ${small.ops}-operation build at ${fmt(small.peakRssMB)} MB)${split}.${floor} Analysis: see below.`;
        }
        const plainGrowth =
          s.plainPerPageRatio != null
            ? ` Plain Docusaurus with as many markdown pages grows ${fmt(s.plainPerPageRatio, '×')} per page between the same sizes (${fmt(s.plainSmall?.perPageMs)} → ${fmt(s.plainLarge?.perPageMs)} ms).`
            : '';
        return `Per page, the ${large.ops.toLocaleString('en')}-operation build takes ${fmt(large.perPageMs)} ms against ${fmt(small.perPageMs)} ms at ${small.ops} operations${large.genMs !== null && small.genMs !== null ? ` (gen: ${fmt(large.genMs / large.pages)} vs ${fmt(small.genMs / small.pages)} ms/page)` : ''}.${plainGrowth} Analysis: see below.`;
      }
  }
  return 'analysis: see below.';
}

export function markdownBlock(r: Results, svgRel: string, jsonRel: string): string {
  const t = r.targets ?? [];
  const m = r.machine;
  const b = r.build;
  const w = r.pageWeight;
  const p = r.playground;
  const s = r.scale as any;
  const lines: string[] = [];
  lines.push(BEGIN);
  lines.push('');
  lines.push(
    `Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC, **${r.mode} run** (${r.durationSec ?? '?'} s), on ${m.cpus} × ${m.cpuModel}, ${fmt(m.memoryMB)} MB RAM, Node ${m.node}, Docusaurus ${m.docusaurus}, Chromium ${m.chromium ?? '—'}, load average at start ${m.loadavgAtStart.join(' / ')}. Raw numbers: [\`${jsonRel}\`](${jsonRel}).`,
  );
  lines.push('');
  lines.push('| target | measured | target | result |');
  lines.push('| --- | --- | --- | --- |');
  for (const x of t)
    lines.push(
      `| ${x.label} (\`${x.key}\`) | ${fmt(x.value, x.unit)}${x.note ? ` (${x.note})` : ''} | ≤ ${fmt(x.target, x.unit)} | ${x.pass ? '✅ pass' : '❌ fail'} |`,
    );
  lines.push('');
  lines.push('| measurement | value |');
  lines.push('| --- | --- |');
  if (b) {
    lines.push(
      `| Site build (${b.locales.length} locale(s)): wall / CPU / peak RSS | ${fmt(b.siteWallMs / 1000)} s / ${fmt(b.siteCpuSec)} s / ${fmt(b.peakRssMB)} MB${b.siteFailure ? ` (FAILED: ${b.siteFailure})` : ''} |`,
    );
    lines.push(
      `| … of which \`npm run gen\` (to its summary line) | ${b.siteGenMs === null ? '—' : `${fmt(b.siteGenMs / 1000)} s`} |`,
    );
    const perLocale = (o: Record<string, number> | undefined) =>
      o && Object.keys(o).length
        ? Object.entries(o)
            .map(([l, sec]) => `${l} ${fmt(sec)}`)
            .join(', ')
        : '—';
    lines.push(
      `| \`docusaurus build\` per locale (s): site / plain | ${perLocale(b.siteLocaleSeconds)} / ${perLocale(b.plainLocaleSeconds)} |`,
    );
    lines.push(`| Site pages (.html) / per locale | ${fmt(b.pages)} / ${fmt(b.pagesPerLocale)} |`);
    lines.push(`| Site ms per page | ${fmt(b.sitePerPageMs)} |`);
    lines.push(
      `| Plain Docusaurus (same config, no openapi plugin): wall / CPU / peak RSS | ${fmt(b.plainWallMs / 1000)} s / ${fmt(b.plainCpuSec)} s / ${fmt(b.plainPeakRssMB)} MB${b.plainFailure ? ` (FAILED: ${b.plainFailure})` : ''} |`,
    );
    lines.push(`| Plain pages / ms per page | ${fmt(b.plainPages)} / ${fmt(b.plainPerPageMs)} |`);
    lines.push(
      `| CPU time per page, site ÷ plain (less sensitive to other load than wall time) | ${fmt(b.cpuPerPageRatio)} × |`,
    );
  }
  if (w) {
    lines.push(
      `| \`/docs/api/website-add\`: JS gzip / raw / scripts / requests | ${kb(w.apiPageJsGzipBytes)} / ${kb(w.apiPageJsRawBytes)} / ${w.apiPageJsRequests} / ${w.apiPageRequests} |`,
    );
    lines.push(
      `| \`/docs/getting-started\`: JS gzip / raw / scripts / requests | ${kb(w.guidePageJsGzipBytes)} / ${kb(w.guidePageJsRawBytes)} / ${w.guidePageJsRequests} / ${w.guidePageRequests} |`,
    );
    lines.push(`| Playground cost (JS gzip difference) | ${kb(w.playgroundCostBytes)} |`);
    lines.push(
      `| Chunks holding the playground's code, loaded by the API page / by the guide page too | ${kb(w.apiPagePlaygroundChunkGzipBytes)} / ${kb(w.guidePagePlaygroundChunkGzipBytes)} |`,
    );
    if (w.plainGuidePageJsGzipBytes !== null)
      lines.push(
        `| Plain baseline \`/docs/getting-started\`: JS gzip / requests (API page ÷ it) | ${kb(w.plainGuidePageJsGzipBytes)} / ${w.plainGuidePageRequests} (${fmt(w.apiVsPlainRatio)} ×) |`,
      );
    lines.push(
      `| Not counted above: prefetches of linked routes' chunks and the favicon (Chromium's "other"), requests / JS gzip: API / guide | ${w.apiPageOtherRequests} / ${kb(w.apiPagePrefetchJsGzipBytes)}, ${w.guidePageOtherRequests} / ${kb(w.guidePagePrefetchJsGzipBytes)} |`,
    );
  }
  if (p) {
    lines.push(
      `| Playground (${p.loads} fresh loads of \`/docs/api/global-config\`): Send in HTML / enabled / hydrated / ready, medians | ${fmt(p.sendSeenMsMedian)} / ${fmt(p.sendEnabledMsMedian)} / ${fmt(p.sendHydratedMsMedian)} / ${fmt(p.readyMsMedian)} ms |`,
    );
    lines.push(
      `| Mock response: first send / later sends, medians | ${fmt(p.mockResponseMsMedian)} / ${fmt(p.mockResponseWarmMsMedian)} ms |`,
    );
    lines.push(
      `| Mock start (pointer reaches the playground → msw's worker controls the page), median | ${fmt(p.mockStartMsMedian)} ms |`,
    );
    lines.push(
      `| First send clicked the moment Send is ready, the mock starting inside it (${fmt(p.coldLoads)} loads), median | ${fmt(p.mockResponseColdMsMedian)} ms |`,
    );
  }
  if (s) {
    for (const key of ['realSpecEnglish', `ops${s.opsSmall}`, `ops${s.opsLarge}`]) {
      const x = s[key] as ScalePoint | null;
      if (!x) continue;
      lines.push(
        `| Build, ${x.ops.toLocaleString('en')} operations${key === 'realSpecEnglish' ? ' (real spec)' : ' (synthetic)'}, English: wall / ms per page / peak RSS / pages | ${x.failure ? `FAILED (${x.failure}) after ` : ''}${fmt(x.wallMs / 1000)} s / ${fmt(x.perPageMs)} / ${fmt(x.peakRssMB)} MB / ${fmt(x.pages)} |`,
      );
    }
    for (const [key, ops] of [
      ['plainSmall', s.opsSmall],
      ['plainLarge', s.opsLarge],
    ] as const) {
      const plain = s[key] as ScalePoint | null;
      if (!plain) continue;
      const site = s[`ops${ops}`] as ScalePoint | null;
      const ratio =
        plain.perPageMs && site?.perPageMs
          ? ` (site ÷ plain per page: ${fmt(site.perPageMs / plain.perPageMs, '×')})`
          : '';
      lines.push(
        `| Plain Docusaurus, as many markdown docs as the ${fmt(ops)}-operation site, English: wall / ms per page / peak RSS / pages | ${plain.failure ? `FAILED (${plain.failure}) after ` : ''}${fmt(plain.wallMs / 1000)} s / ${fmt(plain.perPageMs)}${ratio} / ${fmt(plain.peakRssMB)} MB / ${fmt(plain.pages)} |`,
      );
    }
  }
  lines.push('');
  lines.push(`![Build time vs number of operations](${svgRel})`);
  lines.push('');
  const misses = t.filter((x) => !x.pass);
  if (misses.length) {
    lines.push('**Misses**');
    lines.push('');
    for (const x of misses) lines.push(`- ${x.label}: ${missSentence(x, r)}`);
    lines.push('');
  }
  if (r.errors.length) {
    lines.push('**Errors during the run**');
    lines.push('');
    for (const e of r.errors) lines.push(`- ${e.split('\n')[0]}`);
    lines.push('');
  }
  lines.push(END);
  return lines.join('\n');
}

const INTRO = `# Benchmarks

How fast the site builds, how heavy its pages are and how quickly the playground answers, against plain
Docusaurus and against specs far larger than Tianji's.

## Running

\`\`\`bash
npm run bench              # full run: 7 locales, 500 and 5,000 synthetic operations, 7 playground loads (20+ min)
npm run bench -- --quick   # development: English only, 100 and 300 operations, 3 loads (writes bench/tmp/quick/)
npm run bench -- --help    # development options (see bench/run.ts)
\`\`\`

A full run writes \`bench/results/latest.json\`, \`bench/results/build-scaling.svg\` and the block below. What it does:

1. **Build**: \`npm run build\` (gen + \`docusaurus build\`) of the real site in a temp copy, then a plain Docusaurus
   site with the same config features (classic preset, i18n, \`future.v4\` + \`faster\`, prism) but no openapi plugin
   and the same number of markdown pages per locale. Wall time, peak RSS (the process tree's summed RSS, sampled
   from /proc every 200 ms), pages (\`.html\` files). Each build has a private, empty \`node_modules/.cache\`: cold.
2. **Page weight**: the real build served by \`docusaurus serve\`, loaded in Chromium with an empty cache; the gzip
   size (zlib level 6) of every script the page executes, and the requests it makes. Chromium's "other"
   requests (Docusaurus' idle-time prefetch of linked routes' chunks, the favicon) vary with timing: reported
   apart. The guide page of the plain baseline is measured the same way.
3. **Playground**: fresh loads of \`/docs/api/global-config\`; "ready" is when \`[data-testid=send]\` is enabled and
   React has hydrated it, in ms since navigation start; mock response is click → \`[data-testid=response-status]\`
   inserted, timed in the page. Before the measured first send the run does what a reader does: the pointer
   reaches the playground, which starts msw's service worker (that start is timed and reported), then Send.
   A few more loads click Send the moment it is ready, so the mock starts inside the first send: reported too.
4. **Scale**: synthetic OpenAPI 3.1 specs (tags of 25 operations, path/query/header parameters, JSON bodies)
   written to \`bench/tmp/\`, each built English-only (\`DOCS_LOCALES=en SPEC=…\`); the real spec is built the same
   way for a third point of the chart. The plain baseline is built at both synthetic sizes too (as many markdown docs,
   English): the floor Docusaurus itself sets for time and memory, and its own growth per page.

The machine has other work on it at times (the load average at start is recorded): treat single numbers as ±15 %.

## Results

`;

const ANALYSIS = `

## Analysis

analysis: see below — to be completed from the numbers above.
`;

export function writeReport(results: Results, options: { outDir: string; markdown: string }): string[] {
  results.targets = targetsOf(results);
  fs.mkdirSync(options.outDir, { recursive: true });
  const json = path.join(options.outDir, 'latest.json');
  const svg = path.join(options.outDir, 'build-scaling.svg');
  fs.writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(svg, `${scalingSvg(results)}\n`);
  const mdDir = path.dirname(options.markdown);
  const rel = (f: string) => path.relative(mdDir, f).split(path.sep).join('/');
  const block = markdownBlock(results, rel(svg), rel(json));
  let text = fs.existsSync(options.markdown)
    ? fs.readFileSync(options.markdown, 'utf8')
    : `${INTRO}${BEGIN}\n${END}${ANALYSIS}`;
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  text =
    a >= 0 && b > a ? `${text.slice(0, a)}${block}${text.slice(b + END.length)}` : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(options.markdown, text);
  return [json, svg, options.markdown].map((f) => path.relative(root, f));
}
