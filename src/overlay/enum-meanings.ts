/**
 * Every fixed value set of the published spec explained: each `enum` has an `x-enumDescriptions` (src/schema/values.ts)
 * with a non-empty meaning for each of its values and none for a value it does not have; a documented list without
 * `enum` has no empty meaning. Problems are named by the JSONPath an overlay action would target. Pure.
 */
import { isPlainObject } from '../openapi/json';
import { LITERAL_KEYWORDS, NAME_MAP_KEYWORDS } from '../openapi/keywords';
import { ENUM_DESCRIPTIONS } from '../openapi/types';
import { valueKey } from '../schema/values';
import { targetOf, type TargetStep } from './target';

/** Literal data, never schemas: not walked (a property called `default` is a name, not this keyword). */
const isLiteral = (key: string) => LITERAL_KEYWORDS.has(key) || key === ENUM_DESCRIPTIONS;

/** Every problem of the document's value sets, e.g. `$.components.schemas.X.properties.role: no meaning for "owner"`. */
export function enumMeaningProblems(document: unknown): string[] {
  const out: string[] = [];
  const check = (node: Record<string, unknown>, steps: TargetStep[]) => {
    const map = node[ENUM_DESCRIPTIONS];
    if (!Array.isArray(node.enum) && map === undefined) return;
    const where = targetOf(steps);
    if (!isPlainObject(map)) return void out.push(`${where}: no ${ENUM_DESCRIPTIONS}`);
    for (const [value, text] of Object.entries(map))
      if (typeof text !== 'string' || text.trim() === '')
        out.push(`${where}: empty meaning for ${JSON.stringify(value)}`);
    if (!Array.isArray(node.enum)) return;
    const values = node.enum.map(valueKey);
    for (const value of values) if (!(value in map)) out.push(`${where}: no meaning for ${JSON.stringify(value)}`);
    for (const value of Object.keys(map))
      if (!values.includes(value)) out.push(`${where}: meaning for ${JSON.stringify(value)}, which is not in its enum`);
  };
  const visit = (node: unknown, steps: TargetStep[], names = false): void => {
    if (Array.isArray(node)) {
      const inParameters = steps[steps.length - 1] === 'parameters';
      node.forEach((item, i) => {
        const named =
          inParameters && isPlainObject(item) && typeof item.name === 'string' && typeof item.in === 'string';
        visit(item, [...steps, named ? { name: String(item.name), in: String(item.in) } : i]);
      });
      return;
    }
    if (!isPlainObject(node)) return;
    if (!names) check(node, steps);
    for (const [key, child] of Object.entries(node))
      if (names || !isLiteral(key)) visit(child, [...steps, key], !names && NAME_MAP_KEYWORDS.has(key));
  };
  visit(document, []);
  return out;
}
