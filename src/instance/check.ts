/**
 * Checks an instance once: reads its `<base>/_document` (never with a key: it is public) and compares its facts with
 * the documented version's; when the document cannot be read, falls back to the version its `/health` states and
 * what the history (openapi/history.json) recorded for that version; when neither works, asks the doctor why.
 * The caller passes the fetch and the decoded history (loaded on demand, so readers on the mock never load it).
 */
import { extractFacts } from '../history/facts';
import type { VersionRecord } from '../history/record';
import { compareFacts, knownPublicMarkedSecured, recordFor, type InstanceComparison } from './compare';
import { parseHealth, parseInstanceDocument, pruneForFacts } from './document';
import { instanceRoot, mixedContent, probe, runDoctor, type DoctorKind, type FetchLike } from './doctor';

export type InstanceCheck =
  { ok: true; comparison: InstanceComparison } | { ok: false; kind: DoctorKind; suggestion?: string };

export interface CheckInput {
  baseUrl: string;
  pageUrl: string;
  apiPrefix: string;
  fetch: FetchLike;
  records: VersionRecord[];
  timeoutMs?: number;
}

export async function checkInstance(input: CheckInput): Promise<InstanceCheck> {
  const { baseUrl, pageUrl, apiPrefix, records, timeoutMs } = input;
  const site = records.at(-1)?.operations ?? {};
  const mixed = mixedContent(pageUrl, baseUrl);
  if (mixed && !mixed.ok) return mixed;
  const answer = await probe(input.fetch, `${baseUrl}/_document`, 'cors', timeoutMs);
  if (answer.kind === 'answer' && answer.status < 300) {
    const read = parseInstanceDocument(answer.text, answer.contentType);
    if (read.ok) {
      const comparison = compareFacts(site, extractFacts(pruneForFacts(read.document)), {
        version: read.version,
        source: 'document',
        knownPublic: knownPublicMarkedSecured(read.document),
      });
      return { ok: true, comparison };
    }
  }
  // No document: the version alone, if the server states it, and what the history recorded for it.
  if (answer.kind === 'answer') {
    const health = await probe(input.fetch, `${instanceRoot(baseUrl, apiPrefix)}/health`, 'cors', timeoutMs);
    const version = health.kind === 'answer' ? parseHealth(health.text, health.contentType).version : undefined;
    const record = version ? recordFor(version, records) : undefined;
    if (version && record) {
      return {
        ok: true,
        comparison: compareFacts(site, record.operations, {
          version,
          source: 'history',
          historyVersion: record.version,
          knownPublic: [],
        }),
      };
    }
  }
  const diagnosis = await runDoctor(input);
  return diagnosis.ok ? { ok: false, kind: 'not-tianji' } : diagnosis;
}
