/**
 * The analysis under the table of BENCHMARKS.md's generated block: for each missed target, one sentence,
 * from the numbers, on what holds it back.
 */
import path from 'node:path';
import type {
  BuildResult,
  LighthouseResult,
  Measured,
  PageWeightResult,
  PlaygroundResult,
  ScaleResult,
  Target,
} from '../types';
import { fmt, kb } from './format';

const SEE_BELOW = 'analysis: see below.';

function buildMiss(b: BuildResult): string {
  if (b.siteGenMs === null || b.siteDocusaurusMs === null)
    return `The site spends ${fmt(b.siteWallMs / 1000)} s on ${fmt(b.pages)} pages against ${fmt(b.plainWallMs / 1000)} s for as many plain pages; analysis: see below.`;
  return `Of the site's ${fmt(b.siteWallMs / 1000)} s for ${fmt(b.pages)} pages, \`npm run gen\` (spec validation, gen-api-docs, guides) takes ${fmt(b.siteGenMs / 1000)} s that the plain site does not have, and \`docusaurus build\` ${fmt(b.siteDocusaurusMs / 1000)} s against the plain site's ${fmt(b.plainWallMs / 1000)} s (${fmt((b.siteDocusaurusMs - b.plainWallMs) / b.pages)} ms more per page; CPU-time ratio ${fmt(b.cpuPerPageRatio)} ×).`;
}

function pageWeightMiss(w: PageWeightResult): string {
  const guideUrls = new Set(w.guidePageScripts.map((x) => x.url));
  const extra = w.apiPageScripts.filter((x) => !guideUrls.has(x.url)).slice(0, 3);
  return `The operation page loads ${kb(w.playgroundCostBytes)} more gzip JS than the guide (${kb(w.apiPageJsGzipBytes)} vs ${kb(w.guidePageJsGzipBytes)}); its largest chunks not on the guide are ${extra.map((x) => `\`${path.basename(x.url)}\` (${kb(x.gzipBytes)})`).join(', ') || 'none'}.`;
}

function readyMiss(p: PlaygroundResult, w: PageWeightResult | null): string {
  const main = w?.apiPageScripts.find((x) => /\/main\.[^/]*\.js$/.test(x.url));
  const js = w
    ? `${kb(w.apiPageJsGzipBytes)} of gzip JS (${kb(w.apiPageJsRawBytes)} raw${main ? `, main.js alone ${kb(main.rawBytes)}` : ''})`
    : 'its JS';
  return `The Send button is in the HTML at ${fmt(p.sendSeenMsMedian)} ms but React hydrates it only at ${fmt(p.sendHydratedMsMedian)} ms, once the page's ${js} is loaded, parsed and run, and enables it ${fmt((p.sendEnabledMsMedian ?? 0) - (p.sendHydratedMsMedian ?? 0))} ms later (${fmt(p.readyMsMedian)} ms); analysis: see below.`;
}

function mockMiss(p: PlaygroundResult): string {
  return `Even after the reader reaches the playground (which starts the mock: ${fmt(p.mockStartMsMedian)} ms), the first send takes ${fmt(p.mockResponseMsMedian)} ms; later sends ${fmt(p.mockResponseWarmMsMedian)} ms.`;
}

function slowMiss(r: Measured): string {
  const slow = r.slowNetwork?.profiles.find((p) => p.profile.name === 'slow');
  const op = slow?.pages.find((p) => p.page === 'operation');
  if (!op) return SEE_BELOW;
  const f = op.figures;
  const shifted = [...new Set(op.loads.flatMap((l) => l.shifts.flatMap((s) => s.sources)))].slice(0, 4);
  return `On the slow profile the operation page paints at ${fmt(f.fcpMs.median)} ms, React hydrates it at ${fmt(f.hydratedMs.median)} ms and its Send at ${fmt(f.sendHydratedMs.median)} ms; Send takes a click at ${fmt(f.sendUsableMs.median)} ms; CLS ${f.cls.median}${shifted.length ? ` (moved: ${shifted.map((s) => `\`${s}\``).join(', ')})` : ''}.`;
}

function lighthouseMiss(l: LighthouseResult): string {
  const op = l.pages.find((p) => p.page === 'operation');
  const plain = l.pages.find((p) => p.page === 'plainGuide');
  if (!op || !plain) return SEE_BELOW;
  return `The operation page scores ${fmt(op.median.performance)} against ${fmt(plain.median.performance)}; total blocking time ${fmt(op.median.tbtMs)} ms against ${fmt(plain.median.tbtMs)} ms, LCP ${fmt(op.median.lcpMs)} against ${fmt(plain.median.lcpMs)} ms. Analysis: see below.`;
}

/** The large build's peak RSS (`key` ends in peakRssMB) or the per-page growth between the two sizes. */
function scaleMiss(key: string, s: ScaleResult): string {
  const small = s[`ops${s.opsSmall}`];
  const large = s[`ops${s.opsLarge}`];
  if (!small || !large) return SEE_BELOW;
  if (large.failure)
    return `The ${large.ops.toLocaleString('en')}-operation build failed (${large.failure}) after ${fmt(large.wallMs / 1000)} s at ${fmt(large.peakRssMB)} MB peak RSS.`;
  if (key.endsWith('peakRssMB')) {
    const split =
      large.docusaurusPeakRssMB != null && large.genPeakRssMB != null
        ? `: \`npm run gen\` stays under ${fmt(large.genPeakRssMB)} MB, the \`docusaurus build\` process reaches ${fmt(large.docusaurusPeakRssMB)} MB on the 5-s timeline`
        : '';
    const plain = s.plainLarge;
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
  const gen =
    large.genMs !== null && small.genMs !== null
      ? ` (gen: ${fmt(large.genMs / large.pages)} vs ${fmt(small.genMs / small.pages)} ms/page)`
      : '';
  return `Per page, the ${large.ops.toLocaleString('en')}-operation build takes ${fmt(large.perPageMs)} ms against ${fmt(small.perPageMs)} ms at ${small.ops} operations${gen}.${plainGrowth} Analysis: see below.`;
}

/** One sentence, from the numbers, on what holds a missed target back. */
export function missSentence(t: Target, r: Measured): string {
  switch (t.key) {
    case 'build.perPageRatio':
      return r.build ? buildMiss(r.build) : SEE_BELOW;
    case 'pageWeight.ratio':
      return r.pageWeight ? pageWeightMiss(r.pageWeight) : SEE_BELOW;
    case 'playground.readyMsMedian':
      return r.playground ? readyMiss(r.playground, r.pageWeight) : SEE_BELOW;
    case 'playground.mockResponseMsMedian':
      return r.playground ? mockMiss(r.playground) : SEE_BELOW;
    case 'slowNetwork.slow.operation.sendUsableMs':
    case 'slowNetwork.slow.operation.cls':
      return r.slowNetwork ? slowMiss(r) : SEE_BELOW;
    case 'lighthouse.performanceGap':
      return r.lighthouse ? lighthouseMiss(r.lighthouse) : SEE_BELOW;
    default:
      // scale.perPageRatio and the large build's peak RSS
      return r.scale ? scaleMiss(t.key, r.scale) : SEE_BELOW;
  }
}
