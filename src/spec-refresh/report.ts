/**
 * What `npm run spec:pull` tells about a new server document beyond the operations diff (diff.ts): the operations
 * and parameters that are new since the last pull, so our overlays say nothing about them yet (they have no text
 * until we write ours: the stored document has no prose), tags operations use that the spec does not declare, and the
 * version before and after. Pure.
 */
import type { JsonObject } from '../openapi/json';
import { operationEntries, type OperationRef } from './diff';
import { arrayOr, at, objectsIn, stringOr } from './json-read';

export interface NeedsDescription extends OperationRef {
  /** What has no text of ours yet: `summary`, `description`, `parameter query:limit`. */
  what: string[];
}

export interface PullReport {
  needsDescription: NeedsDescription[];
  /** Tags used by an operation of the new spec and not declared in its `tags`. */
  newTags: string[];
  version: { before?: string; after?: string };
}

const parameterKeys = (entry: { operation: JsonObject; pathParameters: JsonObject[] }) =>
  [...entry.pathParameters, ...objectsIn(entry.operation.parameters)].map((p) => `${String(p.in)}:${String(p.name)}`);

/**
 * `previousUpstream`: the server document of the last pull (undefined: none); `nextUpstream`: the new one;
 * `before`/`after`: the spec before and after the overlays were applied to the new document.
 */
export function pullReport(
  previousUpstream: JsonObject | undefined,
  nextUpstream: JsonObject,
  before: JsonObject | undefined,
  after: JsonObject,
): PullReport {
  const previous = operationEntries(previousUpstream ?? {});
  const needsDescription: NeedsDescription[] = [];
  for (const entry of operationEntries(nextUpstream).values()) {
    const old = previous.get(entry.key);
    const what = old ? [] : ['summary', 'description'];
    const known = old ? parameterKeys(old) : [];
    for (const key of parameterKeys(entry)) if (!known.includes(key)) what.push(`parameter ${key}`);
    if (what.length > 0) {
      const { key, method, path, operationId } = entry;
      needsDescription.push({ key, method, path, operationId, what });
    }
  }
  const declared = objectsIn(after.tags).map((t) => t.name);
  const newTags: string[] = [];
  for (const { operation } of operationEntries(after).values())
    for (const tag of arrayOr(operation.tags).map(String))
      if (!declared.includes(tag) && !newTags.includes(tag)) newTags.push(tag);
  return {
    needsDescription,
    newTags,
    version: {
      before: stringOr(at(before, 'info', 'version')),
      after: stringOr(at(after, 'info', 'version')),
    },
  };
}
