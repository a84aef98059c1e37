/** A JSON Schema as a nested Markdown list of fields: name, type, required mark, description, constraints. Pure. */
import type { SchemaObject } from '../openapi/types';
import { schemaConstraints, schemaTypeLabel, variantsOf } from '../components/SchemaView/schemaLabel';
import type { MarkdownLabels } from './labels';

// As on the HTML page: deeper levels would only make the text longer; the example shows the rest.
const MAX_DEPTH = 6;

const isSchema = (value: unknown): value is SchemaObject => typeof value === 'object' && value !== null;

/** `allOf` parts merged into one object: properties and required names combined. */
function merged(schema: SchemaObject): SchemaObject {
  if (!Array.isArray(schema.allOf)) return schema;
  const parts = [schema, ...schema.allOf.filter(isSchema).map(merged)];
  return {
    ...schema,
    allOf: undefined,
    type: parts.find((p) => p.type)?.type ?? (parts.some((p) => p.properties) ? 'object' : undefined),
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
    required: [...new Set(parts.flatMap((p) => (Array.isArray(p.required) ? p.required : [])))],
  };
}

/** What to list under a schema: its fields (object, array items, the one non-null variant) or its variants. */
function inner(schema: SchemaObject): { fields?: SchemaObject; variants?: SchemaObject[] } {
  const s = merged(schema);
  if (s.properties && Object.keys(s.properties).length > 0) return { fields: s };
  if (s.type === 'array' && isSchema(s.items)) return inner(s.items);
  const variants = variantsOf(s)?.filter((v) => isSchema(v) && v.type !== 'null');
  if (variants?.length === 1) return inner(variants[0]);
  // Variants are listed when one of them has fields of its own; a union of scalars says all in its type label.
  if (variants && variants.length > 1 && variants.some((v) => inner(v).fields || inner(v).variants))
    return { variants };
  return {};
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function fieldLines(schema: SchemaObject, labels: MarkdownLabels, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const { fields, variants } = depth < MAX_DEPTH ? inner(schema) : {};
  if (variants) {
    return variants.flatMap((variant, i) => [
      `${pad}- ${labels.oneOf} ${i + 1}: \`${schemaTypeLabel(merged(variant))}\`${variant.title ? ` (${variant.title})` : ''}`,
      ...fieldLines(variant, labels, depth + 1),
    ]);
  }
  if (!fields) return [];
  const required = new Set(Array.isArray(fields.required) ? fields.required : []);
  return Object.entries(fields.properties ?? {}).flatMap(([name, child]) => {
    const s = isSchema(child) ? child : {};
    const parts = [`\`${name}\``, `\`${schemaTypeLabel(merged(s))}\``];
    if (required.has(name)) parts.push(`**${labels.required}**`);
    const notes = [typeof s.description === 'string' ? oneLine(s.description) : '', ...schemaConstraints(s)].filter(
      Boolean,
    );
    return [
      `${pad}- ${parts.join(' ')}${notes.length ? `: ${notes.join(' · ')}` : ''}`,
      ...fieldLines(s, labels, depth + 1),
    ];
  });
}

export function schemaMarkdown(schema: SchemaObject, labels: MarkdownLabels): string {
  const head = `\`${schemaTypeLabel(merged(schema))}\`${typeof schema.description === 'string' ? ` — ${oneLine(schema.description)}` : ''}`;
  return [head, ...fieldLines(schema, labels, 0)].join('\n');
}
