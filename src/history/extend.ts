/**
 * Extending the history when `npm run spec:pull` brings a newer document: its `info.version` becomes the newest
 * recorded version, with the document's facts. Only a version newer than every recorded one is added (the history
 * is in release order and only appends); a version already recorded is left as it is. Pure.
 */
import { isPlainObject } from '../openapi/json';
import { extractFacts } from './facts';
import { appendVersion, type HistoryFile } from './record';

export type ExtendOutcome =
  | { kind: 'appended'; version: string; history: HistoryFile }
  /** Already recorded with these facts. */
  | { kind: 'recorded'; version: string }
  /** Already recorded with other facts (a build that reuses a release number): the record stays. */
  | { kind: 'differs'; version: string }
  /** Older than the newest recorded version: the history only appends. */
  | { kind: 'older'; version: string; newest: string }
  /** No `info.version`, or one that is not a release number (`v1.30.25`, `1.30.25`). */
  | { kind: 'unversioned'; version?: string };

/** `[major, minor, patch]` of `v1.30.25` or `1.30.25`, or undefined. */
export function releaseNumber(version: string): [number, number, number] | undefined {
  const match = /^v?(\d+)\.(\d+)\.(\d+)$/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

export function compareReleases(a: string, b: string): number {
  const x = releaseNumber(a)!;
  const y = releaseNumber(b)!;
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** `history` with `document` as its newest version when it is newer than all it holds; `date` is YYYY-MM-DD. */
export function extendHistory(history: HistoryFile, document: unknown, date: string): ExtendOutcome {
  const info = isPlainObject(document) && isPlainObject(document.info) ? document.info : {};
  const raw = typeof info.version === 'string' ? info.version.trim() : undefined;
  if (raw === undefined || !releaseNumber(raw)) return { kind: 'unversioned', version: raw };
  const version = raw.startsWith('v') ? raw : `v${raw}`;
  const facts = extractFacts(document);
  const known = history.versions.find((v) => v.version === version);
  if (known) {
    const appended = appendVersion({ ...history, versions: [] }, { version, date, operations: facts });
    const same = JSON.stringify(appended.versions[0]!.operations) === JSON.stringify(known.operations);
    return same ? { kind: 'recorded', version } : { kind: 'differs', version };
  }
  const newest = history.versions.at(-1)?.version;
  if (newest && releaseNumber(newest) && compareReleases(version, newest) < 0) {
    return { kind: 'older', version, newest };
  }
  return { kind: 'appended', version, history: appendVersion(history, { version, date, operations: facts }) };
}
