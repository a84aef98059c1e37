/**
 * Our layer applied to the server's document: every `*.overlay.yaml` in the overlays folder, in file-name order
 * (the numbered files of the one-time conversion first, then any other file, alphabetically), each with
 * openapi-format's OpenAPI Overlay 1.0 implementation, then the keys put in the spec's order (order.ts). An action
 * whose target matches nothing is an orphan: reported with its file, index and target, never silently dropped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openapiOverlay } from 'openapi-format';
import YAML from 'yaml';
import { isPlainObject, type JsonObject } from '../openapi/json';
import { orderSpec } from './order';

export const OVERLAY_SUFFIX = '.overlay.yaml';

export interface OverlayFile {
  /** The file name, e.g. `50-schemas.overlay.yaml`. */
  file: string;
  document: JsonObject;
}

export interface Orphan {
  file: string;
  /** The action's index in the file's `actions` (0-based, as a YAML editor counts list items). */
  index: number;
  target: string;
  description?: string;
}

export interface OverlayResult {
  document: JsonObject;
  orphans: Orphan[];
  /** Actions applied, over all files. */
  applied: number;
}

/** The overlay files of `dir`, in the order they are applied: by file name. */
export function overlayFileNames(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(OVERLAY_SUFFIX))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function readOverlays(dir: string): OverlayFile[] {
  return overlayFileNames(dir).map((file) => {
    const document: unknown = YAML.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    if (!isPlainObject(document) || typeof document.overlay !== 'string' || !Array.isArray(document.actions))
      throw new Error(`${path.join(dir, file)}: not an Overlay 1.0 document (needs "overlay" and "actions")`);
    if (!/^1\.0\.\d+$/.test(document.overlay))
      throw new Error(`${path.join(dir, file)}: overlay ${document.overlay}; this pipeline applies Overlay 1.0.x`);
    return { file, document };
  });
}

/** Pretty console errors from openapi-format (an invalid action) become thrown errors naming the file. */
async function applyOne(document: JsonObject, overlay: OverlayFile) {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    const result = await openapiOverlay(document as never, { overlaySet: overlay.document as never });
    if (errors.length > 0) throw new Error(`${overlay.file}: ${errors.join('; ')}`);
    return result;
  } finally {
    console.error = original;
  }
}

/** `upstream` (left as it is) with every overlay applied in order; orphans listed, not fatal. */
export async function applyOverlays(upstream: JsonObject, overlays: OverlayFile[]): Promise<OverlayResult> {
  let document = structuredClone(upstream);
  const orphans: Orphan[] = [];
  let applied = 0;
  for (const overlay of overlays) {
    const actions = overlay.document.actions as JsonObject[];
    const result = await applyOne(document, overlay);
    document = result.data as JsonObject;
    const unused = new Set(result.resultData.unusedActions as unknown[]);
    actions.forEach((action, index) => {
      if (!unused.has(action)) applied++;
      else
        orphans.push({
          file: overlay.file,
          index,
          target: String(action.target),
          ...(typeof action.description === 'string' ? { description: action.description } : {}),
        });
    });
  }
  return { document: orderSpec(document), orphans, applied };
}

/** One line per orphan: `50-schemas.overlay.yaml action #12: $.paths['/x'].get… matches nothing`. */
export function formatOrphan(orphan: Orphan): string {
  const why = orphan.description ? ` (${orphan.description})` : '';
  return `${orphan.file} action #${orphan.index}: ${orphan.target} matches nothing${why}`;
}
