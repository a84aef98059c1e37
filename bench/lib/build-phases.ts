/**
 * Where a measured build's memory peaks: its RSS timeline cut into phases by the lines the build prints (the
 * markers proc.ts keeps). `npm run gen` ends at its summary line; each `docusaurus build` process starts with
 * "Creating an optimized production build" (two per locale when the build runs in steps: bundling, then pages);
 * the search index's line ends the post-build phase and gives its duration, so rendering ends where it started.
 */
import type { Marker, RssTimeline } from './types';

export type BuildPhase = 'gen' | 'bundling' | 'bundling + rendering' | 'rendering' | 'post-build';

export interface PhasePeak {
  phase: BuildPhase;
  fromS: number;
  toS: number;
  /** Highest RSS sample of the timeline inside the phase (MB), or null when none fell in it. */
  peakRssMB: number | null;
}

const GEN_END = /Generated \d+ operations/;
const LOCALE_START = /Creating an optimized production build/;
const INDEX_END = /Search index \([^)]*\): .* in ([\d.]+) s/;
const DONE = /\[SUCCESS\] Generated static files/;

/** The phases of an English-only build (one locale), with the peak RSS of each on the timeline. */
export function phasePeaks(markers: Marker[], timeline: RssTimeline): PhasePeak[] {
  const at = (re: RegExp) => markers.filter((m) => re.test(m.line));
  const starts = at(LOCALE_START).map((m) => m.t);
  if (starts.length === 0) return [];
  const end = at(DONE).at(-1)?.t ?? timeline.at(-1)?.[0] ?? starts[0];
  const index = at(INDEX_END).at(-1);
  const indexFrom = index ? Math.max(starts.at(-1)!, index.t - Number(INDEX_END.exec(index.line)![1])) : end;
  const cuts: Array<[BuildPhase, number, number]> = [];
  const genEnd = at(GEN_END)[0]?.t;
  if (genEnd !== undefined) cuts.push(['gen', 0, genEnd]);
  if (starts.length >= 2) cuts.push(['bundling', starts[0], starts[1]], ['rendering', starts[1], indexFrom]);
  else cuts.push(['bundling + rendering', starts[0], indexFrom]);
  if (index) cuts.push(['post-build', indexFrom, end]);
  return cuts.map(([phase, fromS, toS]) => {
    const inside = timeline.filter(([t]) => t >= fromS && t <= toS).map(([, mb]) => mb);
    return { phase, fromS, toS, peakRssMB: inside.length ? Math.max(...inside) : null };
  });
}
