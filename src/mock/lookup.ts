/**
 * The records a request works under (the website of `/website/{websiteId}/…`, …) must exist in the session's
 * store, and they decide the workspace of a request that names none.
 */
import type { OperationData } from '../openapi/types';
import { missingRecord, type Records } from './records';
import { referencedRecords } from './resources';

export type WorkspaceLookup = { ok: true; workspaceId: string } | { ok: false; message: string };

/** The request's workspace ('' when neither the request nor a referenced record names one), or what is missing. */
export function workspaceOf(
  op: OperationData,
  lookup: (name: string) => string | undefined,
  records: Records,
): WorkspaceLookup {
  const requested = lookup('workspaceId');
  let workspaceId = requested ?? '';
  for (const ref of referencedRecords(op, lookup)) {
    const home = requested ?? records.locate(ref.collection, ref.id);
    if (home === undefined || !records.get(ref.collection, home, ref.id)) {
      return { ok: false, message: missingRecord(ref.collection, ref.id, requested ?? '').message };
    }
    workspaceId ||= home;
  }
  return { ok: true, workspaceId };
}
