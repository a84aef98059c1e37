/**
 * The scaling chart (build-scaling.svg, hand-written SVG): build wall time against the number of operations
 * of the English-only builds, with proportional (linear) scaling from the smallest build for reference.
 */
import type { Measured, ScalePoint } from '../types';

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function niceMax(value: number): number {
  const pow = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * pow >= value) return m * pow;
  return 10 * pow;
}

const W = 720;
const H = 420;
const M = { l: 70, r: 30, t: 50, b: 60 };
const PW = W - M.l - M.r;
const PH = H - M.t - M.b;

const seconds = (p: ScalePoint) => p.wallMs / 1000;
const colour = (p: ScalePoint) => (p.failure ? '#b91c1c' : '#1e3a8a');

/** The chart's scales: operations → x, seconds → y. */
interface Axes {
  x: (ops: number) => number;
  y: (s: number) => number;
  xMax: number;
  yMax: number;
}

function axesOf(points: ScalePoint[], linearAtLargest: number): Axes {
  const xMax = niceMax(points[points.length - 1].ops * 1.05);
  const yMax = niceMax(Math.max(...points.map(seconds), linearAtLargest) * 1.4); // headroom for the legend
  return { xMax, yMax, x: (ops) => M.l + (ops / xMax) * PW, y: (s) => M.t + PH - (s / yMax) * PH };
}

function grid({ x, y, xMax, yMax }: Axes): string[] {
  const out: string[] = [];
  for (let i = 0; i <= 5; i += 1) {
    const yv = (yMax / 5) * i;
    const xv = (xMax / 5) * i;
    out.push(`<line x1="${M.l}" x2="${M.l + PW}" y1="${y(yv).toFixed(1)}" y2="${y(yv).toFixed(1)}" stroke="#e5e7eb"/>`);
    out.push(
      `<text x="${M.l - 8}" y="${(y(yv) + 4).toFixed(1)}" text-anchor="end" fill="#374151">${Math.round(yv)}</text>`,
    );
    out.push(`<line x1="${x(xv).toFixed(1)}" x2="${x(xv).toFixed(1)}" y1="${M.t}" y2="${M.t + PH}" stroke="#f3f4f6"/>`);
    out.push(
      `<text x="${x(xv).toFixed(1)}" y="${M.t + PH + 18}" text-anchor="middle" fill="#374151">${Math.round(xv).toLocaleString('en')}</text>`,
    );
  }
  out.push(`<line x1="${M.l}" x2="${M.l + PW}" y1="${M.t + PH}" y2="${M.t + PH}" stroke="#111827"/>`);
  out.push(`<line x1="${M.l}" x2="${M.l}" y1="${M.t}" y2="${M.t + PH}" stroke="#111827"/>`);
  out.push(`<text x="${M.l + PW / 2}" y="${H - 18}" text-anchor="middle" fill="#111827">operations in the spec</text>`);
  out.push(
    `<text transform="translate(18 ${M.t + PH / 2}) rotate(-90)" text-anchor="middle" fill="#111827">build wall time (s): gen + docusaurus build</text>`,
  );
  return out;
}

/** The measured line and a mark per build (a cross for a failed one), each with a short label. */
function measured(points: ScalePoint[], { x, y }: Axes): string[] {
  const out: string[] = [];
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
      `<text x="${cx.toFixed(1)}" y="${(below ? cy + 20 : cy - 10).toFixed(1)}" text-anchor="middle" fill="${colour(p)}">${esc(`${p.ops.toLocaleString('en')} ops${p.failure ? ' ✗' : ''}`)}</text>`,
    );
  });
  return out;
}

function legendLine(p: ScalePoint): string {
  const what = p.spec.includes('tianji.yaml') ? 'real spec' : 'synthetic';
  return p.failure
    ? `${p.ops.toLocaleString('en')} ops (${what}): FAILED (${p.failure.split(' (')[0]}) after ${seconds(p).toFixed(0)} s, peak ${p.peakRssMB.toLocaleString('en')} MB`
    : `${p.ops.toLocaleString('en')} ops (${what}): ${seconds(p).toFixed(0)} s, ${p.pages.toLocaleString('en')} pages, ${Math.round(p.perPageMs ?? 0)} ms/page, peak ${p.peakRssMB.toLocaleString('en')} MB`;
}

/** The legend, in a box as wide as its longest line. */
function legend(points: ScalePoint[]): string[] {
  const lx = M.l + 14;
  let ly = M.t + 12;
  let longest = 50;
  const out: string[] = [];
  out.push(
    `<line x1="${lx}" x2="${lx + 24}" y1="${ly}" y2="${ly}" stroke="#2563eb" stroke-width="2"/><text x="${lx + 30}" y="${ly + 4}">measured</text>`,
  );
  ly += 18;
  out.push(
    `<line x1="${lx}" x2="${lx + 24}" y1="${ly}" y2="${ly}" stroke="#9ca3af" stroke-dasharray="6 4"/><text x="${lx + 30}" y="${ly + 4}">proportional: the ${points[0].ops.toLocaleString('en')}-op build's ms/page × pages</text>`,
  );
  for (const p of points) {
    ly += 17;
    const detail = legendLine(p);
    longest = Math.max(longest, detail.length);
    out.push(`<text x="${lx}" y="${ly + 4}" fill="${colour(p)}">${esc(detail)}</text>`);
  }
  const box = `<rect x="${lx - 8}" y="${M.t - 2}" width="${Math.min(PW - 12, Math.round(longest * 6.6 + 16))}" height="${ly - M.t + 14}" fill="#ffffff" fill-opacity="0.92" stroke="#e5e7eb"/>`;
  return [box, ...out];
}

/** The English-only builds of a run's scale phase, fewest operations first. */
function pointsOf(r: Measured): ScalePoint[] {
  const s = r.scale;
  if (!s) return [];
  const points = [s.realSpecEnglish, s[`ops${s.opsSmall}`], s[`ops${s.opsLarge}`]].filter((p): p is ScalePoint =>
    Boolean(p),
  );
  return points.sort((a, b) => a.ops - b.ops);
}

/** Build wall time against the number of operations (English-only builds), with linear scaling for reference. */
export function scalingSvg(r: Measured): string {
  const points = pointsOf(r);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
  );
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="600">Build time vs number of operations (English only, ${esc(r.mode)} run)</text>`,
  );
  if (points.length === 0) {
    out.push(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle">no scale builds were measured</text></svg>`);
    return out.join('\n');
  }
  const smallest = points[0];
  const largest = points[points.length - 1];
  // Linear scaling: the smallest build's time per page, times each build's page count (extended to the largest).
  const perPage = seconds(smallest) / Math.max(1, smallest.pages);
  const axes = axesOf(points, perPage * largest.pages);
  const { x, y } = axes;
  out.push(...grid(axes));
  // linear reference through the origin and the smallest build's per-page time
  const pagesPerOp = (largest.pages - smallest.pages) / Math.max(1, largest.ops - smallest.ops);
  const linear = (ops: number) => perPage * (smallest.pages + (ops - smallest.ops) * pagesPerOp);
  out.push(
    `<line x1="${x(smallest.ops).toFixed(1)}" y1="${y(linear(smallest.ops)).toFixed(1)}" x2="${x(largest.ops).toFixed(1)}" y2="${y(linear(largest.ops)).toFixed(1)}" stroke="#9ca3af" stroke-dasharray="6 4"/>`,
  );
  out.push(...measured(points, axes), ...legend(points));
  out.push('</svg>');
  return out.join('\n');
}
