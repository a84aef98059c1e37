import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { OperationData } from '../openapi/types';
import { exampleBaseUrl } from '../openapi/servers';
import { curlExample, operationMarkdown } from './operation';
import { schemaMarkdown } from './schema';
import { labelsOf, tianjiModel } from './fixtures';

const parse = (text: string) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

describe('operationMarkdown on the Tianji spec', async () => {
  const model = await tianjiModel();
  const baseUrl = exampleBaseUrl(model.serverUrl);
  const byId = (id: string) => model.operations.find((op) => op.id === id)!;

  it('gives method, path, parameters, body, responses and a cURL example that parse as Markdown', () => {
    const op = byId('website-add');
    const text = operationMarkdown(op, { labels: labelsOf('en'), baseUrl });
    const tree = parse(text);
    const headings = tree.children.flatMap((n) =>
      n.type === 'heading' && n.children[0]?.type === 'text' ? [`${n.depth} ${n.children[0].value}`] : [],
    );
    expect(headings.slice(0, 4)).toEqual([`1 ${op.summary}`, '2 Parameters', '3 Path parameters', '2 Request body']);
    expect(headings).toContain('2 Responses');
    expect(headings.at(-1)).toBe('2 Request example');
    expect(text).toContain(`\`POST ${op.path}\``);
    const table = tree.children.find((n) => n.type === 'table');
    expect(table?.type === 'table' && table.children.length).toBe(
      1 + op.parameters.filter((p) => p.in === 'path').length,
    );
    const code = tree.children.filter((n) => n.type === 'code');
    const examples =
      (op.requestBody?.example !== undefined ? 1 : 0) + op.responses.filter((r) => r.example !== undefined).length;
    expect(code.map((c) => c.type === 'code' && c.lang)).toEqual([...Array(examples).fill('json'), 'bash']);
    expect(code.at(-1)?.type === 'code' && code.at(-1)).toMatchObject({
      lang: 'bash',
      value: curlExample(op, baseUrl),
    });
    for (const r of op.responses) expect(text).toContain(`### ${r.status} `);
  });

  it('writes its words in the page language', () => {
    const text = operationMarkdown(byId('website-add'), { labels: labelsOf('fr'), baseUrl });
    expect(text).toContain(`## ${labelsOf('fr').parameters}`);
    expect(text).toContain(`## ${labelsOf('fr').requestExample}`);
    expect(text).not.toContain('## Parameters');
  });

  it("says a parameter's constraints in words and its values with their meanings, in the table", () => {
    const text = operationMarkdown(byId('website-getPublicStatsByShareId'), { labels: labelsOf('en'), baseUrl });
    const row = text.split('\n').find((line) => line.startsWith('| `range`'));
    expect(row).toContain('Allowed values: `realtime` — ');
    expect(row).toContain('; `24h` — The last 24 hours.;');
  });

  it('shows the example values and the key placeholder in the cURL example, never a key', () => {
    const curl = curlExample(byId('website-all'), baseUrl);
    expect(curl).toContain('https://your-tianji-domain.com/open/workspace/clnzoxcy10001vy2ohi4obbi0/website/all');
    expect(curl).toContain('Bearer <your_api_key_here>');
  });

  it('builds for every operation, with a table row per parameter', () => {
    for (const op of model.operations) {
      const tree = parse(operationMarkdown(op, { labels: labelsOf('en'), baseUrl }));
      const rows = tree.children.flatMap((n) => (n.type === 'table' ? n.children.slice(1) : []));
      expect(rows, op.id).toHaveLength(op.parameters.length);
    }
  });
});

describe('schemaMarkdown', () => {
  const labels = labelsOf('en');
  it('lists nested fields with types, required marks, descriptions and constraints', () => {
    const text = schemaMarkdown(
      {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', description: 'The name\nshown.', maxLength: 100 },
          payload: { type: 'object', properties: { url: { type: 'string', format: 'uri' } } },
        },
      },
      labels,
    );
    expect(text).toBe(
      [
        '`object`',
        '- `name` `string` **required**: The name shown. · at most 100 characters',
        '- `payload` `object`',
        '  - `url` `string (uri)`',
      ].join('\n'),
    );
  });
  it("lists a field's values with their meanings under it, in the page's language, and says when they are not enforced", () => {
    const role = {
      type: 'string',
      enum: ['owner', 'readOnly'],
      default: 'readOnly',
      'x-enumDescriptions': { owner: 'Full\ncontrol.', readOnly: 'Reads only.' },
    };
    const schema = {
      type: 'object',
      properties: { role, kind: { type: 'string', 'x-enumDescriptions': { tls: 'TLS.' } } },
    };
    expect(schemaMarkdown(schema, labels).split('\n').slice(1)).toEqual([
      '- `role` `string`: default: `"readOnly"` · Allowed values:',
      '  - `owner` — Full control.',
      '  - `readOnly` — Reads only.',
      '- `kind` `string`: Documented values (the server does not check them):',
      '  - `tls` — TLS.',
    ]);
    expect(schemaMarkdown(schema, labelsOf('ja'))).toContain('既定値：`"readOnly"` · 指定できる値：\n');
  });
  it('lists each union variant with its fields, merges allOf, and stops on recursive schemas', () => {
    const node: Record<string, unknown> = { type: 'object', properties: { id: { type: 'string' } } };
    (node.properties as Record<string, unknown>).child = node;
    const text = schemaMarkdown(
      {
        oneOf: [
          { title: 'Status page', type: 'object', properties: { type: { const: 'status' } } },
          {
            allOf: [
              { type: 'object', properties: { type: { const: 'static' } } },
              { properties: { html: { type: 'string' } }, required: ['html'] },
            ],
          },
        ],
        properties: undefined,
      },
      labels,
    );
    // Labelled as the page's tabs are: by the property that tells the variants apart.
    expect(text).toContain('- One of 1: `type: "status"`\n  - `type` `"status"`');
    expect(text).toContain('- One of 2: `type: "static"`\n  - `type` `"static"`\n  - `html` `string` **required**');
    const deep = schemaMarkdown(node, labels).split('\n');
    expect(deep.length).toBeLessThan(20);
  });
});

describe('operationMarkdown on a bare operation', () => {
  it('leaves out sections the operation does not have', () => {
    const op: OperationData = {
      id: 'ping',
      method: 'GET',
      path: '/ping',
      tag: 'misc',
      summary: 'Ping',
      secured: false,
      parameters: [],
      responses: [{ status: '204', description: 'Nothing.' }],
    };
    const text = operationMarkdown(op, { labels: labelsOf('en'), baseUrl: 'https://t.example.com/open' });
    expect(text).not.toContain('## Parameters');
    expect(text).not.toContain('## Request body');
    expect(text).toContain('Public: no API key needed.');
    expect(text).toContain('### 204 Nothing.');
  });
});
