/**
 * `npm run search:eval`: the search engines compared by measurement (BENCHMARKS.md, "Search").
 *
 *   npm run search:eval -- recall --engine=pagefind [--build=build]     the query set (test/search/queries.json)
 *       through the built site's navbar search in Chromium, every locale the build has: recall@3, bytes per query
 *   npm run search:eval -- cost --engine=pagefind --index-only=<build dir> --ops=5000
 *       only the Pagefind step over an existing build's HTML (scripts/search-eval/index-only.ts), sampled the same way
 *   npm run search:eval -- cost --engine=pagefind [--site=<dir>] [--ops=5000] [--locales=en]
 *       a measured `npm run build` of a site copy (default: a fresh copy of this checkout): wall time, peak RSS
 *       of the process tree, the `postBuild()` phase where the index is built, the index's files
 *
 * `--engine` only names the entry: the engine is whatever the build (or site copy) has. The old engine's figures
 * come from a copy of the site before the change (its `@easyops-cn/docusaurus-search-local` config). Results are
 * merged into bench/results/search.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { freePort, machine } from '../bench/lib/util';
import { launch } from '../test/support/chromium';
import { copySite } from '../test/support/site-copy';
import {
  countBytes,
  localeRoot,
  readQuerySet,
  recallOf,
  runLocale,
  type QueryOutcome,
} from '../test/search/run-queries';
import { measureCost, measureIndexOnly } from './search-eval/cost';
import { summarize } from './search-eval/summary';

const root = path.resolve(__dirname, '..');
const RESULTS = path.join(root, 'bench/results/search.json');

function merge(engine: string, key: string, value: unknown): void {
  const all = fs.existsSync(RESULTS) ? (JSON.parse(fs.readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
  const engines = (all.engines ?? {}) as Record<string, Record<string, unknown>>;
  engines[engine] = { ...engines[engine], [key]: value };
  const out = { ...all, engines, machine: machine(), updated: new Date().toISOString() };
  fs.writeFileSync(RESULTS, `${JSON.stringify(out, null, 2)}\n`);
}

async function serve(dir: string): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const server = spawn(
    path.join(root, 'node_modules/.bin/docusaurus'),
    ['serve', '--dir', dir, '--host', '127.0.0.1', '--port', String(port), '--no-open'],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i += 1) {
    if (
      await fetch(`${base}/`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      break;
    await new Promise((r) => setTimeout(r, 250));
  }
  return { base, stop: () => process.kill(-server.pid!) };
}

async function recall(engine: string, buildDir: string): Promise<void> {
  const set = readQuerySet();
  const locales = Object.keys(set).filter((l) => fs.existsSync(path.join(buildDir, localeRoot(l), 'docs')));
  const server = await serve(buildDir);
  const browser = await launch();
  const outcomes: QueryOutcome[] = [];
  try {
    for (const locale of locales) {
      // A fresh context per locale: an empty cache, so the first query pays for loading the index.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const bytes = countBytes(page);
      await page.goto(`${server.base}${localeRoot(locale)}/docs/getting-started`, { waitUntil: 'networkidle' });
      const done = await runLocale(page, locale, set[locale], bytes);
      outcomes.push(...done);
      console.log(`${locale}: recall@3 ${(recallOf(done) * 100).toFixed(1)} % of ${done.length}`);
      for (const o of done.filter((d) => d.rank === null))
        console.log(`   miss [${o.kind}] ${o.query} → ${o.top.join(', ') || '(nothing)'}`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  merge(engine, 'recall', summarize(outcomes));
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      engine: { type: 'string' },
      build: { type: 'string', default: 'build' },
      site: { type: 'string' },
      ops: { type: 'string', default: 'project' },
      locales: { type: 'string', default: 'en' },
      'index-only': { type: 'string' },
    },
  });
  const [command] = positionals;
  if (!values.engine || (command !== 'recall' && command !== 'cost')) {
    console.error('usage: search-eval recall|cost --engine=<name> [--build=dir] [--site=dir --ops=N --locales=a,b]');
    process.exit(2);
  }
  if (command === 'recall') return recall(values.engine, path.resolve(values.build));
  if (values['index-only']) {
    const only = await measureIndexOnly(path.resolve(values['index-only']));
    console.log(JSON.stringify(only));
    return merge(values.engine, `index-only-${values.ops}`, { ...only, build: values['index-only'] });
  }
  const site = values.site ? path.resolve(values.site) : copySite();
  const ops = values.ops === 'project' ? 'project' : Number(values.ops);
  console.log(`cost: building ${site} (${ops} operations, ${values.locales})`);
  const cost = await measureCost(site, ops, values.locales);
  console.log(JSON.stringify(cost));
  if (cost.code !== 0) throw new Error(`the build failed (exit ${cost.code}): see ${site}/search-cost-${ops}.log`);
  merge(values.engine, `cost-${ops}-${values.locales.split(',').length === 1 ? values.locales : 'all'}`, cost);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
