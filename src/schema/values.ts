/**
 * A field's fixed values and what each means, as the reference page and its Markdown twin show them. The meanings
 * live on the schema as `x-enumDescriptions` (a map value → text, the extension Redocly and other renderers read),
 * beside the `enum` the server enforces, or alone for a list the server documents but does not enforce. Pure.
 */
import { isPlainObject } from '../openapi/json';
import { ENUM_DESCRIPTIONS } from '../openapi/types';

export interface FieldValue {
  /** The value as sent on the wire, written as JSON for non-strings (`1`, `true`, `null`). */
  value: string;
  /** What it means; undefined when the spec gives no meaning for it. */
  meaning?: string;
}

export interface FieldValues {
  values: FieldValue[];
  /** True when the server enforces the list (an `enum`); false for a documented list it does not check. */
  enforced: boolean;
}

/** The key a value has in `x-enumDescriptions`: a string as itself, anything else as JSON. */
export function valueKey(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The schema holding the values: the schema itself, or the one non-null variant of a nullable `anyOf`/`oneOf`. */
function valueSchema(schema: Record<string, unknown>): Record<string, unknown> {
  if (Array.isArray(schema.enum) || isPlainObject(schema[ENUM_DESCRIPTIONS])) return schema;
  const variants = (schema.anyOf ?? schema.oneOf) as unknown;
  if (!Array.isArray(variants)) return schema;
  const real = variants.filter((v) => isPlainObject(v) && v.type !== 'null');
  return real.length === 1 && variants.length === 2 && isPlainObject(real[0]) ? real[0] : schema;
}

/** The meanings map of a schema, its non-string entries dropped. */
export function meaningsOf(schema: Record<string, unknown>): Record<string, string> {
  const map = schema[ENUM_DESCRIPTIONS];
  if (!isPlainObject(map)) return {};
  return Object.fromEntries(
    Object.entries(map).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/**
 * The values a field takes with their meanings, in the spec's order: the `enum` (enforced), else the documented
 * list of `x-enumDescriptions` (not enforced). Undefined for a field without a fixed value set.
 */
export function fieldValues(schema: unknown): FieldValues | undefined {
  if (!isPlainObject(schema)) return undefined;
  const s = valueSchema(schema);
  const meanings = meaningsOf(s);
  if (Array.isArray(s.enum)) {
    const values = s.enum.map((v: unknown) => ({ value: valueKey(v), meaning: meanings[valueKey(v)] }));
    if (values.length === 0) return undefined;
    return { values, enforced: true };
  }
  const documented = Object.entries(meanings).map(([value, meaning]) => ({ value, meaning }));
  return documented.length > 0 ? { values: documented, enforced: false } : undefined;
}
