/**
 * The description debt and the free-form list held against the spec's coverage (coverage.ts): what the test
 * fails on, as messages naming the JSONPath to write at. Pure.
 */
import { COVERAGE_KINDS, type Coverage, type CoverageKind } from './coverage';

export type DescriptionDebt = Record<CoverageKind, string[]>;

/** The debt file's content for a coverage: every undescribed item, sorted, one list per kind. */
export function debtOf(c: Coverage): DescriptionDebt {
  return Object.fromEntries(COVERAGE_KINDS.map((kind) => [kind, [...c[kind].undescribed].sort()])) as DescriptionDebt;
}

export function debtText(debt: DescriptionDebt): string {
  return `${JSON.stringify(debt, null, 2)}\n`;
}

/** Items without a description that the debt does not list (new ones): each must be described. */
export function newGaps(c: Coverage, debt: DescriptionDebt): string[] {
  return COVERAGE_KINDS.flatMap((kind) => {
    const owed = new Set(debt[kind] ?? []);
    return c[kind].undescribed.filter((target) => !owed.has(target)).map((target) => `${kind}: ${target}`);
  });
}

/** Debt entries that are described now, or gone: the list must drop them (`npm run spec:debt`). */
export function paidDebt(c: Coverage, debt: DescriptionDebt): string[] {
  return COVERAGE_KINDS.flatMap((kind) => {
    const open = new Set(c[kind].undescribed);
    return (debt[kind] ?? []).filter((target) => !open.has(target)).map((target) => `${kind}: ${target}`);
  });
}

/** Problems with the free-form list: an object free-form without a listed reason, an entry no longer free-form. */
export function freeFormProblems(c: Coverage, reasons: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const target of c.freeForm) {
    const reason = reasons[target];
    if (reason === undefined) problems.push(`free-form object not on the list: ${target}`);
    else if (!reason.trim()) problems.push(`free-form object listed without a reason: ${target}`);
  }
  const current = new Set(c.freeForm);
  for (const target of Object.keys(reasons))
    if (!current.has(target)) problems.push(`listed as free-form but not free-form (any more): ${target}`);
  return problems;
}
