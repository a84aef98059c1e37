/**
 * Phase 4, scaling: English-only builds of synthetic specs at two sizes (and, in a full run, of the real
 * spec), each against the plain baseline with as many markdown docs: how build time and memory grow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildNumbers, describe, failedSuffix, genMsOf, measuredBuild, type MeasuredBuild } from '../lib/builds';
import type { BenchContext } from '../lib/context';
import { log } from '../lib/log';
import { countHtml, plainSite, realSiteCopy, root } from '../lib/sites';
import { round } from '../lib/stats';
import { syntheticSpec } from '../lib/synthetic-spec';
import type { ScalePoint, ScalePointKey, ScaleResult } from '../lib/types';
import { DEFAULT_SPEC } from '../../src/site-layout';

export interface ScaleBuild {
  ops: number;
  /** The spec file (absolute). */
  spec: string;
  label: string;
}

/** An English-only build of a scale size in `dir`, with the scale builds' generous limits. */
function scaleBuild(
  ctx: BenchContext,
  dir: string,
  build: { kind: 'site' | 'plain'; spec?: string; logName: string; label: string },
): Promise<MeasuredBuild> {
  return measuredBuild(ctx, dir, { ...build, locales: ['en'], timeoutMs: 150 * 60_000, progressEveryMs: 60_000 });
}

/** The failure of a point, and its log's last lines to tell why. */
function failed({ failure, run }: MeasuredBuild): Pick<ScalePoint, 'failure' | 'tail'> {
  return failure ? { failure, tail: run.tail } : {};
}

/** The synthetic specs of the run's sizes, written to bench/tmp, and in a full run the real spec first. */
function scaleBuilds(ctx: BenchContext): ScaleBuild[] {
  const builds: ScaleBuild[] = [];
  if (!ctx.options.quick) builds.push({ ops: 137, spec: path.join(root, DEFAULT_SPEC), label: 'real spec' });
  for (const ops of ctx.config.scaleOps) {
    const file = path.join(ctx.paths.tmp, `spec-${ops}.yaml`);
    fs.writeFileSync(file, syntheticSpec(ops));
    log(
      `phase 4/5 scale: wrote ${path.relative(root, file)} (${ops} operations, ${Math.round(fs.statSync(file).size / 1024)} KB)`,
    );
    builds.push({ ops, spec: file, label: `${ops} ops` });
  }
  return builds;
}

export async function sitePoint(ctx: BenchContext, b: ScaleBuild): Promise<ScalePoint> {
  const dir = ctx.resources.temp(realSiteCopy());
  const build = await scaleBuild(ctx, dir, {
    kind: 'site',
    spec: b.spec,
    logName: `build-scale-${b.ops}.log`,
    label: `${b.label} build`,
  });
  const point: ScalePoint = {
    ops: b.ops,
    spec: path.relative(root, b.spec),
    ...buildNumbers(build.run, build.pages, genMsOf(build.run)),
    docsPages: countHtml(path.join(dir, 'build/docs')),
    ...failed(build),
  };
  log(
    `  ${b.label}: ${describe(build.run)}, ${build.pages} pages, ${point.perPageMs ?? '—'} ms/page${failedSuffix(build.failure)}`,
  );
  ctx.resources.dropTemp(dir);
  return point;
}

/** The floor at a size: plain Docusaurus, same config, as many markdown docs, English only. */
export async function plainPoint(ctx: BenchContext, point: ScalePoint | undefined): Promise<ScalePoint | null> {
  if (!point?.docsPages) return null;
  const dir = ctx.resources.temp(plainSite(point.docsPages, ['en']));
  const build = await scaleBuild(ctx, dir, {
    kind: 'plain',
    logName: `build-scale-plain-${point.ops}.log`,
    label: `plain ${point.ops}-operation-size build`,
  });
  log(
    `  plain ${point.docsPages} docs (as many as ${point.ops} operations): ${describe(build.run)}, ${build.pages} pages${failedSuffix(build.failure)}`,
  );
  ctx.resources.dropTemp(dir);
  return {
    ops: point.ops,
    spec: '(plain markdown)',
    ...buildNumbers(build.run, build.pages, null),
    ...failed(build),
  };
}

export interface ScaleOptions {
  /** The build phase's point in a quick run (a full run builds the real spec here). */
  realSpecEnglish: ScalePoint | undefined;
}

export async function scalePhase(ctx: BenchContext, o: ScaleOptions): Promise<ScaleResult> {
  const points: ScalePoint[] = [];
  let realEn = o.realSpecEnglish;
  for (const b of scaleBuilds(ctx)) {
    const point = await sitePoint(ctx, b);
    if (b.label === 'real spec') realEn = point;
    else points.push(point);
  }
  const [small, large] = points;
  const plainSmall = await plainPoint(ctx, small);
  const plainLarge = await plainPoint(ctx, large);
  const scale: ScaleResult = {
    opsSmall: small.ops,
    opsLarge: large.ops,
    ...(Object.fromEntries(points.map((p) => [`ops${p.ops}`, p])) as Record<ScalePointKey, ScalePoint>),
    realSpecEnglish: realEn ?? null,
    perPageRatio:
      small.perPageMs && large.perPageMs && !large.failure ? round(large.perPageMs / small.perPageMs, 2) : null,
    plainSmall,
    plainLarge,
    // Plain Docusaurus' own per-page growth between the two sizes: how much of the site's is Docusaurus'.
    plainPerPageRatio:
      plainSmall?.perPageMs && plainLarge?.perPageMs ? round(plainLarge.perPageMs / plainSmall.perPageMs, 2) : null,
  };
  log(
    `  → per page ${small.ops}: ${small.perPageMs} ms, ${large.ops}: ${large.perPageMs} ms, ratio ${scale.perPageRatio}`,
  );
  return scale;
}
