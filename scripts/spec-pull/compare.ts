/**
 * `spec:pull`'s comparison: the pulled document against the last pulled one, our overlays applied to it, and the
 * report of what changed and what needs our text (src/spec-refresh), printed for the user.
 */
import fs from 'node:fs';
import YAML from 'yaml';
import { isPlainObject, type JsonObject } from '../../src/openapi/json';
import { diffSpecs, formatDiff, isEmptyDiff, operationEntries } from '../../src/spec-refresh/diff';
import { pullReport } from '../../src/spec-refresh/report';
import { applyOverlays, formatOrphan, readOverlays } from '../../src/overlay/apply';
import { SPEC_HEADER } from '../../src/overlay/generate';
import { toYaml } from '../../src/overlay/write-yaml';
import { at } from '../../src/spec-refresh/json-read';
import { PullError } from './document';
import { label, type PullFiles } from './files';

export interface Comparison {
  /** The document pulled last time (upstream/), if there is one. */
  previous?: JsonObject;
  /** The spec as it is now, as text ('' when there is none). */
  currentText: string;
  /** The spec the pulled document makes with our overlays, as text. */
  text: string;
  overlayFiles: number;
  applied: number;
  orphans: Awaited<ReturnType<typeof applyOverlays>>['orphans'];
  report: ReturnType<typeof pullReport>;
}

function readJson(file: string): JsonObject | undefined {
  if (!fs.existsSync(file)) return undefined;
  const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  return isPlainObject(value) ? value : undefined;
}

/** Applies the overlays to the pulled document and compares it with the last pulled one and the current spec. */
export async function compare(next: JsonObject, files: PullFiles): Promise<Comparison> {
  const previous = readJson(files.upstreamFile);
  const currentText = fs.existsSync(files.out) ? fs.readFileSync(files.out, 'utf8') : '';
  const current: unknown = currentText ? YAML.parse(currentText) : undefined;
  let overlays;
  try {
    overlays = readOverlays(files.overlayDir);
  } catch (error) {
    throw new PullError((error as Error).message);
  }
  const result = await applyOverlays(next, overlays);
  return {
    previous,
    currentText,
    text: toYaml(result.document, SPEC_HEADER),
    overlayFiles: overlays.length,
    applied: result.applied,
    orphans: result.orphans,
    report: pullReport(previous, next, isPlainObject(current) ? current : undefined, result.document),
  };
}

/** Whether the pulled document changes no operation of the last pulled one (only prose or top-level fields). */
export function onlyProseChanged(next: JsonObject, comparison: Comparison): boolean {
  return comparison.previous !== undefined && isEmptyDiff(diffSpecs(comparison.previous, next));
}

/** The comparison as the user reads it: the document, what changed, the overlays, the version, what needs our text. */
export function printComparison(next: JsonObject, comparison: Comparison, files: PullFiles): void {
  const { previous, report, orphans } = comparison;
  const title = [at(next, 'info', 'title'), at(next, 'info', 'version')].filter(Boolean).join(' ');
  console.log(
    `Upstream: ${title || '(untitled)'}, OpenAPI ${String(next.openapi)}, ${operationEntries(next).size} operations`,
  );
  if (previous) {
    console.log(`Compared with ${label(files.upstreamFile)} (${operationEntries(previous).size} operations):`);
    for (const line of formatDiff(diffSpecs(previous, next))) console.log(line);
  } else console.log(`No ${label(files.upstreamFile)} yet: every operation is new.`);
  console.log(
    `\nOverlays: ${comparison.overlayFiles} files, ${comparison.applied} actions applied, ${orphans.length} orphans.`,
  );
  if (report.version.before !== report.version.after)
    console.log(`\nVersion: ${report.version.before ?? '(none)'} → ${report.version.after}`);
  if (report.needsDescription.length > 0 || report.newTags.length > 0) {
    console.log('\nNeeds our own description (shown without one until then; add it in an overlay):');
    for (const op of report.needsDescription)
      console.log(`  ${op.key}${op.operationId ? `  (${op.operationId})` : ''}: ${op.what.join(', ')}`);
    for (const tag of report.newTags) console.log(`  tag ${tag}: description`);
  }
  if (orphans.length > 0) {
    console.log('\nOrphans: overlay actions whose target matches nothing in this document (fix or delete them):');
    for (const orphan of orphans) console.log(`  ${formatOrphan(orphan)}`);
  }
  console.log('');
}
