/**
 * BENCHMARKS.md's generated block: the machine, the targets table, the measurements table (build, page
 * weight, playground, slow network, Lighthouse, scale and GitHub rows), the chart, the misses with their analysis, and the run's errors.
 */
import type {
  BuildResult,
  GithubResult,
  PageWeightResult,
  PlaygroundResult,
  Results,
  ScalePoint,
  ScaleResult,
} from '../types';
import { fmt, kb } from './format';
import { missSentence } from './misses';
import { lighthouseRows, slowNetworkRows } from './served-rows';
import { phasePeaks } from '../build-phases';
import { BEGIN, END } from './text';

const failedPrefix = (p: ScalePoint) => (p.failure ? `FAILED (${p.failure}) after ` : '');
const failedNote = (failure: string | null) => (failure ? ` (FAILED: ${failure})` : '');

function perLocale(o: Record<string, number> | undefined): string {
  return o && Object.keys(o).length
    ? Object.entries(o)
        .map(([l, sec]) => `${l} ${fmt(sec)}`)
        .join(', ')
    : '—';
}

function buildRows(b: BuildResult): string[] {
  return [
    `| Site build (${b.locales.length} locale(s)): wall / CPU / peak RSS | ${fmt(b.siteWallMs / 1000)} s / ${fmt(b.siteCpuSec)} s / ${fmt(b.peakRssMB)} MB${failedNote(b.siteFailure)} |`,
    `| … of which \`npm run gen\` (to its summary line) | ${b.siteGenMs === null ? '—' : `${fmt(b.siteGenMs / 1000)} s`} |`,
    `| \`docusaurus build\` per locale (s): site / plain | ${perLocale(b.siteLocaleSeconds)} / ${perLocale(b.plainLocaleSeconds)} |`,
    `| Site pages (.html) / per locale | ${fmt(b.pages)} / ${fmt(b.pagesPerLocale)} |`,
    `| Site ms per page | ${fmt(b.sitePerPageMs)} |`,
    `| Plain Docusaurus (same config, no openapi plugin): wall / CPU / peak RSS | ${fmt(b.plainWallMs / 1000)} s / ${fmt(b.plainCpuSec)} s / ${fmt(b.plainPeakRssMB)} MB${failedNote(b.plainFailure)} |`,
    `| Plain pages / ms per page | ${fmt(b.plainPages)} / ${fmt(b.plainPerPageMs)} |`,
    `| CPU time per page, site ÷ plain (less sensitive to other load than wall time) | ${fmt(b.cpuPerPageRatio)} × |`,
  ];
}

function pageWeightRows(w: PageWeightResult): string[] {
  return [
    `| \`/docs/api/website-add\`: JS gzip / raw / scripts / requests | ${kb(w.apiPageJsGzipBytes)} / ${kb(w.apiPageJsRawBytes)} / ${w.apiPageJsRequests} / ${w.apiPageRequests} |`,
    `| \`/docs/getting-started\`: JS gzip / raw / scripts / requests | ${kb(w.guidePageJsGzipBytes)} / ${kb(w.guidePageJsRawBytes)} / ${w.guidePageJsRequests} / ${w.guidePageRequests} |`,
    `| Playground cost (JS gzip difference) | ${kb(w.playgroundCostBytes)} |`,
    `| Chunks holding the playground's code, loaded by the API page / by the guide page too | ${kb(w.apiPagePlaygroundChunkGzipBytes)} / ${kb(w.guidePagePlaygroundChunkGzipBytes)} |`,
    ...(w.plainGuidePageJsGzipBytes !== null
      ? [
          `| Plain baseline \`/docs/getting-started\`: JS gzip / requests (API page ÷ it) | ${kb(w.plainGuidePageJsGzipBytes)} / ${w.plainGuidePageRequests} (${fmt(w.apiVsPlainRatio)} ×) |`,
        ]
      : []),
    `| Not counted above: prefetches of linked routes' chunks and the favicon (Chromium's "other"), requests / JS gzip: API / guide | ${w.apiPageOtherRequests} / ${kb(w.apiPagePrefetchJsGzipBytes)}, ${w.guidePageOtherRequests} / ${kb(w.guidePagePrefetchJsGzipBytes)} |`,
  ];
}

function playgroundRows(p: PlaygroundResult): string[] {
  return [
    `| Playground (${p.loads} fresh loads of \`/docs/api/global-config\`): Send in HTML / enabled / hydrated / ready, medians | ${fmt(p.sendSeenMsMedian)} / ${fmt(p.sendEnabledMsMedian)} / ${fmt(p.sendHydratedMsMedian)} / ${fmt(p.readyMsMedian)} ms |`,
    `| Mock response: first send / later sends, medians | ${fmt(p.mockResponseMsMedian)} / ${fmt(p.mockResponseWarmMsMedian)} ms |`,
    `| Mock start (pointer reaches the playground → msw's worker controls the page), median | ${fmt(p.mockStartMsMedian)} ms |`,
    `| First send clicked the moment Send is ready, the mock starting inside it (${fmt(p.coldLoads)} loads), median | ${fmt(p.mockResponseColdMsMedian)} ms |`,
  ];
}

