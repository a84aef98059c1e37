/** Short type labels for JSON Schemas, e.g. `string | null`, `array<object>`, `integer (int64)`. */
import type { SchemaObject } from '../openapi/types';

type Schema = SchemaObject;

/** Variants of a schema written as anyOf/oneOf (OpenAPI 3.1 nullables are `anyOf: [T, {type: null}]`). */
export function variantsOf(schema: Schema): Schema[] | undefined {
  const list = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  return Array.isArray(list) ? list : undefined;
}

function objectTitle(schema: unknown): string | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const s = schema as Schema;
  return typeof s.title === 'string' && (s.type === 'object' || s.properties !== undefined) ? s.title : undefined;
}

export function schemaTypeLabel(schema: unknown): string {
  if (typeof schema === 'string') return schema.startsWith('circular') ? 'circular' : schema;
  if (!schema || typeof schema !== 'object') return 'any';
  const s = schema as Schema;
  const variants = variantsOf(s);
  // An object variant is named by its title (the loader keeps a `$ref`'s name there): `Webhook | Email`.
  if (variants) return [...new Set(variants.map((v) => objectTitle(v) ?? schemaTypeLabel(v)))].join(' | ');
  if (Array.isArray(s.allOf)) return s.allOf.map(schemaTypeLabel).join(' & ');
  const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : s.properties ? ['object'] : [];
  if (types.length === 0) return s.const !== undefined ? JSON.stringify(s.const) : 'any';
  return types
    .map((t) => {
      if (t === 'array') return `array<${schemaTypeLabel(s.items)}>`;
      return s.format ? `${t} (${s.format})` : t;
    })
    .join(' | ');
}
