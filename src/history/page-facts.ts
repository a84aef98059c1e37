/**
 * What an operation's reference page says about its history: the release it has been available since, when that
 * is newer than the oldest recorded one, and the releases since then that changed it (moved, or a parameter or
 * body field added, removed, retyped, made required or optional). `npm run gen` writes these for the documented
 * spec only; each page's props carry its own operation's entry, nothing else. Pure.
 */
import type { OperationHistory, Timeline } from './timeline';
import { parentPath, SECTIONS, type FactChangeKind } from './diff';
import { factAnchor, type PageOutline } from './anchors';

export interface OperationPageHistory {
  /** Available without a gap since this release (absent when it was there in the oldest recorded one). */
  added?: string;
  /** Releases after that which changed it, oldest first. */
  changed?: string[];
  /** Marks on its parameters and fields, by their page id (./anchors.ts). */
  fields?: Record<string, FieldMark>;
}

/** What a parameter's or field's mark says: added after its operation, and its last change since then. */
export interface FieldMark {
  added?: string;
  changed?: { version: string; kind: Extract<FactChangeKind, 'retyped' | 'required' | 'optional'>; from?: string };
}

type MarkedChange = NonNullable<FieldMark['changed']>['kind'];
const isMarkedChange = (kind: FactChangeKind): kind is MarkedChange =>
  kind === 'retyped' || kind === 'required' || kind === 'optional';

/**
 * The marks of an operation's parameters and fields present today: "added in" when a fact came after its
 * operation did (a field added inside a field added in the same release is left to its parent), "changed in"
 * for the last retype or change of required-ness since then. A mark goes on the fact's own anchor only.
 */
export function fieldMarks(
  op: OperationHistory,
  page: PageOutline,
  versions: readonly string[],
): Record<string, FieldMark> {
  if (!op.since) return {};
  const order = new Map(versions.map((v, i) => [v, i]));
  const at = (version: string) => order.get(version) ?? -1;
  const out: Record<string, FieldMark> = {};
  for (const section of SECTIONS) {
    for (const [key, fact] of Object.entries(op[section])) {
      if (!fact.since) continue;
      const anchor = factAnchor(page, section, key);
      if (!anchor?.exact) continue;
      const mark: FieldMark = {};
      const parent = section === 'parameters' ? undefined : parentPath(key);
      const parentSince = parent === undefined ? undefined : op[section][parent]?.since;
      if (at(fact.since) > at(op.since) && parentSince !== fact.since) {
        mark.added = fact.since;
      }
      const start = Math.max(at(fact.since), at(op.since));
      const last = fact.events.filter((e) => at(e.version) > start && isMarkedChange(e.kind)).at(-1);
      if (last && isMarkedChange(last.kind)) {
        mark.changed = { version: last.version, kind: last.kind };
        if (last.kind === 'retyped' && last.from) mark.changed.from = last.from.type;
      }
      if (mark.added || mark.changed) out[anchor.id] = mark;
    }
  }
  return out;
}

export function operationPageHistory(
  timeline: Timeline,
  outlineOf: (operationId: string) => PageOutline | undefined = () => undefined,
): Record<string, OperationPageHistory> {
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
    const outline = outlineOf(op.id);
    const fields = outline ? fieldMarks(op, outline, timeline.versions) : {};
    if (Object.keys(fields).length > 0) entry.fields = fields;
    if (entry.added || entry.changed) out[op.id] = entry;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
