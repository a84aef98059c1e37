/** Where `spec:pull` reads and writes: the spec and its neighbours, as in openapi/, and how it names them. */
import path from 'node:path';
import { OVERLAY_DIR, UPSTREAM_SPEC } from '../../src/overlay/layout';
import { DEFAULT_SPEC, HISTORY_FILE } from '../../src/site-layout';

const root = path.resolve(__dirname, '../..');

export interface PullFiles {
  /** The spec written (openapi/tianji.yaml, or --out). */
  out: string;
  /** The pulled document, its facts without its prose (upstream/tianji-openapi.json beside the spec). */
  upstreamFile: string;
  /** Our overlays (overlays/ beside the spec). */
  overlayDir: string;
  /** The API history (history.json beside the spec, or --history). */
  historyFile: string;
}

/** The files for a spec at `out` (or the project's), its neighbours placed as DEFAULT_SPEC's are. */
export function pullFiles(out: string | undefined, history: string | undefined): PullFiles {
  const spec = out ? path.resolve(out) : path.join(root, DEFAULT_SPEC);
  const specDir = path.dirname(spec);
  const beside = (file: string) => path.join(specDir, path.relative(path.dirname(DEFAULT_SPEC), file));
  return {
    out: spec,
    upstreamFile: beside(UPSTREAM_SPEC),
    overlayDir: beside(OVERLAY_DIR),
    historyFile: history ? path.resolve(history) : path.join(specDir, path.basename(HISTORY_FILE)),
  };
}

/** A file as the user names it: relative to the working directory when it is inside it. */
export function label(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
