import { describe, expect, it } from 'vitest';
import { phasePeaks } from '../bench/lib/build-phases';
import type { RssTimeline } from '../bench/lib/types';

const timeline: RssTimeline = [
  [0, 90],
  [10, 1400],
  [30, 1100],
  [40, 3200],
  [60, 3900],
  [75, 900],
  [100, 1600],
  [200, 1650],
  [230, 1500],
  [250, 1200],
];

describe('phasePeaks', () => {
  it('cuts a build in steps into gen, bundling, rendering and post-build, each with its own peak', () => {
    const markers = [
      { t: 31, line: 'Generated 5000 operations × 1 locales from spec-5000.yaml in 30082 ms' },
      { t: 33, line: '[INFO] [en] Creating an optimized production build...' },
      { t: 72, line: '[INFO] [en] Creating an optimized production build...' },
      { t: 252, line: '[INFO] Search index (Pagefind): 5203 pages of en in 26.5 s' },
      { t: 253, line: '[SUCCESS] Generated static files in "build".' },
    ];
    expect(phasePeaks(markers, timeline)).toEqual([
      { phase: 'gen', fromS: 0, toS: 31, peakRssMB: 1400 },
      { phase: 'bundling', fromS: 33, toS: 72, peakRssMB: 3900 },
      { phase: 'rendering', fromS: 72, toS: 225.5, peakRssMB: 1650 },
      { phase: 'post-build', fromS: 225.5, toS: 253, peakRssMB: 1500 },
    ]);
  });

  it('keeps bundling and rendering together for a one-process build, and works without gen (plain Docusaurus)', () => {
    const markers = [
      { t: 1, line: '[INFO] [en] Creating an optimized production build...' },
      { t: 240, line: '[INFO] Search index (Pagefind): 5206 pages of en in 20 s' },
      { t: 241, line: '[SUCCESS] Generated static files in "build".' },
    ];
    expect(phasePeaks(markers, timeline).map((p) => [p.phase, p.peakRssMB])).toEqual([
      ['bundling + rendering', 3900],
      ['post-build', 1500],
    ]);
  });

  it('has nothing to say of a build that never started docusaurus', () => {
    expect(phasePeaks([{ t: 5, line: 'Invalid OpenAPI document' }], timeline)).toEqual([]);
  });
});
