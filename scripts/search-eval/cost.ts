/**
 * The search index's build cost: `npm run build` of a site copy (test/support/site-copy.ts), its process tree's
 * RSS sampled with pidusage (bench/lib/proc.ts), with Docusaurus's phase logger on, so the `postBuild()` phase (where
 * either engine builds its index) is timed on its own, and the index's files counted on disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ProcessGroups, runSampled } from '../../bench/lib/proc';
import { syntheticSpec } from '../../bench/lib/synthetic-spec';

export interface CostResult {
  ops: number | 'project';
  locales: string;
  wallS: number;
  peakRssMB: number;
  /** Seconds of Docusaurus's `postBuild()` phase per locale (the index is built there; `llms.txt` too). */
  postBuildS: number[];
  /** Peak tree RSS sampled while a `postBuild()` phase ran (the 5-s timeline's samples in that window). */
  postBuildPeakRssMB: number | null;
  /** The index's files in the build: count and bytes (search-index*.json or pagefind/). */
  indexFiles: number;
  indexBytes: number;
  pages: number;
  loadAvg: [number, number];
  code: number | null;
}

const SECONDS = { ms: 1e-3, seconds: 1, second: 1, s: 1, minutes: 60, min: 60 } as Record<string, number>;

/** `[PERF] postBuild() - 3.21 seconds - …` lines of the log → seconds. */
export function postBuildSeconds(log: string): number[] {
  const out: number[] = [];
  for (const m of log.matchAll(/postBuild\(\) - ([\d.]+) ?(ms|seconds?|s|minutes?|min)\b/g))
    out.push(Math.round(Number(m[1]) * (SECONDS[m[2]] ?? 1) * 100) / 100);
  return out;
}

function walk(dir: string, visit: (file: string) => void): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, visit);
    else visit(p);
  }
}

/** Files of either engine's index in a build folder. */
export function indexFilesOf(buildDir: string): { files: number; bytes: number; pages: number } {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  walk(buildDir, (f) => {
    const rel = path.relative(buildDir, f);
    if (f.endsWith('.html')) pages += 1;
    if (/(^|\/)search-index[^/]*\.json$/.test(rel) || /(^|\/)pagefind\//.test(rel)) {
      files += 1;
      bytes += fs.statSync(f).size;
    }
  });
  return { files, bytes, pages };
}

/** Builds the site copy `dir` (`ops` synthetic operations, or the project's spec) and measures it. */
export async function measureCost(dir: string, ops: number | 'project', locales: string): Promise<CostResult> {
  const env: NodeJS.ProcessEnv = { DOCS_LOCALES: locales, DOCUSAURUS_PERF_LOGGER: 'true' };
  if (ops !== 'project') {
    const spec = path.join(dir, `synthetic-${ops}.yaml`);
    fs.writeFileSync(spec, syntheticSpec(ops));
    env.SPEC = spec;
  }
  const logFile = path.join(dir, `search-cost-${ops}.log`);
  fs.rmSync(logFile, { force: true });
  const groups = new ProcessGroups();
  process.on('exit', () => groups.killAll());
  const r = await runSampled(groups, 'npm', ['run', 'build'], {
    cwd: dir,
    env,
    logFile,
    timeoutMs: 40 * 60_000,
  });
  const log = fs.readFileSync(logFile, 'utf8');
  // The window of each postBuild(): from the line before it ("[SUCCESS] Generated static files" comes after).
  const window = [...log.matchAll(/\[\+([\d.]+)s\][^\n]*postBuild\(\) - ([\d.]+) ?(ms|seconds?)/g)].map((m) => {
    const end = Number(m[1]);
    return [end - Number(m[2]) * (SECONDS[m[3]] ?? 1), end] as const;
  });
  const inWindow = r.rssTimeline.filter(([t]) => window.some(([a, b]) => t >= a - 5 && t <= b + 5)).map(([, mb]) => mb);
  const index = indexFilesOf(path.join(dir, 'build'));
  return {
    ops,
    locales,
    wallS: Math.round(r.wallMs / 100) / 10,
    peakRssMB: r.peakRssMB,
    postBuildS: postBuildSeconds(log),
    postBuildPeakRssMB: inWindow.length ? Math.max(...inWindow) : null,
    indexFiles: index.files,
    indexBytes: index.bytes,
    pages: index.pages,
    loadAvg: r.loadAvg,
    code: r.code,
  };
}

/** Only the Pagefind step, over the HTML of an existing build (`dir`), sampled like a build. */
export async function measureIndexOnly(dir: string): Promise<{
  wallS: number;
  peakRssMB: number;
  pages: number;
  indexFiles: number;
  indexBytes: number;
  loadAvg: [number, number];
  code: number | null;
}> {
  const logFile = path.join(dir, 'search-index-only.log');
  const groups = new ProcessGroups();
  process.on('exit', () => groups.killAll());
  const r = await runSampled(groups, 'npx', ['tsx', path.join(__dirname, 'index-only.ts'), dir], {
    cwd: path.resolve(__dirname, '../..'),
    logFile,
    timeoutMs: 30 * 60_000,
  });
  const index = indexFilesOf(dir);
  return {
    wallS: Math.round(r.wallMs / 100) / 10,
    peakRssMB: r.peakRssMB,
    pages: index.pages,
    indexFiles: index.files,
    indexBytes: index.bytes,
    loadAvg: r.loadAvg,
    code: r.code,
  };
}
