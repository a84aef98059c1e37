/**
 * The operation pages' history facts (./page-facts.ts) as `npm run gen` writes them to .generated/ and the page
 * generator reads them back. Written only when the spec's `info.version` is the newest recorded release: another
 * spec (SPEC=…) or a spec the history has not caught up with gets no history on its pages. Node only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HISTORY_FILE, OPERATION_HISTORY_FILE, PREPARED_SPEC_FILE } from '../site-layout';
import type { OperationData } from '../openapi/types';
import { pageOutline } from './anchors';
import { operationPageHistory, type OperationPageHistory } from './page-facts';
import { decodeHistory, type VersionRecord } from './record';
import { readHistoryFile } from './sources';
import { buildTimeline } from './timeline';

/**
 * The recorded versions, when the spec documents the release the history ends with (the changelog and the pages
 * show history only then), and why not otherwise.
 */
export function historyFor(
  root: string,
  specVersion: string | undefined,
): { records?: VersionRecord[]; note?: string } {
  const file = path.join(root, HISTORY_FILE);
  if (!fs.existsSync(file)) return { note: `no ${HISTORY_FILE}` };
  const records = decodeHistory(readHistoryFile(file));
  const newest = records.at(-1)?.version;
  if (!newest || specVersion !== newest) {
    return { note: `the spec is ${specVersion ?? 'unversioned'}, the history ends at ${newest ?? 'nothing'}` };
  }
  return { records };
}

/** The `info.version` of the spec `npm run gen` prepared. */
export function preparedSpecVersion(root: string): string | undefined {
  const file = path.join(root, PREPARED_SPEC_FILE);
  if (!fs.existsSync(file)) return undefined;
  const { info } = JSON.parse(fs.readFileSync(file, 'utf8')) as { info?: { version?: unknown } };
  return typeof info?.version === 'string' ? info.version : undefined;
}

/** What the pages get, and why nothing when they get nothing. */
export function pageHistoryFor(
  root: string,
  specVersion: string | undefined,
  operationIds: string[],
  /** Today's operations: their parameters and fields get marks (./page-facts.ts `fieldMarks`). */
  operations: readonly OperationData[] = [],
): { pages: Record<string, OperationPageHistory>; note?: string } {
  const { records, note } = historyFor(root, specVersion);
  if (!records) return { pages: {}, note };
  const byId = new Map(operations.map((op) => [op.id, op]));
  const all = operationPageHistory(buildTimeline(records), (id) => {
    const op = byId.get(id);
    return op && pageOutline(op);
  });
  return { pages: Object.fromEntries(operationIds.flatMap((id) => (all[id] ? [[id, all[id]]] : []))) };
}

export function writeGeneratedPageHistory(root: string, pages: Record<string, OperationPageHistory>): void {
  const file = path.join(root, OPERATION_HISTORY_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(pages));
}

/** The lookup the page generator uses: the written facts, read on first use; none when the file is not there. */
export function generatedPageHistory(root: string): (operationId: string) => OperationPageHistory | undefined {
  let pages: Record<string, OperationPageHistory> | undefined;
  return (operationId) => {
    if (!pages) {
      const file = path.join(root, OPERATION_HISTORY_FILE);
      pages = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as typeof pages) : {};
    }
    return pages![operationId];
  };
}
