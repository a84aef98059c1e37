/**
 * The shape of a bench run's results: what bench/results/latest.json holds, key for key and in the same
 * key order, and what the report (BENCHMARKS.md block, chart, targets) reads.
 */
import type { Locale } from '../../src/i18n/locales';

/** The groups of phases a run can be limited to with --phases. */
export const PHASES = ['build', 'browser', 'slow-network', 'lighthouse', 'scale', 'github'] as const;
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
  /** Fresh loads of each page under each throttled profile (slow-network phase). */
  throttledLoads: number;
  /** Lighthouse runs of each page (medians reported). */
  lighthouseRuns: number;
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

/** A throttled profile: CDP network emulation and CPU slowdown. */
export interface ThrottleProfile {
  name: 'slow' | 'fast';
  downKbps: number;
  upKbps: number;
  rttMs: number;
  cpuSlowdown: number;
}

/** A layout shift the page observed: when (ms since navigation), its score, and what moved. */
export interface LayoutShift {
  t: number;
  value: number;
  sources: string[];
}

/** One throttled fresh load (lib/throttled.ts). */
export interface ThrottledLoad {
  /** Bytes over the wire (encoded bodies + headers) until the page settled, and by the load event. */
  bytes: number;
  bytesAtLoad: number;
  requests: number;
  fcpMs: number | null;
  lcpMs: number | null;
  /** React has hydrated the page (its navbar's props attached). */
  hydratedMs: number | null;
  /** Long tasks' time past 50 ms, from first paint until the page settled (2 s after network idle). */
  tbtMs: number;
  longTasks: number;
  cls: number;
  shifts: LayoutShift[];
  /** The playground's Send (null on a page without one): in the HTML; takes a click (enabled, and hydrated or
   * armed by the early-send script); enabled and hydrated by React. */
  sendSeenMs: number | null;
  sendUsableMs: number | null;
  sendHydratedMs: number | null;
  /** Send pressed the moment it takes a click: navigation → the mock's answer shown, and click → answer. */
  firstResponseMs: number | null;
  clickToResponseMs: number | null;
}

/** The figures of a page's loads: median, and the spread (min, max). */
export type ThrottledFigures = Record<
  'bytes' | 'fcpMs' | 'lcpMs' | 'hydratedMs' | 'tbtMs' | 'cls' | 'sendUsableMs' | 'sendHydratedMs' | 'firstResponseMs',
  { median: number | null; min: number | null; max: number | null }
>;

/** The pages measured; `before*` are the same pages of another build given with --compare-site (development). */
export type BenchPage = 'operation' | 'guide' | 'plainGuide' | 'beforeOperation' | 'beforeGuide';

export interface ThrottledPage {
  page: BenchPage;
  path: string;
  figures: ThrottledFigures;
  loads: ThrottledLoad[];
}

export interface SlowNetworkResult {
  /** How the build was served (encodings, cache headers). */
  served: string;
  profiles: Array<{ profile: ThrottleProfile; pages: ThrottledPage[] }>;
}

/** The figures of one Lighthouse run (mobile profile, simulated throttling). */
export interface LighthouseRun {
  performance: number | null;
  accessibility: number | null;
  fcpMs: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  speedIndexMs: number | null;
  /** Main-thread time by category (mainthread-work-breakdown), ms, largest first. */
  mainThread: Array<[string, number]>;
  /** Script execution + parse per script (bootup-time), ms, largest first. */
  bootup: Array<[string, number]>;
}

export interface LighthousePage {
  page: BenchPage;
  path: string;
  /** Medians over the runs (scores ×100). */
  median: Omit<LighthouseRun, 'mainThread' | 'bootup'>;
  runs: LighthouseRun[];
}

export interface LighthouseResult {
  version: string;
  formFactor: string;
  pages: LighthousePage[];
  /** Plain Docusaurus guide's performance score − the operation page's (median scores). */
  performanceGap: number | null;
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
  /** Absent in results written before these phases existed. */
  slowNetwork?: SlowNetworkResult | null;
  lighthouse?: LighthouseResult | null;
  errors: string[];
  durationSec: number;
}

/** latest.json. */
export interface Results extends Measured {
  targets: Target[];
}
