/**
 * The corpus of real documents (test/corpus/): every one either builds or is refused with a one-line, located
 * reason, never a stack trace, and at least 95% build. A few, chosen for what they exercise, get a full build:
 * GitHub's among them, whose descriptions link to pages of its own site (broken links warn for another spec).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { corpusSpecs, type CorpusSpec } from './corpus/select';
import { runCorpus, runCorpusSpec, type CorpusResult } from './corpus/run';
import { copySite, removeSite } from './support/site-copy';

const specs = corpusSpecs();
const copies = [copySite(), copySite()];
afterAll(() => copies.forEach(removeSite));

describe('the corpus of real OpenAPI documents', () => {
  let results: CorpusResult[] = [];

  it('holds at least 50 documents across vendors, sizes and OpenAPI 3.0 and 3.1, and GitHub as the largest', () => {
    expect(specs.length).toBeGreaterThanOrEqual(51);
    expect(new Set(specs.map((s) => s.name.split('/')[0])).size).toBe(specs.length);
    expect(specs.filter((s) => s.version === '3.1').length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...specs.map((s) => s.bytes))).toBe(specs.at(-1)!.bytes);
    expect(specs.at(-1)!.name).toContain('github');
  });

  it('generates every document, or refuses it with a located reason, never a stack trace', async () => {
    results = await runCorpus(specs, copies);
    const report = results.map((r) => `${r.outcome} ${r.name}${r.reason ? `: ${r.reason}` : ''}`).join('\n');
    expect(
      results.filter((r) => r.stackTrace).map((r) => r.name),
      report,
    ).toEqual([]);
    expect(
      results.filter((r) => r.outcome === 'failed').map((r) => r.name),
      report,
    ).toEqual([]);
    const built = results.filter((r) => r.outcome === 'built');
    expect(built.length / results.length, report).toBeGreaterThanOrEqual(0.95);
    for (const r of built) expect(r.pages, r.name).toBe(r.operations);
  }, 1_800_000);

  // One document of each kind, for what the MDX compiler alone cannot see (routes, links, the search index).
  const fullBuilds = (): CorpusSpec[] => {
    const built = new Set(results.filter((r) => r.outcome === 'built').map((r) => r.name));
    const ok = specs.filter((s) => built.has(s.name) && !s.name.includes('github'));
    const warned = new Set(results.filter((r) => r.warnings > 0).map((r) => r.name));
    return [
      ok.find((s) => s.version === '3.1'),
      ok.find((s) => warned.has(s.name) && s.version === '3.0'),
      [...ok].sort((a, b) => b.bytes - a.bytes)[0],
    ].filter((s): s is CorpusSpec => s !== undefined);
  };

  it('builds a 3.1 document, one with warnings, the largest of the sample and GitHub with docusaurus build', async () => {
    const picks = [...fullBuilds(), specs.at(-1)!];
    expect(picks).toHaveLength(4);
    for (const spec of picks) {
      const result = await runCorpusSpec(copies[0], spec, true);
      expect(result.outcome, `${spec.name}: ${result.reason}`).toBe('built');
      expect(result.stackTrace).toBe(false);
    }
  }, 1_800_000);
});
