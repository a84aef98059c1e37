/**
 * `tsx scripts/monitor-overlay.ts`: applies openapi/overlays/monitor-payload.overlay.yaml (OpenAPI Overlay 1.0, the
 * one home of the monitor payload shapes and their prose) to openapi/tianji.yaml and writes the spec back in its
 * format. Run it after editing the overlay; test/monitor-overlay.test.ts fails while the two disagree.
 * `--check` only reports whether the spec is up to date (exit code 1 if not).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openapiOverlay, type OpenAPIOverlayOptions } from 'openapi-format';
import YAML from 'yaml';
import { DEFAULT_SPEC } from '../src/site-layout';
import { headerComment, toYaml } from '../src/spec-refresh/write-yaml';

export const MONITOR_OVERLAY_FILE = 'openapi/overlays/monitor-payload.overlay.yaml';

export interface OverlayOutcome {
  document: Record<string, unknown>;
  /** The targets of actions that found nothing to change. */
  unused: string[];
}

type Overlay = OpenAPIOverlayOptions['overlaySet'];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The schemas the overlay adds to `components.schemas`, taken out of a document that already holds them (the spec
 * after an earlier run): an Overlay 1.0 `update` merges, so lists such as `required` would grow on every run.
 */
function withoutAddedSchemas(document: Record<string, unknown>, overlay: Overlay): void {
  const schemas = isObject(document.components) ? document.components.schemas : undefined;
  if (!isObject(schemas)) return;
  for (const action of overlay.actions) {
    if (action.target === '$.components.schemas' && isObject(action.update)) {
      for (const name of Object.keys(action.update)) delete schemas[name];
    }
  }
}

/** `document` (not changed) with the monitor overlay applied. */
export async function applyMonitorOverlay(document: unknown, overlayText: string): Promise<OverlayOutcome> {
  const overlaySet = YAML.parse(overlayText) as Overlay;
  const copy = structuredClone(document) as Parameters<typeof openapiOverlay>[0];
  withoutAddedSchemas(copy as Record<string, unknown>, overlaySet);
  const { data, resultData } = await openapiOverlay(copy, { overlaySet });
  const unused = (resultData.unusedActions ?? []) as { target?: string }[];
  return { document: data as Record<string, unknown>, unused: unused.map((a) => String(a.target)) };
}

async function main(root: string, check: boolean): Promise<number> {
  const specFile = path.join(root, DEFAULT_SPEC);
  const text = fs.readFileSync(specFile, 'utf8');
  const overlay = fs.readFileSync(path.join(root, MONITOR_OVERLAY_FILE), 'utf8');
  const { document, unused } = await applyMonitorOverlay(YAML.parse(text), overlay);
  if (unused.length > 0) {
    console.error(`Overlay actions that found no target:\n  ${unused.join('\n  ')}`);
    return 1;
  }
  const out = toYaml(document, headerComment(text));
  if (out === text) {
    console.log(`${DEFAULT_SPEC} already holds ${MONITOR_OVERLAY_FILE}.`);
    return 0;
  }
  if (check) {
    console.error(`${DEFAULT_SPEC} differs from ${MONITOR_OVERLAY_FILE} applied: run tsx scripts/monitor-overlay.ts.`);
    return 1;
  }
  fs.writeFileSync(specFile, out);
  console.log(`${DEFAULT_SPEC} updated from ${MONITOR_OVERLAY_FILE}.`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  main(root, process.argv.includes('--check')).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
