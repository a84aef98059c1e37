/**
 * The history of every operation, parameter and field across the recorded versions: the version it appeared in,
 * every change after that (retyped, made required or optional, moved, removed, added back), and where it stands in
 * the newest version. The one place these facts are computed; pages, the changelog and instance comparisons read
 * them from here. Pure.
 */
import { diffOperation, SECTIONS, type FactChangeKind } from './diff';
import type { Fact } from './facts';
import type { VersionRecord } from './record';

export interface FactEvent {
  version: string;
  kind: FactChangeKind;
  /** The fact after the change (absent for `removed`). */
  to?: Fact;
  /** The fact before the change (absent for `added`). */
  from?: Fact;
  breaking: boolean;
}

export interface FactHistory {
  /** The first version it appeared in. */
  added: string;
  /** Every event in version order, the first `added` included. Events happen only while the operation exists. */
  events: FactEvent[];
  /** The version from which it has been present without a gap, when the operation's newest version has it. */
  since?: string;
}

export type OperationEventKind = 'added' | 'removed' | 'moved';

export interface OperationEvent {
  version: string;
  kind: OperationEventKind;
  /** `method path` after the event (added, moved) or before it (removed). */
  at: string;
  /** `method path` before a move. */
  from?: string;
}

export interface OperationHistory {
  id: string;
  added: string;
  events: OperationEvent[];
  /** The version from which it has been present without a gap; absent when the newest version lacks it. */
  since?: string;
  /** The version that removed it, when the newest version lacks it. */
  removed?: string;
  parameters: Record<string, FactHistory>;
  request: Record<string, FactHistory>;
  response: Record<string, FactHistory>;
}

export interface Timeline {
  /** The versions, oldest first. */
  versions: string[];
  operations: Record<string, OperationHistory>;
}

export function buildTimeline(records: VersionRecord[]): Timeline {
  const versions = records.map((r) => r.version);
  const newest = records.at(-1);
  const operations: Record<string, OperationHistory> = {};
  const lastSeen = new Map<string, { facts: VersionRecord['operations'][string]; index: number }>();

  records.forEach((record, index) => {
    const { version } = record;
    for (const [id, facts] of Object.entries(record.operations)) {
      const at = `${facts.method} ${facts.path}`;
      const previous = lastSeen.get(id);
      let op = operations[id];
      if (!op) {
        op = operations[id] = { id, added: version, events: [], parameters: {}, request: {}, response: {} };
        for (const section of SECTIONS) {
          for (const [key, fact] of Object.entries(facts[section])) {
            op[section][key] = { added: version, events: [{ version, kind: 'added', to: fact, breaking: false }] };
          }
        }
        op.events.push({ version, kind: 'added', at });
      } else {
        if (previous && previous.index !== index - 1) op.events.push({ version, kind: 'added', at });
        const diff = diffOperation(previous!.facts, facts);
        if (diff.moved) op.events.push({ version, kind: 'moved', at, from: diff.moved.from });
        for (const change of diff.changes) {
          const event: FactEvent = { version, kind: change.kind, breaking: change.breaking };
          if (change.from) event.from = change.from;
          if (change.to) event.to = change.to;
          const existing = op[change.section][change.key];
          if (existing) existing.events.push(event);
          else op[change.section][change.key] = { added: version, events: [event] };
        }
      }
      lastSeen.set(id, { facts, index });
    }
    if (index > 0) {
      for (const [id, seen] of lastSeen) {
        if (seen.index === index - 1 && !record.operations[id]) {
          const facts = seen.facts;
          operations[id]!.events.push({ version, kind: 'removed', at: `${facts.method} ${facts.path}` });
        }
      }
    }
  });

  const order = new Map(versions.map((v, i) => [v, i]));
  for (const op of Object.values(operations)) {
    const present = newest?.operations[op.id];
    const lastAdd = op.events.filter((e) => e.kind === 'added').at(-1)!;
    if (present) op.since = lastAdd.version;
    else op.removed = op.events.filter((e) => e.kind === 'removed').at(-1)?.version;
    for (const section of SECTIONS) {
      for (const [key, fact] of Object.entries(op[section])) {
        if (present && present[section][key]) fact.since = sinceOf(fact, op.since!, order);
      }
    }
  }
  return { versions, operations };
}

/** The fact's last `added` event, but not before the operation's own return. */
function sinceOf(fact: FactHistory, operationSince: string, order: Map<string, number>): string {
  const lastAdd = fact.events.filter((e) => e.kind === 'added').at(-1)!.version;
  return order.get(lastAdd)! > order.get(operationSince)! ? lastAdd : operationSince;
}
