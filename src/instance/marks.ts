/**
 * Where the reader's instance differs from today's page, beside each parameter and field: the ones it does not
 * have, and the ones it has with another type or required-ness, keyed by the page's own ids (src/history/anchors.ts).
 * Only a fact's own place is marked (a field the page does not list, or the instance's extra facts, are left to
 * the list near the playground), and a missing field inside a missing field is left to its parent. Pure.
 */
import { factAnchor, type PageOutline } from '../history/anchors';
import { parentPath } from '../history/diff';
import type { OperationDifference } from './compare';

export type InstanceFactMark =
  { kind: 'missing' } | { kind: 'type'; type: string } | { kind: 'required'; required: boolean };

export function instanceFactMarks(
  page: PageOutline,
  difference: OperationDifference | undefined,
): Record<string, InstanceFactMark> {
  const marks: Record<string, InstanceFactMark> = {};
  const facts = difference?.facts ?? [];
  const missing = new Set(facts.filter((d) => d.kind === 'missing').map((d) => `${d.section}:${d.key}`));
  for (const d of facts) {
    if (d.kind === 'extra') continue;
    const parent = d.section === 'parameters' ? undefined : parentPath(d.key);
    if (d.kind === 'missing' && parent !== undefined && missing.has(`${d.section}:${parent}`)) continue;
    const anchor = factAnchor(page, d.section, d.key);
    if (!anchor?.exact || marks[anchor.id]) continue;
    if (d.kind === 'missing') marks[anchor.id] = { kind: 'missing' };
    else if (d.kind === 'type') marks[anchor.id] = { kind: 'type', type: d.instance!.type };
    else marks[anchor.id] = { kind: 'required', required: d.instance!.required };
  }
  return marks;
}
