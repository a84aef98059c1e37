/**
 * A JSON Schema as a nested Markdown list of fields: name, type, required mark, description, constraints; a union's
 * variants by their labels. The structure is the reference page's own (src/schema/tree.ts: unions,
 * `allOf` merged, the depth limit and the cycle guard), so the HTML and the Markdown list the same things. Pure.
 */
import type { SchemaObject } from '../openapi/types';
import { schemaConstraints, schemaTypeLabel } from '../schema/labels';
import { schemaTree, type SchemaNode } from '../schema/tree';
import { variantLabelText } from '../schema/unions';
import { createIdRegistry } from '../schema/anchors';
import type { MarkdownLabels } from './labels';

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

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
    const notes = [
      typeof schema.description === 'string' ? oneLine(schema.description) : '',
      ...schemaConstraints(schema),
    ];
    const text = notes.filter(Boolean).join(' · ');
    return [`${pad}- ${parts.join(' ')}${text ? `: ${text}` : ''}`, ...nodeLines(field.content, labels, depth + 1)];
  });
}

export function schemaMarkdown(schema: SchemaObject, labels: MarkdownLabels): string {
  const description = typeof schema.description === 'string' ? ` — ${oneLine(schema.description)}` : '';
  const tree = schemaTree(schema, 'schema', createIdRegistry());
  return [`\`${schemaTypeLabel(schema)}\`${description}`, ...nodeLines(tree, labels, 0)].join('\n');
}
