/**
 * Phase scale: English-only builds of synthetic specs at two sizes (and, in a full run, of the real spec), each
 * next to plain Docusaurus with as many markdown docs: how build time and memory grow. Phase github: GitHub's
 * REST API (npm `@octokit/openapi`, about 1,200 operations), a real large document, built the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isHttpMethod } from '../../src/openapi/methods';
import { DEFAULT_SPEC } from '../../src/site-layout';
import type { BenchContext } from '../run';
import { countHtml, realSiteCopy } from '../lib/sites';
import { syntheticSpec } from '../lib/synthetic-spec';
import { log, ratio, root } from '../lib/util';
import { buildNumbers, measuredBuild, plainBuild } from './build';

export const GITHUB_SPEC = `${root}/node_modules/@octokit/openapi/generated/api.github.com.json`;

async function sitePoint(ctx: BenchContext, ops: number, spec: string, label: string) {
  const dir = ctx.temp(realSiteCopy());
  const build = await measuredBuild(ctx, dir, { kind: 'site', locales: ['en'], spec, label, timeoutMin: 150 });
  const point = {
    ops,
    spec: path.relative(root, spec),
    ...buildNumbers(build),
    docsPages: countHtml(path.join(dir, 'build/docs')),
  };
  ctx.dropTemp(dir);
  return point;
}

type SitePoint = Awaited<ReturnType<typeof sitePoint>>;

/** The floor at a size: plain Docusaurus, same config, as many markdown docs, English only. */
async function plainPoint(ctx: BenchContext, point: SitePoint | undefined) {
  if (!point?.docsPages) return null;
  const plain = await plainBuild(ctx, point.docsPages, ['en'], `plain ${point.ops}-operation-size build`);
  ctx.dropTemp(plain.dir);
  return { ops: point.ops, spec: '(plain markdown)', ...buildNumbers(plain, null) };
}

export type ScalePoint = SitePoint | NonNullable<Awaited<ReturnType<typeof plainPoint>>>;

export async function scalePhase(ctx: BenchContext, realSpecEnglish: ScalePoint | undefined) {
  let realEn = realSpecEnglish;
  if (!ctx.options.quick) realEn = await sitePoint(ctx, 137, path.join(root, DEFAULT_SPEC), 'real spec build');
  const points: SitePoint[] = [];
  for (const ops of ctx.config.scaleOps) {
    const file = path.join(ctx.paths.tmp, `spec-${ops}.yaml`);
    fs.writeFileSync(file, syntheticSpec(ops));
    log(`phase scale: ${path.relative(root, file)} (${ops} operations)`);
    points.push(await sitePoint(ctx, ops, file, `${ops} ops build`));
  }
  const [small, large] = points;
  const plainSmall = await plainPoint(ctx, small);
  const plainLarge = await plainPoint(ctx, large);
  const scale = Object.assign(
    {
      opsSmall: small.ops,
      opsLarge: large.ops,
      realSpecEnglish: realEn ?? null,
      perPageRatio: large.failure ? null : ratio(large.perPageMs, small.perPageMs),
      plainSmall,
      plainLarge,
      // Plain Docusaurus' own per-page growth between the two sizes.
      plainPerPageRatio: ratio(plainLarge?.perPageMs, plainSmall?.perPageMs),
    },
    Object.fromEntries(points.map((p) => [`ops${p.ops}`, p])) as Record<`ops${number}`, ScalePoint | undefined>,
  );
  log(
    `  → per page ${small.ops}: ${small.perPageMs} ms, ${large.ops}: ${large.perPageMs} ms, ratio ${scale.perPageRatio}`,
  );
  return scale;
}

export async function githubPhase(ctx: BenchContext) {
  const document = JSON.parse(fs.readFileSync(GITHUB_SPEC, 'utf8')) as { paths: Record<string, object> };
  const operations = Object.values(document.paths).reduce((n, i) => n + Object.keys(i).filter(isHttpMethod).length, 0);
  log(`phase github: ${operations} operations`);
  const site = await sitePoint(ctx, operations, GITHUB_SPEC, 'GitHub REST API build');
  const plain = await plainPoint(ctx, site);
  return { operations, site, plain, perPageRatio: ratio(site.perPageMs, plain?.perPageMs) };
}
