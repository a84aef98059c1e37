/**
 * The changelog model: for every recorded version, newest first, what changed against the version before it:
 * operations added, removed and changed (moved, parameters and body fields added, removed, retyped, made
 * required or optional), each change marked breaking or not by the one rule of ./diff.ts. The oldest version has
 * nothing to compare with: it is the baseline (its operation count only). Pure.
 */
import { diffOperation, isEmptyOperationDiff, topLevelChanges, type FactChange } from './diff';
import type { VersionRecord } from './record';

export interface ChangelogOperation {
  id: string;
  method: string;
  path: string;
}

export interface ChangedOperation extends ChangelogOperation {
  /** `method path` before, when the operation moved. */
  movedFrom?: string;
  /** Fields inside a field added or removed with them are left out (the parent's change says it). */
  changes: FactChange[];
  breaking: boolean;
}

export interface ChangelogEntry {
  version: string;
  date: string;
  /** The version compared with; absent for the baseline. */
  previous?: string;
  /** Operations in this version. */
  operationCount: number;
  added: ChangelogOperation[];
  removed: ChangelogOperation[];
  changed: ChangedOperation[];
  /** How many breaking changes: removed operations, moved operations and breaking fact changes. */
  breakingCount: number;
}

function ref(id: string, facts: { method: string; path: string }): ChangelogOperation {
  return { id, method: facts.method, path: facts.path };
}

/** The entry of `current` against `previous` (none: the baseline). */
export function changelogEntry(current: VersionRecord, previous?: VersionRecord): ChangelogEntry {
  const entry: ChangelogEntry = {
    version: current.version,
    date: current.date,
    operationCount: Object.keys(current.operations).length,
    added: [],
    removed: [],
    changed: [],
    breakingCount: 0,
  };
  if (!previous) return entry;
  entry.previous = previous.version;
  const ids = [...new Set([...Object.keys(previous.operations), ...Object.keys(current.operations)])].sort();
  for (const id of ids) {
    const before = previous.operations[id];
    const after = current.operations[id];
    if (!before && after) entry.added.push(ref(id, after));
    else if (before && !after) {
      entry.removed.push(ref(id, before));
      entry.breakingCount += 1;
    } else if (before && after) {
      const diff = diffOperation(before, after);
      if (isEmptyOperationDiff(diff)) continue;
      const changes = topLevelChanges(diff.changes);
      const breakingChanges = changes.filter((c) => c.breaking).length + (diff.moved ? 1 : 0);
      const changed: ChangedOperation = { ...ref(id, after), changes, breaking: breakingChanges > 0 };
      if (diff.moved) changed.movedFrom = diff.moved.from;
      entry.changed.push(changed);
      entry.breakingCount += breakingChanges;
    }
  }
  return entry;
}

/** Every version's entry, newest first; the oldest is the baseline. */
export function buildChangelog(records: VersionRecord[]): ChangelogEntry[] {
  return records.map((record, i) => changelogEntry(record, records[i - 1])).reverse();
}
