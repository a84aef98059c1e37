/** The query outcomes of one engine → the figures of bench/results/search.json (per locale and per kind). */
import { recallOf, type QueryOutcome } from '../../test/search/run-queries';

const median = (xs: number[]) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (x: number) => Math.round(x * 1000) / 10;

export function summarize(outcomes: QueryOutcome[]) {
  const locales = [...new Set(outcomes.map((o) => o.locale))];
  const kinds = [...new Set(outcomes.map((o) => o.kind))];
  const perLocale = Object.fromEntries(
    locales.map((l) => {
      const of = outcomes.filter((o) => o.locale === l);
      const [first, ...later] = of;
      return [
        l,
        {
          queries: of.length,
          recallAt3: pct(recallOf(of)),
          misses: of.filter((o) => o.rank === null).map((o) => ({ query: o.query, kind: o.kind, top: o.top })),
          // The first query of a fresh page loads the index's entry files (or, for lunr, the whole index).
          firstQueryIndexBytes: first?.indexBytes ?? 0,
          laterQueryIndexBytesMedian: median(later.map((o) => o.indexBytes)),
          laterQueryIndexBytesMax: Math.max(0, ...later.map((o) => o.indexBytes)),
          queryMsMedian: median(of.map((o) => o.ms)),
        },
      ];
    }),
  );
  const perKind = Object.fromEntries(
    kinds.map((k) => {
      const of = outcomes.filter((o) => o.kind === k);
      return [k, { queries: of.length, recallAt3: pct(recallOf(of)) }];
    }),
  );
  return { queries: outcomes.length, recallAt3: pct(recallOf(outcomes)), perLocale, perKind, outcomes };
}
