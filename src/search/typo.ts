/**
 * Spelling mistakes in Latin scripts (Pagefind matches words and their prefixes, nothing close): the build writes
 * each locale's vocabulary, every Latin word of its indexed pages (summaries, descriptions, paths, operation ids,
 * field and parameter names), most frequent first (src/plugins/pagefind-html.ts). The search box loads it when it
 * opens, and a query word the index does not hold becomes the closest word it holds: 「remvoe」 → remove,
 * 「notifyFrequncy」 → notifyfrequency.
 */

/** A word: a Latin letter, then letters and digits (`notifyFrequency` is one word, `website-add` two). */
const WORD = /\p{Script=Latin}[\p{Script=Latin}\p{N}]{2,}/gu;

/** Counts the words of `text` into `counts` (lower-cased): a page at a time, nothing else kept. */
export function countWords(counts: Map<string, number>, text: string): void {
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
}

/** The counted words, the most frequent first (ties in alphabetical order). */
export function rankWords(counts: Map<string, number>): string[] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/** The words of `texts`, lower-cased, the most frequent first. */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) countWords(counts, text);
  return rankWords(counts);
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment): 「remvoe」 is one edit from 「remove」.
 * Stops early and returns `max + 1` once the distance exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** Edits allowed for a word of this length: none under 4 letters, one up to 7, two from 8. */
export const allowedEdits = (length: number) => (length < 4 ? 0 : length < 8 ? 1 : 2);

export interface Speller {
  /** The closest vocabulary word to `word` (lower case), or undefined when it is known or nothing is close. */
  suggest(word: string): string | undefined;
  /** `query` with each unknown Latin word replaced by its closest known word; `changed` when one was. */
  correct(query: string): { query: string; changed: boolean };
}

/** A speller over `vocabulary` (most frequent first: the first of the closest words wins). */
export function speller(vocabulary: readonly string[]): Speller {
  const known = new Set(vocabulary);
  const sorted = [...vocabulary].sort();
  /** Some known word starts with `w` (the reader is still typing it). */
  const isPrefix = (w: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < w) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo].startsWith(w);
  };
  const suggest = (word: string): string | undefined => {
    const w = word.toLowerCase();
    const max = allowedEdits(w.length);
    if (max === 0 || known.has(w) || isPrefix(w)) return undefined;
    let best: string | undefined;
    let bestD = max + 1;
    for (const v of vocabulary) {
      const d = editDistance(w, v, bestD - 1);
      if (d < bestD) {
        best = v;
        bestD = d;
        if (d === 1) break;
      }
    }
    return best;
  };
  return {
    suggest,
    correct(query) {
      let changed = false;
      const out = query.replace(/[^\s/{}]+/gu, (token) => {
        // Only plain Latin words: a path segment, an id with dashes or a mixed-script word stays as typed.
        if (!/^[\p{Script=Latin}\p{N}]+$/u.test(token)) return token;
        const s = suggest(token);
        if (s === undefined) return token;
        changed = true;
        return s;
      });
      return { query: out, changed };
    },
  };
}