function scaleRows(s: ScaleResult): string[] {
  const rows: string[] = [];
  const builds: Array<[ScalePoint | null | undefined, string]> = [
    [s.realSpecEnglish, ' (real spec)'],
    [s[`ops${s.opsSmall}`], ' (synthetic)'],
    [s[`ops${s.opsLarge}`], ' (synthetic)'],
  ];
  for (const [x, what] of builds) {
    if (!x) continue;
    rows.push(
      `| Build, ${x.ops.toLocaleString('en')} operations${what}, English: wall / ms per page / peak RSS / pages | ${failedPrefix(x)}${fmt(x.wallMs / 1000)} s / ${fmt(x.perPageMs)} / ${fmt(x.peakRssMB)} MB / ${fmt(x.pages)} |`,
    );
  }
  const plains: Array<[ScalePoint | null, number]> = [
    [s.plainSmall, s.opsSmall],
    [s.plainLarge, s.opsLarge],
  ];
  for (const [plain, ops] of plains) {
    if (!plain) continue;
    const site = s[`ops${ops}`];
    const ratio =
      plain.perPageMs && site?.perPageMs
        ? ` (site ÷ plain per page: ${fmt(site.perPageMs / plain.perPageMs, '×')})`
        : '';
    rows.push(
      `| Plain Docusaurus, as many markdown docs as the ${fmt(ops)}-operation site, English: wall / ms per page / peak RSS / pages | ${failedPrefix(plain)}${fmt(plain.wallMs / 1000)} s / ${fmt(plain.perPageMs)}${ratio} / ${fmt(plain.peakRssMB)} MB / ${fmt(plain.pages)} |`,
    );
  }
  for (const [x, what] of [
    [s[`ops${s.opsLarge}`], `the ${fmt(s.opsLarge)}-operation site`],
    [s.plainLarge, 'plain Docusaurus with as many docs'],
  ] as Array<[ScalePoint | null | undefined, string]>) {
    const phases = x ? phasePeaks(x.markers, x.rssTimeline) : [];
    if (phases.length)
      rows.push(
        `| Peak RSS by phase, ${what} (5-s timeline) | ${phases.map((p) => `${p.phase} ${fmt(p.peakRssMB)} MB (${fmt(p.fromS)}–${fmt(p.toS)} s)`).join(' · ')} |`,
      );
  }
  return rows;
}

function githubRows(g: GithubResult): string[] {
  const point = (x: ScalePoint) =>
    `${failedPrefix(x)}${fmt(x.wallMs / 1000)} s / ${fmt(x.cpuSec)} s / ${fmt(x.peakRssMB)} MB / ${fmt(x.perPageMs)} / ${fmt(x.pages)}`;
  return [
    `| GitHub's REST API (${fmt(g.operations)} operations), English: wall / CPU / peak RSS / ms per page / pages | ${point(g.site)} |`,
    ...(g.plain
      ? [
          `| Plain Docusaurus with as many markdown docs: wall / CPU / peak RSS / ms per page / pages | ${point(g.plain)} (site ÷ plain per page: ${fmt(g.perPageRatio, '×')}) |`,
        ]
      : []),
  ];
}

/** A bold heading and its list, or nothing when the list is empty. */
function section(title: string, items: string[]): string[] {
  return items.length ? [`**${title}**`, '', ...items.map((x) => `- ${x}`), ''] : [];
}

export function markdownBlock(r: Results, svgRel: string, jsonRel: string): string {
  const m = r.machine;
  const lines: string[] = [
    BEGIN,
    '',
    `Measured ${m.date.slice(0, 16).replace('T', ' ')} UTC, **${r.mode} run** (${r.durationSec} s), on ${m.cpus} × ${m.cpuModel}, ${fmt(m.memoryMB)} MB RAM, Node ${m.node}, Docusaurus ${m.docusaurus}, Chromium ${m.chromium ?? '—'}, load average at start ${m.loadavgAtStart.join(' / ')}. Raw numbers: [\`${jsonRel}\`](${jsonRel}).`,
    '',
    '| target | measured | target | result |',
    '| --- | --- | --- | --- |',
    ...r.targets.map(
      (x) =>
        `| ${x.label} (\`${x.key}\`) | ${fmt(x.value, x.unit)}${x.note ? ` (${x.note})` : ''} | ≤ ${fmt(x.target, x.unit)} | ${x.pass ? '✅ pass' : '❌ fail'} |`,
    ),
    '',
    '| measurement | value |',
    '| --- | --- |',
    ...(r.build ? buildRows(r.build) : []),
    ...(r.pageWeight ? pageWeightRows(r.pageWeight) : []),
    ...(r.playground ? playgroundRows(r.playground) : []),
    ...(r.slowNetwork ? slowNetworkRows(r.slowNetwork) : []),
    ...(r.lighthouse ? lighthouseRows(r.lighthouse) : []),
    ...(r.scale ? scaleRows(r.scale) : []),
    ...(r.github ? githubRows(r.github) : []),
    '',
    `![Build time vs number of operations](${svgRel})`,
    '',
    ...section(
      'Misses',
      r.targets.filter((x) => !x.pass).map((x) => `${x.label}: ${missSentence(x, r)}`),
    ),
    ...section(
      'Errors during the run',
      r.errors.map((e) => e.split('\n')[0]),
    ),
    END,
  ];
  return lines.join('\n');
}
