import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadApiModel } from '../openapi/model';
import type { OperationData, SchemaObject } from '../openapi/types';
import { createIdRegistry } from './anchors';
import { MAX_DEPTH, schemaTree, type SchemaNode } from './tree';

/** Every id in a listing, in page order. */
function ids(node: SchemaNode | undefined): string[] {
  if (!node) return [];
  if (node.kind === 'fields') return node.fields.flatMap((f) => [f.id, ...ids(f.content)]);
  return node.variants.flatMap((v) => [v.id, ...ids(v.content)]);
}
const union = (node: SchemaNode | undefined) => {
  if (node?.kind !== 'union') throw new Error(`not a union: ${JSON.stringify(node)?.slice(0, 200)}`);
  return node;
};
const fields = (node: SchemaNode | undefined) => {
  if (node?.kind !== 'fields') throw new Error(`not fields: ${JSON.stringify(node)?.slice(0, 200)}`);
  return node.fields;
};

let fixture: OperationData[];
let tianji: OperationData[];
beforeAll(async () => {
  const root = path.resolve(__dirname, '../..');
  fixture = (await loadApiModel(path.join(root, 'test/fixtures/specs/unions.yaml'))).operations;
  tianji = (await loadApiModel(path.join(root, 'openapi/tianji.yaml'))).operations;
}, 60_000);
const op = (list: OperationData[], id: string) => list.find((o) => o.id === id)!;

describe('schemaTree on the Tianji spec', () => {
  it('lists both page kinds of page/all with their own fields, ids and example', () => {
    const r = op(tianji, 'page-getAllPages').responses.find((x) => x.status === '200')!;
    const tree = union(schemaTree(r.schema, 'response.200', createIdRegistry(), r.example));
    expect(tree.discriminator).toBe('type');
    const [status, stat] = tree.variants;
    expect([status.id, stat.id]).toEqual(['response.200:status', 'response.200:static']);
    expect(fields(status.content).map((f) => f.name)).toContain('monitorList');
    expect(fields(stat.content).map((f) => f.name)).toContain('payload');
    expect(fields(stat.content).find((f) => f.name === 'payload')).toMatchObject({
      id: 'response.200:static.payload',
      required: true,
    });
    // Each variant gets its own items of the list example.
    expect(status.candidates).toEqual([expect.objectContaining({ type: 'status' })]);
    expect(stat.candidates).toEqual([expect.objectContaining({ type: 'static' })]);
  });

  it('shows the website domain (a nested request-body union) as a name, an IPv4 or an IPv6 address', () => {
    const body = op(tianji, 'website-add').requestBody!;
    const domain = fields(schemaTree(body.schema, 'body', createIdRegistry(), body.example)).find(
      (f) => f.name === 'domain',
    )!;
    expect(domain.id).toBe('body.domain');
    expect(union(domain.content).variants.map((v) => v.id)).toEqual([
      'body.domain:string',
      'body.domain:string-ipv4',
      'body.domain:string-ipv6',
    ]);
    // The body example's domain is a name: only that variant takes it (the IP ones are sampled in the page).
    expect(union(domain.content).variants.map((v) => v.candidates)).toEqual([['help.example.com'], [], []]);
  });
});

describe('schemaTree on the unions fixture', () => {
  it('shows a request-body union nested in a property, by its discriminator, with the example in its variant', () => {
    const body = op(fixture, 'notification-create').requestBody!;
    const payload = fields(schemaTree(body.schema, 'body', createIdRegistry(), body.example)).find(
      (f) => f.name === 'payload',
    )!;
    const tree = union(payload.content);
    expect(tree).toMatchObject({ keyword: 'oneOf', discriminator: 'kind' });
    expect(tree.variants.map((v) => v.label)).toEqual([
      { kind: 'discriminator', property: 'kind', value: 'webhook' },
      { kind: 'discriminator', property: 'kind', value: 'email' },
    ]);
    expect(fields(tree.variants[0].content).map((f) => [f.id, f.required])).toEqual([
      ['body.payload:webhook.kind', true],
      ['body.payload:webhook.url', true],
      ['body.payload:webhook.secret', false],
    ]);
    expect(tree.variants[0].candidates).toEqual([{ kind: 'webhook', url: 'https://hooks.example.com/tianji' }]);
    expect(tree.variants[1].candidates).toEqual([]);
  });

  it('merges allOf: Base and Channel properties and required together', () => {
    const r = op(fixture, 'notification-create').responses[0];
    const list = fields(schemaTree(r.schema, 'response.200', createIdRegistry(), r.example));
    expect(list.map((f) => [f.name, f.required])).toEqual([
      ['id', true],
      ['createdAt', false],
      ['name', true],
      ['payload', true],
    ]);
  });

  it('shows a schema that contains itself once, its recursive variant named and not expanded', () => {
    const r = op(fixture, 'folder-tree').responses[0];
    const children = fields(schemaTree(r.schema, 'response.200', createIdRegistry())).find(
      (f) => f.name === 'children',
    )!;
    const tree = union(children.content);
    expect(tree.variants.map((v) => [v.key, v.circular ?? false, v.content?.kind])).toEqual([
      ['folder', true, undefined],
      ['file', false, 'fields'],
    ]);
  });
});

describe('schemaTree guards', () => {
  it('stops at a schema met again inside itself (an object cycle) and past MAX_DEPTH', () => {
    const node: SchemaObject = { type: 'object', properties: { name: { type: 'string' } } };
    node.properties!.self = node;
    node.properties!.either = { oneOf: [node, { type: 'object', properties: { leaf: { type: 'string' } } }] };
    const tree = fields(schemaTree(node, 'body', createIdRegistry()));
    expect(tree.find((f) => f.name === 'self')!.content).toBeUndefined();
    expect(union(tree.find((f) => f.name === 'either')!.content).variants[0].content).toBeUndefined();

    let deep: SchemaObject = { type: 'string' };
    for (let i = 0; i < MAX_DEPTH + 3; i++) deep = { type: 'object', properties: { next: deep } };
    const listed = ids(schemaTree(deep, 'body', createIdRegistry()));
    expect(listed).toHaveLength(MAX_DEPTH);
    expect(listed.at(-1)).toBe(`body${'.next'.repeat(MAX_DEPTH)}`);
  });

  it('gives unique ids even when two names encode alike', () => {
    const tree = schemaTree(
      { properties: { 'a.b': { type: 'string' }, a_2e_b: { type: 'string' } } },
      'body',
      createIdRegistry(),
    );
    expect(ids(tree)).toEqual(['body.a_2e_b', 'body.a_2e_b-2']);
  });
});
