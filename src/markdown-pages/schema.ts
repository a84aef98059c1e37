/**
 * A JSON Schema as a nested Markdown list of fields: name, type, required mark, description, constraints in words,
 * values with their meanings (a list under the field); a union's variants by their labels. The structure is the reference page's own (src/schema/tree.ts: unions,
 * `allOf` merged, the depth limit and the cycle guard), so the HTML and the Markdown list the same things. Pure.
 */
import type { SchemaObject } from '../openapi/types';
import { schemaTypeLabel } from '../schema/labels';
import { fillMessage, LITERAL_PLACEHOLDERS, schemaConstraints } from '../schema/constraints';
import { fieldValues } from '../schema/values';
import { schemaTree, type SchemaNode } from '../schema/tree';
import { variantLabelText } from '../schema/unions';
import { createIdRegistry } from '../schema/anchors';
import type { MarkdownLabels } from './labels';

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
const code = (text: string) => `\`${text}\``;

/** A field's constraints in the page's words, literal values as code: `1 to 100 characters`, `default: \`20\``. */
export function constraintTexts(schema: unknown, labels: MarkdownLabels): string[] {
  return schemaConstraints(schema).map(({ key, values }) =>
    fillMessage(
      labels.constraints[key],
      Object.fromEntries(
        Object.entries(values).map(([name, value]) => [name, LITERAL_PLACEHOLDERS.has(name) ? code(value) : value]),
      ),
    ),
  );
}

/** A field's values as the page lists them: the heading, then "`value` — meaning" for each. */
export function valueList(schema: unknown, labels: MarkdownLabels): { heading: string; items: string[] } | undefined {
  const list = fieldValues(schema);
  if (!list) return undefined;
  return {
    heading: labels.constraints[list.enforced ? 'valuesEnforced' : 'valuesDocumented'],
    items: list.values.map(({ value, meaning }) => (meaning ? `${code(value)} — ${oneLine(meaning)}` : code(value))),
  };
}

function nodeLines(node: SchemaNode | undefined, labels: MarkdownLabels, depth: number): string[] {
  if (!node) return [];
  const pad = '  '.repeat(depth);
  if (node.kind === 'union') {
    return node.variants.flatMap((variant, i) => {
      const label = variantLabelText(variant.label);
      return [
        `${pad}- ${labels.oneOf} ${i + 1}${label ? `: \`${label}\`` : ''}`,
        ...nodeLines(variant.content, labels, depth + 1),
      ];
    });
  }
  return node.fields.flatMap((field) => {
    const schema = typeof field.schema === 'object' ? field.schema : {};
    const parts = [`\`${field.name}\``, `\`${schemaTypeLabel(field.schema)}\``];
    if (field.required) parts.push(`**${labels.required}**`);
    const values = valueList(schema, labels);
    const notes = [
      typeof schema.description === 'string' ? oneLine(schema.description) : '',
      ...constraintTexts(schema, labels),
      values?.heading ?? '',
    ];
    const text = notes.filter(Boolean).join(' · ');
    return [
      `${pad}- ${parts.join(' ')}${text ? `: ${text}` : ''}`,
      ...(values?.items ?? []).map((item) => `${pad}  - ${item}`),
      ...nodeLines(field.content, labels, depth + 1),
    ];
  });
}

export function schemaMarkdown(schema: SchemaObject, labels: MarkdownLabels): string {
  const description = typeof schema.description === 'string' ? ` — ${oneLine(schema.description)}` : '';
  const tree = schemaTree(schema, 'schema', createIdRegistry());
  return [`\`${schemaTypeLabel(schema)}\`${description}`, ...nodeLines(tree, labels, 0)].join('\n');
}
