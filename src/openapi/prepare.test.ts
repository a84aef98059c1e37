import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivedOperationId, prepareSpec } from './prepare';
import { operationsOf } from './operations';
import { resolveLocalRefs } from './refs';

const specs = path.resolve(__dirname, '../../test/fixtures/specs');

function tempSpec(text: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'prepare-')), 'spec.yaml');
  fs.writeFileSync(file, text);
  return file;
}

describe('prepareSpec', () => {
  it('derives stable, unique operation ids and titles for operations without them', async () => {
    const { document, warnings } = await prepareSpec(path.join(specs, 'no-operation-ids.yaml'), 'no-ids.yaml');
    expect(operationsOf(document).map((o) => [o.id, o.summary])).toEqual([
      ['get-pets', 'GET /pets'],
      ['post-pets', 'Add a pet'],
      ['get-pets-petId', 'GET /pets/{petId}'],
    ]);
    expect(warnings.map((w) => `${w.file}${w.pointer}`)).toEqual([
      'no-ids.yaml#/paths/~1pets/get',
      'no-ids.yaml#/paths/~1pets/post',
      'no-ids.yaml#/paths/~1pets~1{petId}/get',
    ]);
    expect(derivedOperationId('DELETE', '/a/{b}.json')).toBe('delete-a-b-json');
  });

  it('never derives an id another operation already has', async () => {
    const file = tempSpec(
      `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {responses: {'200': {description: ok}}}\n` +
        `  /b:\n    get: {operationId: get-a, responses: {'200': {description: ok}}}\n`,
    );
    const { document } = await prepareSpec(file);
    expect(operationsOf(document).map((o) => o.id)).toEqual(['get-a-2', 'get-a']);
  });

  it('writes discriminator mappings by schema name as $refs', async () => {
    const { document } = await prepareSpec(path.join(specs, 'discriminator-mapping-names.yaml'));
    const option = resolveLocalRefs<{ discriminator: { mapping: Record<string, string> } }>(
      { $ref: '#/components/schemas/Option' },
      { components: (document as { components: unknown }).components },
    );
    expect(option.discriminator.mapping).toEqual({
      'Option One': '#/components/schemas/OptionOne',
      'Option Two': '#/components/schemas/OptionTwo',
    });
  });

  it('converts Swagger 2.0 to OpenAPI 3.0', async () => {
    const { document } = await prepareSpec(path.join(specs, 'swagger-2.json'));
    expect(document.openapi).toMatch(/^3\.0\./);
    expect(document.servers).toEqual([{ url: 'https://petstore.example.com/v1' }]);
    const [list] = operationsOf(document);
    expect(list.parameters).toEqual([expect.objectContaining({ name: 'limit', in: 'query', schema: expect.anything() })]);
    expect(list.responses[0].schema).toMatchObject({ type: 'array' });
  });

  it('bundles a spec split across files into one document', async () => {
    const { document } = await prepareSpec(path.join(specs, 'split/openapi.yaml'));
    const text = JSON.stringify(document);
    expect(text).not.toContain('schemas.yaml');
    const [list] = operationsOf(resolveLocalRefs(document, document));
    expect(list.responses[0].schema).toMatchObject({ items: { properties: { age: { minimum: 0 } } } });
  });

  it('leaves out webhooks, with a warning per webhook', async () => {
    const file = tempSpec(
      `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\nwebhooks:\n  newPet:\n    post: {responses: {'200': {description: ok}}}\n` +
        `x-webhooks:\n  oldPet:\n    post: {responses: {'200': {description: ok}}}\n`,
    );
    const { document, warnings } = await prepareSpec(file, 'hooks.yaml');
    expect(document).not.toHaveProperty('webhooks');
    expect(document).not.toHaveProperty('x-webhooks');
    expect(warnings.map((w) => `${w.rule} ${w.pointer}`)).toEqual([
      'skipped-webhook #/webhooks/newPet',
      'skipped-webhook #/x-webhooks/oldPet',
    ]);
  });

  it('leaves out operations that are not objects, with a warning', async () => {
    const file = tempSpec(
      `openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n    post: {operationId: p, responses: {'200': {description: ok}}}\n`,
    );
    const { document, warnings } = await prepareSpec(file, 'null-op.yaml');
    expect(operationsOf(document).map((o) => o.id)).toEqual(['p']);
    expect(warnings).toEqual([expect.objectContaining({ pointer: '#/paths/~1a/get', rule: 'skipped-operation' })]);
  });
});
