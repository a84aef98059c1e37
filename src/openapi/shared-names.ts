/**
 * Which parameters share one value across operations: identifiers (a name ending in `Id`, such as workspaceId,
 * websiteId or monitorId) that two or more operations take in their path or query. Filters such as `startAt`,
 * `limit` or `cursor` recur too, but mean something else on each page, so they are not shared. Computed once at
 * build time (site data) from the operations model.
 */
import type { OperationData } from './types';
import { CREDENTIAL_NAME } from './credentials';

const IDENTIFIER = /[a-z0-9]Id$/;

export function sharedParameterNames(operations: ReadonlyArray<Pick<OperationData, 'parameters'>>): string[] {
  const uses = new Map<string, number>();
  for (const op of operations) {
    const names = new Set(op.parameters.filter((p) => p.in !== 'header').map((p) => p.name));
    for (const name of names) uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  return [...uses]
    .filter(([name, count]) => count >= 2 && IDENTIFIER.test(name) && !CREDENTIAL_NAME.test(name))
    .map(([name]) => name)
    .sort();
}
