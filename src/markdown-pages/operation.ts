/**
 * One operation's reference page as Markdown, for tools and language models: what the HTML page shows (method,
 * path, authentication, parameters, body, responses with their schemas and examples) and the cURL example,
 * from the same request model and snippet generator as the playground. Pure.
 */
import type { OperationData, OperationParameter } from '../openapi/types';
import { buildRequest } from '../request/build';
import { generateSnippet } from '../snippets';
import { initialValues } from '../playground/initial-values';
import { schemaTypeLabel } from '../schema/labels';
import { codeFence } from '../markdown';
import type { MarkdownLabels } from './labels';
import { constraintTexts, schemaMarkdown, valueList } from './schema';

const LOCATIONS = ['path', 'query', 'header'] as const;

/** A table cell: one line, pipes escaped. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');

function parameterTable(params: OperationParameter[], labels: MarkdownLabels): string {
  const rows = params.map((p) => {
    const name = `\`${p.name}\`${p.required ? ` **${labels.required}**` : ''}`;
    const values = valueList(p.schema, labels);
    const notes = [
      p.description ?? '',
      ...constraintTexts(p.schema, labels),
      values ? `${values.heading} ${values.items.join('; ')}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    return `| ${cell(name)} | \`${cell(schemaTypeLabel(p.schema))}\` | ${cell(notes)} |`;
  });
  return [`| ${labels.name} | ${labels.type} | ${labels.description} |`, '| --- | --- | --- |', ...rows].join('\n');
}

const json = (value: unknown) => codeFence('json', JSON.stringify(value, null, 2));

/** The example request: the documented example values, the key as a placeholder, sent to `baseUrl`. */
export function curlExample(op: OperationData, baseUrl: string): string {
  const values = initialValues(op);
  const request = buildRequest(op, {
    baseUrl,
    pathParams: values.path,
    query: values.query,
    headers: values.header,
    body: values.body,
    keyPlaceholder: true,
  });
  return generateSnippet('curl', request);
}

export function operationMarkdown(op: OperationData, options: { labels: MarkdownLabels; baseUrl: string }): string {
  const { labels } = options;
  const sections: string[] = [
    `# ${op.summary}`,
    `\`${op.method} ${op.path}\``,
    `${labels.operationId}: \`${op.id}\`\n\n${op.secured ? labels.authRequired : labels.authPublic}`,
  ];
  if (op.description) sections.push(op.description.trim());

  const locations = LOCATIONS.filter((loc) => op.parameters.some((p) => p.in === loc));
  if (locations.length > 0) {
    sections.push(`## ${labels.parameters}`);
    for (const loc of locations) {
      sections.push(
        `### ${labels[loc]}`,
        parameterTable(
          op.parameters.filter((p) => p.in === loc),
          labels,
        ),
      );
    }
  }

  if (op.requestBody) {
    const body = op.requestBody;
    sections.push(
      `## ${labels.requestBody}`,
      `\`${body.mediaType}\`${body.required ? ` **${labels.required}**` : ''}`,
      schemaMarkdown(body.schema, labels),
    );
    if (body.example !== undefined) sections.push(`${labels.example}:`, json(body.example));
  }

  sections.push(`## ${labels.responses}`);
  for (const response of op.responses) {
    sections.push(`### ${response.status} ${response.description.replace(/\s*\n\s*/g, ' ')}`.trim());
    if (response.schema) sections.push(schemaMarkdown(response.schema, labels));
    if (response.example !== undefined) sections.push(json(response.example));
  }

  sections.push(`## ${labels.requestExample}`, codeFence('bash', curlExample(op, options.baseUrl)));
  return `${sections.join('\n\n')}\n`;
}
