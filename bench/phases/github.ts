/**
 * Phase 5, a real large document: GitHub's REST API (npm `@octokit/openapi`, about 1,200 operations) built
 * English-only, next to plain Docusaurus with as many markdown docs: wall, CPU, peak RSS and cost per page.
 */
import fs from 'node:fs';
import type { BenchContext } from '../lib/context';
import { log } from '../lib/log';
import { root } from '../lib/sites';
import { round } from '../lib/stats';
import type { GithubResult } from '../lib/types';
import { plainPoint, sitePoint } from './scale';
import { isHttpMethod } from '../../src/openapi/methods';

export const GITHUB_SPEC = `${root}/node_modules/@octokit/openapi/generated/api.github.com.json`;

export async function githubPhase(ctx: BenchContext): Promise<GithubResult> {
  const document = JSON.parse(fs.readFileSync(GITHUB_SPEC, 'utf8')) as { paths: Record<string, object> };
  const operations = Object.values(document.paths).reduce(
    (n, item) => n + Object.keys(item).filter(isHttpMethod).length,
    0,
  );
  log(`phase 5/5 github: ${operations} operations`);
  const site = await sitePoint(ctx, { ops: operations, spec: GITHUB_SPEC, label: 'GitHub REST API' });
  const plain = await plainPoint(ctx, site);
  const perPageRatio = site.perPageMs && plain?.perPageMs ? round(site.perPageMs / plain.perPageMs, 2) : null;
  log(`  → GitHub: ${site.perPageMs} ms/page, plain ${plain?.perPageMs ?? '—'} ms/page, ratio ${perPageRatio ?? '—'}`);
  return { operations, site, plain, perPageRatio };
}
