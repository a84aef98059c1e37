/**
 * The shape of a bench run's results: what bench/results/latest.json holds, key for key and in the same
 * key order, and what the report (BENCHMARKS.md block, chart, targets) reads.
 */
import type { Locale } from '../../src/i18n/locales';

/** The three groups of phases a run can be limited to with --phases. */
export const PHASES = ['build', 'browser', 'scale', 'github'] as const;
export type Phase = (typeof PHASES)[number];

/** A progress line of a build ([INFO], [SUCCESS], gen's summary) with its seconds since the start. */
export interface Marker {
  t: number;
  line: string;
}

/** [seconds since start, MB] every ~5 s. */
export type RssTimeline = Array<[number, number]>;

/** 1-minute load average when a command started and ended. */
export type LoadAvg = [number, number];

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryMB: number;
  node: string;
  platform: string;
  loadavgAtStart: Array<number | null>;
  commit: string | null;
  docusaurus: string | null;
  rspack: string | null;
  chromium: string | null;
}

/** How much a run measures: the full or quick sizes, or other scale sizes given with --scale-ops. */
export interface RunConfig {
  locales: Locale[];
  scaleOps: number[];
  loads: number;
  coldLoads: number;
  warmSends: number;
}

export interface Config extends RunConfig {
  phases: Phase[];
}

/** Peak RSS (MB) during `npm run gen` and during `docusaurus build` (5-s timeline). */
export interface GenPeaks {
  genPeakRssMB: number | null;
  docusaurusPeakRssMB: number | null;
}

/** The real site (`npm run build`) against the plain baseline (`docusaurus build`), all locales asked for. */
export interface BuildResult extends GenPeaks {
  locales: Locale[];
  siteWallMs: number;
  sitePerPageMs: number | null;
  siteGenMs: number | null;
  siteDocusaurusMs: number | null;
  siteCpuSec: number;
  siteLoadAvg: LoadAvg;
  siteLocaleSeconds: Record<string, number>;
  plainLocaleSeconds: Record<string, number>;
  siteMarkers: Marker[];
  siteRssTimeline: RssTimeline;
  peakRssMB: number;
  pages: number;
  pagesPerLocale: number;
  docsPerLocale: number;
  plainWallMs: number;
  plainPerPageMs: number | null;
  plainCpuSec: number;
  plainLoadAvg: LoadAvg;
  plainRssTimeline: RssTimeline;
  plainPeakRssMB: number;
  plainPages: number;
  perPageRatio: number | null;
  cpuPerPageRatio: number | null;
  siteFailure: string | null;
  plainFailure: string | null;
}

/** One script a page executed. */
export interface ScriptWeight {
  url: string;
  gzipBytes: number;
  rawBytes: number;
  playground: boolean;
}

export interface PageWeightResult {
  apiPageJsGzipBytes: number;
  guidePageJsGzipBytes: number;
  ratio: number | null;
  apiPageRequests: number;
  guidePageRequests: number;
  playgroundCostBytes: number;
  apiPageJsRequests: number;
  guidePageJsRequests: number;
  apiPageJsRawBytes: number;
  guidePageJsRawBytes: number;
  apiPagePlaygroundChunkGzipBytes: number;
  guidePagePlaygroundChunkGzipBytes: number;
  plainGuidePageJsGzipBytes: number | null;
  plainGuidePageRequests: number | null;
  apiVsPlainRatio: number | null;
  apiPageOtherRequests: number;
  guidePageOtherRequests: number;
  apiPagePrefetchJsGzipBytes: number;
  guidePagePrefetchJsGzipBytes: number;
  apiPageAllGzipBytes: number;
  guidePageAllGzipBytes: number;
  apiPageScripts: ScriptWeight[];
  guidePageScripts: ScriptWeight[];
  plainGuidePageScripts: ScriptWeight[] | null;
}

export type PlaygroundMode = 'reader' | 'cold';

/** One fresh load of the playground page (lib/browser.ts playgroundRun). */
export interface PlaygroundRun {
  readyMs: number;
  sendSeenMs: number | null;
  sendEnabledMs: number | null;
  sendHydratedMs: number | null;
  /** Send → response of the load's first send. */
  firstSendMs: number;
  /** Hover on the playground → msw's worker controls the page (null on a cold run, which does not wait). */
  mockStartMs: number | null;
  warmSendMs: number[];
  status: string;
}

/** A load as recorded in the results (times rounded). */
export interface PlaygroundRunRecord extends PlaygroundRun {
  mode: PlaygroundMode;
}

export interface PlaygroundResult {
  loads: number;
  readyMsMedian: number | null;
  mockResponseMsMedian: number | null;
  mockResponseWarmMsMedian: number | null;
  mockStartMsMedian: number | null;
  coldLoads: number;
  mockResponseColdMsMedian: number | null;
  sendSeenMsMedian: number | null;
  sendEnabledMsMedian: number | null;
  sendHydratedMsMedian: number | null;
  sendEnabledBeforeHydration: boolean;
  runs: PlaygroundRunRecord[];
}

/** The numbers of one measured build, as the scale phase records them. */
export interface BuildNumbers extends GenPeaks {
  wallMs: number;
  pages: number;
  perPageMs: number | null;
  peakRssMB: number;
  cpuSec: number;
  loadAvg: LoadAvg;
  genMs: number | null;
  markers: Marker[];
  rssTimeline: RssTimeline;
}

/** One English-only build at a spec size: the real spec, a synthetic one, or the plain baseline. */
export interface ScalePoint extends BuildNumbers {
  ops: number;
  spec: string;
  /** Pages under build/docs (what a plain baseline of the same size gets as markdown docs). */
  docsPages?: number;
  failure?: string;
  tail?: string;
}

/** The synthetic builds are keyed `ops<N>` (e.g. `ops500`, `ops5000`). */
export type ScalePointKey = `ops${number}`;

export type ScaleResult = {
  opsSmall: number;
  opsLarge: number;
} & Partial<Record<ScalePointKey, ScalePoint>> & {
    realSpecEnglish: ScalePoint | null;
    perPageRatio: number | null;
    plainSmall: ScalePoint | null;
    plainLarge: ScalePoint | null;
    plainPerPageRatio: number | null;
  };

/** GitHub's REST API (`@octokit/openapi`) built English-only, next to plain Docusaurus with as many pages. */
export interface GithubResult {
  operations: number;
  site: ScalePoint;
  plain: ScalePoint | null;
  /** ms per page, site ÷ plain. */
  perPageRatio: number | null;
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

/** What the phases measured, before the targets are judged. */
export interface Measured {
  mode: 'full' | 'quick';
  machine: Machine;
  config: Config;
  build: BuildResult | null;
  pageWeight: PageWeightResult | null;
  playground: PlaygroundResult | null;
  scale: ScaleResult | null;
  /** Absent in results written before the phase existed. */
  github?: GithubResult | null;
  errors: string[];
  durationSec: number;
}

/** latest.json. */
export interface Results extends Measured {
  targets: Target[];
}
