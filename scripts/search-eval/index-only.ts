/**
 * `tsx scripts/search-eval/index-only.ts <build dir>`: the site's Pagefind step (src/plugins/pagefind.ts) alone,
 * over an already built site's HTML (English at the root): the index's cost without the rest of the build.
 * Run by `search-eval cost --index-only=<dir>` under the /proc sampler.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import pagefindPlugin from '../../src/plugins/pagefind';

function routesOf(dir: string, root = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return routesOf(p, root);
    return e.name.endsWith('.html') ? [`/${path.relative(root, p).replace(/\.html$/, '')}`] : [];
  });
}

const outDir = path.resolve(process.argv[2]);
const context = { siteDir: process.cwd(), baseUrl: '/', i18n: { currentLocale: 'en' } } as unknown as LoadContext;
const plugin = pagefindPlugin(context) as Required<Pick<Plugin, 'postBuild'>>;
const started = performance.now();
void Promise.resolve(
  plugin.postBuild({ outDir, routesPaths: routesOf(path.join(outDir, 'docs'), outDir) } as never),
).then(() => console.log(`[INFO] index-only: ${((performance.now() - started) / 1000).toFixed(1)} s`));
