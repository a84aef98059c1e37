/**
 * The changelog as its page, its Markdown twin and its feed show it: the changelog model (./changelog.ts, with its
 * breaking rule) with, for every entry, where it lands on today's site: the operation's page, and on it the
 * parameter's or field's anchor (./anchors.ts). An operation without a page today (removed for good) has no link.
 * Facts only, no words: every reader of this model takes its words from the locale's catalog. Pure.
 */
import type { ChangelogEntry, ChangelogOperation, ChangedOperation } from './changelog';
import type { FactChangeKind, Section } from './diff';
import { factAnchor, type PageOutline } from './anchors';

/** Today's page of an operation. */
export interface OperationPage {
  /** The page's URL path (`/docs/api/worker-all`, with the locale's base URL). */
  permalink: string;
  /** The operation's summary in the page's language. */
  summary?: string;
  outline: PageOutline;
}

export interface ChangelogFactItem {
  section: Section;
  kind: FactChangeKind;
  /** A parameter's name, or a field's path below the body (`list[].id`); '' for the body itself. */
  name: string;
  /** A parameter's location (`query`, `path`, `header`). */
  location?: string;
  /** Type strings before and after (./facts.ts). */
  from?: string;
  to?: string;
  breaking: boolean;
  /** The page and anchor it lands on, when its operation has a page today. */
  href?: string;
}

export interface ChangelogOperationItem {
  id: string;
  method: string;
  path: string;
  summary?: string;
  /** Today's page of the operation, when it has one. */
  href?: string;
  /** `method path` before, when it moved. */
  movedFrom?: string;
  breaking: boolean;
  changes: ChangelogFactItem[];
}

export interface ChangelogVersion {
  version: string;
  date: string;
  /** The id of the version's section on the changelog page. */
  anchor: string;
  /** The version compared with; absent for the oldest (the baseline). */
  previous?: string;
  operationCount: number;
  breakingCount: number;
  added: ChangelogOperationItem[];
  removed: ChangelogOperationItem[];
  changed: ChangelogOperationItem[];
}

/** What the changelog page's component receives (src/plugins/changelog.ts, src/components/Changelog). */
export interface ChangelogData {
  versions: ChangelogVersion[];
  /** The URLs of the Markdown twin and the Atom feed, under the locale's base URL. */
  markdown: string;
  feed: string;
}

/** The id of a version's section on the changelog page: `v1.30.25` (characters outside `[A-Za-z0-9._-]` → `-`). */
export function versionAnchor(version: string): string {
  return version.replace(/[^A-Za-z0-9._-]/g, '-');
}

/** A field's path as a reader reads it: `$.list[].id` → `list[].id`, `$["a b"]` → `["a b"]`, `$` → ''. */
export function fieldName(path: string): string {
  return path.replace(/^\$\.?/, '');
}

function operationItem(
  op: ChangelogOperation & Partial<ChangedOperation>,
  pageOf: (id: string) => OperationPage | undefined,
  breaking: boolean,
): ChangelogOperationItem {
  const page = pageOf(op.id);
  const item: ChangelogOperationItem = { id: op.id, method: op.method, path: op.path, breaking, changes: [] };
  if (page) {
    item.href = page.permalink;
    if (page.summary) item.summary = page.summary;
  }
  if (op.movedFrom) item.movedFrom = op.movedFrom;
  for (const change of op.changes ?? []) {
    const fact: ChangelogFactItem = { section: change.section, kind: change.kind, name: '', breaking: change.breaking };
    if (change.section === 'parameters') {
      const colon = change.key.indexOf(':');
      fact.location = change.key.slice(0, colon);
      fact.name = change.key.slice(colon + 1);
    } else fact.name = fieldName(change.key);
    if (change.from) fact.from = change.from.type;
    if (change.to) fact.to = change.to.type;
    if (page) {
      const anchor = factAnchor(page.outline, change.section, change.key);
      fact.href = anchor ? `${page.permalink}#${anchor.id}` : page.permalink;
    }
    item.changes.push(fact);
  }
  return item;
}

/** The page model of every version, newest first (as ./changelog.ts orders them). */
export function changelogPage(
  entries: ChangelogEntry[],
  pageOf: (operationId: string) => OperationPage | undefined,
): ChangelogVersion[] {
  return entries.map((entry) => {
    const version: ChangelogVersion = {
      version: entry.version,
      date: entry.date,
      anchor: versionAnchor(entry.version),
      operationCount: entry.operationCount,
      breakingCount: entry.breakingCount,
      added: entry.added.map((op) => operationItem(op, pageOf, false)),
      removed: entry.removed.map((op) => operationItem(op, pageOf, true)),
      changed: entry.changed.map((op) => operationItem(op, pageOf, op.breaking)),
    };
    if (entry.previous) version.previous = entry.previous;
    return version;
  });
}

/** The changelog page's URL of a version (`/ja/changelog#v1.30.25`), for the badges on operation pages. */
export function changelogHref(changelogPath: string, version: string): string {
  return `${changelogPath}#${versionAnchor(version)}`;
}
