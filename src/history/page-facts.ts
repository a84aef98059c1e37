/**
 * What an operation's reference page says about its history: the release it has been available since, when that
 * is newer than the oldest recorded one, and the releases since then that changed it (moved, or a parameter or
 * body field added, removed, retyped, made required or optional). `npm run gen` writes these for the documented
 * spec only; each page's props carry its own operation's entry, nothing else. Pure.
 */
import type { Timeline } from './timeline';
import { SECTIONS } from './diff';

export interface OperationPageHistory {
  /** Available without a gap since this release (absent when it was there in the oldest recorded one). */
  added?: string;
  /** Releases after that which changed it, oldest first. */
  changed?: string[];
}

export function operationPageHistory(timeline: Timeline): Record<string, OperationPageHistory> {
  const order = new Map(timeline.versions.map((v, i) => [v, i]));
  const oldest = timeline.versions[0];
  const out: Record<string, OperationPageHistory> = {};
  for (const op of Object.values(timeline.operations)) {
    if (!op.since) continue; // not in the newest version: no page
    const since = order.get(op.since)!;
    const versions = new Set<string>();
    for (const event of op.events)
      if (event.kind === 'moved' && order.get(event.version)! > since) versions.add(event.version);
    for (const section of SECTIONS) {
      for (const fact of Object.values(op[section])) {
        for (const event of fact.events) if (order.get(event.version)! > since) versions.add(event.version);
      }
    }
    const entry: OperationPageHistory = {};
    if (op.since !== oldest) entry.added = op.since;
    if (versions.size > 0) entry.changed = [...versions].sort((a, b) => order.get(a)! - order.get(b)!);
    if (entry.added || entry.changed) out[op.id] = entry;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
