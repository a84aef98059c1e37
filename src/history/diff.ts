/**
 * What changed in one operation between two versions, fact by fact, and whether each change is breaking. Pure.
 *
 * The rule, in one sentence: a change is breaking when something a client of the previous version sends can be
 * refused or ignored, or something it reads can be missing or hold a type it was not told about. Applied:
 * - an operation removed, or moved to another method or path;
 * - a parameter or request field removed, added as required, made required, or retyped so that a value of its old
 *   type is no longer accepted;
 * - a response field removed, made optional, or retyped so that it can hold a type it could not before.
 * Adding an optional input, adding an output, accepting more, or promising more is not breaking.
 */
import { typeMembers, type Fact, type OperationFacts } from './facts';

export type Section = 'parameters' | 'request' | 'response';
export const SECTIONS: readonly Section[] = ['parameters', 'request', 'response'];

export type FactChangeKind = 'added' | 'removed' | 'retyped' | 'required' | 'optional';

export interface FactChange {
  section: Section;
  /** `in:name` for parameters, a JSON path for body fields. */
  key: string;
  kind: FactChangeKind;
  /** The fact before (absent for `added`). */
  from?: Fact;
  /** The fact after (absent for `removed`). */
  to?: Fact;
  breaking: boolean;
}

export interface OperationDiff {
  /** `method path` before and after, when the operation moved. */
  moved?: { from: string; to: string };
  changes: FactChange[];
}

function unwrap(member: string): string {
  return member.startsWith('(') && member.endsWith(')') ? member.slice(1, -1) : member;
}

/** True when every value of type `narrow` is also a value of type `wide`. */
export function accepts(wide: string, narrow: string): boolean {
  if (wide === 'any') return true;
  const wideMembers = typeMembers(wide);
  return typeMembers(narrow).every((n) => wideMembers.some((w) => memberAccepts(w, n)));
}

function memberAccepts(wide: string, narrow: string): boolean {
  if (wide === narrow || wide === 'any') return true;
  if (wide === 'number' && narrow === 'integer') return true;
  if (wide.endsWith('[]') && narrow.endsWith('[]'))
    return accepts(unwrap(wide.slice(0, -2)), unwrap(narrow.slice(0, -2)));
  return false;
}

function isBreaking(section: Section, kind: FactChangeKind, from?: Fact, to?: Fact): boolean {
  const input = section !== 'response';
  switch (kind) {
    case 'added':
      return input && to?.required === true;
    case 'removed':
      return true;
    case 'required':
      return input;
    case 'optional':
      return !input;
    case 'retyped':
      if (!from || !to) return true;
      return input ? !accepts(to.type, from.type) : !accepts(from.type, to.type);
  }
}

function change(section: Section, key: string, kind: FactChangeKind, from?: Fact, to?: Fact): FactChange {
  const out: FactChange = { section, key, kind, breaking: isBreaking(section, kind, from, to) };
  if (from) out.from = from;
  if (to) out.to = to;
  return out;
}

/** Every fact that differs, section by section, keys in order; a retype and a required change are two changes. */
export function diffOperation(before: OperationFacts, after: OperationFacts): OperationDiff {
  const changes: FactChange[] = [];
  for (const section of SECTIONS) {
    const a = before[section];
    const b = after[section];
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const from = a[key];
      const to = b[key];
      if (!from && to) changes.push(change(section, key, 'added', undefined, to));
      else if (from && !to) changes.push(change(section, key, 'removed', from, undefined));
      else if (from && to) {
        if (from.type !== to.type) changes.push(change(section, key, 'retyped', from, to));
        if (from.required !== to.required)
          changes.push(change(section, key, to.required ? 'required' : 'optional', from, to));
      }
    }
  }
  const diff: OperationDiff = { changes };
  const from = `${before.method} ${before.path}`;
  const to = `${after.method} ${after.path}`;
  if (from !== to) diff.moved = { from, to };
  return diff;
}

export function isEmptyOperationDiff(diff: OperationDiff): boolean {
  return !diff.moved && diff.changes.length === 0;
}

/** The JSON path a field sits in (`$.a[].b` → `$.a[]`, `$.a[]` → `$.a`, `$.m{}` → `$.m`), or undefined for `$`. */
export function parentPath(path: string): string | undefined {
  if (path === '$') return undefined;
  if (path.endsWith('[]') || path.endsWith('{}')) return path.slice(0, -2);
  const quoted = path.match(/^(.*)\["(?:[^"\\]|\\.)*"\]$/);
  if (quoted) return quoted[1];
  const dot = path.lastIndexOf('.');
  return dot > 0 ? path.slice(0, dot) : undefined;
}

/**
 * The changes a reader needs: a field added or removed inside a field added or removed in the same change is
 * left out (the parent's entry says it).
 */
export function topLevelChanges(changes: FactChange[]): FactChange[] {
  const addedOrRemoved = new Set(
    changes.filter((c) => c.kind === 'added' || c.kind === 'removed').map((c) => `${c.section} ${c.kind} ${c.key}`),
  );
  return changes.filter((c) => {
    if (c.section === 'parameters' || (c.kind !== 'added' && c.kind !== 'removed')) return true;
    for (let p = parentPath(c.key); p !== undefined; p = parentPath(p)) {
      if (addedOrRemoved.has(`${c.section} ${c.kind} ${p}`)) return false;
    }
    return true;
  });
}
