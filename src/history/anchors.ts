/**
 * Where a fact of the history (./facts.ts: a parameter `in:name`, a body field by JSON path) sits on today's
 * operation page: the id the page gives it (src/schema/outline.ts, the one home of the page's ids), or the
 * nearest listed field above it. Pure.
 *
 * A JSON path and a page id differ in three ways: array items are listed in place of the array (`$.list[].id` is
 * `….list.id`), a map's values are not listed (`$.counts{}` lands on `….counts`), and a field inside a union sits
 * under its variant (`response.200:static.payload`): the first variant that lists it is taken.
 */
import type { OperationData } from '../openapi/types';
import { operationOutline, REQUEST_BODY_SECTION_ID, type OperationOutline } from '../schema/outline';
import type { SchemaNode } from '../schema/tree';
import type { Section } from './diff';

/** An operation page's ids, and whether it has a request body (a scalar body lists no fields). */
export interface PageOutline {
  outline: OperationOutline;
  hasBody: boolean;
}

export function pageOutline(op: Pick<OperationData, 'parameters' | 'requestBody' | 'responses'>): PageOutline {
  return { outline: operationOutline(op), hasBody: op.requestBody !== undefined };
}

/** The names from a JSON path, outermost first: `$.a[].b["x y"]` → `a`, `b`, `x y` (items and map values dropped). */
export function pathNames(path: string): string[] {
  const names: string[] = [];
  const pattern = /\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\]|\[\]|\{\}/g;
  for (const match of path.slice(1).matchAll(pattern)) {
    if (match[1] !== undefined) names.push(match[1]);
    else if (match[2] !== undefined) names.push(JSON.parse(match[2]) as string);
  }
  return names;
}

/** The listed field reached by `names` from `node`, as deep as the page lists it, with how many names it took. */
function deepest(node: SchemaNode | undefined, names: string[]): { id: string; depth: number } | undefined {
  if (!node || names.length === 0) return undefined;
  if (node.kind === 'union') {
    for (const variant of node.variants) {
      const inside = deepest(variant.content, names);
      if (inside) return inside;
    }
    return undefined;
  }
  const field = node.fields.find((f) => f.name === names[0]);
  if (!field) return undefined;
  const inside = deepest(field.content, names.slice(1));
  return inside ? { id: inside.id, depth: inside.depth + 1 } : { id: field.id, depth: 1 };
}

/**
 * The page id of a fact, and whether it is the fact's own (`exact`) or the nearest one above it (a removed field,
 * a map's value, a field the page does not list): the parameter's row, the field, the body or the success response.
 * Undefined when the page has nothing for it (a removed parameter, no body).
 */
export function factAnchor(
  page: PageOutline,
  section: Section,
  key: string,
): { id: string; exact: boolean } | undefined {
  const { outline } = page;
  if (section === 'parameters') {
    const id = outline.params.get(key);
    return id ? { id, exact: true } : undefined;
  }
  const root =
    section === 'request'
      ? page.hasBody
        ? { id: REQUEST_BODY_SECTION_ID, tree: outline.body }
        : undefined
      : outline.responses.find((r) => /^2/.test(r.status));
  if (!root) return undefined;
  const names = pathNames(key);
  const found = deepest(root.tree, names);
  if (!found) return { id: root.id, exact: names.length === 0 };
  // `$.list[]` and `$.map{}` are listed as `list` and `map` themselves, whose own facts already say their type.
  return { id: found.id, exact: found.depth === names.length && !/(\[\]|\{\})$/.test(key) };
}
