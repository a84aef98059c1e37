/**
 * Every text field of an OpenAPI document (any `description`, `summary` or `title`, wherever it sits), found by a
 * generic walk rather than a list of places, so a new kind of prose cannot be overlooked by the catalogs, the
 * i18n check or the crawl. Literal values are not prose: examples, defaults, enums and consts are skipped, and
 * inside maps of names (`properties`, `paths`, `responses`, …) a key is a name, never a keyword. The meanings of
 * `x-enumDescriptions` are prose too (one text per value, at `…/x-enumDescriptions/<value>`). Pure.
 */
import { escapePointerToken, isPlainObject } from '../openapi/json';
import { LITERAL_KEYWORDS, NAME_MAP_KEYWORDS } from '../openapi/keywords';
import { ENUM_DESCRIPTIONS } from '../openapi/types';

export const TEXT_KEYWORDS = ['description', 'summary', 'title'] as const;

export interface SpecText {
  /** JSON pointer of the field, e.g. `/components/responses/BadRequest/description`. */
  pointer: string;
  text: string;
  /** The object holding the field (a parameter, a response, a schema…). */
  owner: Record<string, unknown>;
}

/**
 * A copy of `value` with every text field replaced by `fn(field)`: the one walk behind `specTexts` and the
 * catalogs' localization. `examples` as a map (media types, parameters) keeps its Example Objects' prose.
 */
export function mapSpecTexts<T>(value: T, fn: (field: SpecText) => string, pointer = ''): T {
  const visit = (node: unknown, at: string, isNameMap: boolean): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => visit(item, `${at}/${i}`, false));
    if (!node || typeof node !== 'object') return node;
    const object = node as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(object)) {
      const here = `${at}/${escapePointerToken(key)}`;
      if (isNameMap) out[key] = visit(child, here, false);
      else if ((TEXT_KEYWORDS as readonly string[]).includes(key) && typeof child === 'string')
        out[key] = child.trim() === '' ? child : fn({ pointer: here, text: child, owner: object });
      // Named Example Objects: their summary/description are prose, their value is data (skipped as literal).
      else if (key === 'examples' && child && typeof child === 'object' && !Array.isArray(child))
        out[key] = visit(child, here, true);
      // Each value's meaning is prose; the values (its keys) are data.
      else if (key === ENUM_DESCRIPTIONS && isPlainObject(child))
        out[key] = Object.fromEntries(
          Object.entries(child).map(([value, text]) => [
            value,
            typeof text === 'string' && text.trim() !== ''
              ? fn({ pointer: `${here}/${escapePointerToken(value)}`, text, owner: object })
              : text,
          ]),
        );
      else if (LITERAL_KEYWORDS.has(key) || key.startsWith('x-')) out[key] = child;
      else out[key] = visit(child, here, NAME_MAP_KEYWORDS.has(key));
    }
    return out;
  };
  return visit(value, pointer, false) as T;
}

/** Every text field of a document, in document order. */
export function specTexts(document: unknown): SpecText[] {
  const out: SpecText[] = [];
  mapSpecTexts(document, (field) => {
    out.push(field);
    return field.text;
  });
  return out;
}

/** The unique texts, each with every pointer it appears at (document order), for catalogs deduplicated by text. */
export function groupByText(texts: SpecText[]): Array<{ text: string; pointers: string[] }> {
  const groups = new Map<string, string[]>();
  for (const { text, pointer } of texts) groups.set(text, [...(groups.get(text) ?? []), pointer]);
  return [...groups].map(([text, pointers]) => ({ text, pointers }));
}
