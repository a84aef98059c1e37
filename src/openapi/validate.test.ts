import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpecValidationError, formatWarnings, validateSpec } from './validate';

function tempSpec(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

const minimal = {
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  paths: { '/a': { get: { operationId: 'a', responses: { '200': { description: 'ok' } } } } },
};

describe('validateSpec', () => {
  it('accepts a minimal document', async () => {
    const file = tempSpec('ok.json', JSON.stringify(minimal));
    await expect(validateSpec(file, path.dirname(file))).resolves.toEqual([]);
  });

  it('names the file and the JSON path of a structural problem, as a warning: the document stays usable', async () => {
    const bad = structuredClone(minimal) as any;
    bad.paths['/a'].get.responses['200'] = { content: {} }; // description is required
    const file = tempSpec('bad.json', JSON.stringify(bad));
    const warnings = await validateSpec(file, path.dirname(file));
    expect(warnings).toEqual([expect.objectContaining({ file: 'bad.json', pointer: '#/paths/~1a/get/responses/200' })]);
  });

  it('warns about lint findings (only 4xx responses, `nullable` in 3.1) and accepts discriminator mappings by name', async () => {
    const doc = structuredClone(minimal) as any;
    doc.paths['/b'] = { get: { operationId: 'b', responses: { '404': { description: 'none' } } } };
    doc.paths['/a'].get.responses['200'] = {
      description: 'ok',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
    };
    doc.components = {
      schemas: {
        Pet: {
          oneOf: [{ $ref: '#/components/schemas/Cat' }],
          discriminator: { propertyName: 'kind', mapping: { cat: 'Cat' } },
        },
        Cat: { type: 'object', properties: { kind: { type: 'string' }, name: { type: 'string', nullable: true } } },
      },
    };
    const file = tempSpec('lint.json', JSON.stringify(doc));
    const warnings = await validateSpec(file, path.dirname(file));
    expect(warnings.map((w) => w.rule).sort()).toEqual(['operation-2xx-response', 'struct']);
    expect(formatWarnings(warnings)).toMatch(/^2 warning\(s\) in 2 rule\(s\); the build goes on:\n/);
    expect(formatWarnings(warnings)).toContain('\n  operation-2xx-response ×1: Operation must have at least one');
    expect(formatWarnings(warnings)).toContain('    lint.json#/components/schemas/Cat/properties/name/nullable');
  });

  it('still fails on a discriminator mapping that names no schema', async () => {
    const doc = structuredClone(minimal) as any;
    doc.components = { schemas: { Pet: { type: 'object', discriminator: { propertyName: 'k', mapping: { a: 'Nope' } } } } };
    const file = tempSpec('mapping.json', JSON.stringify(doc));
    const error = await validateSpec(file, path.dirname(file)).catch((e) => e);
    expect(error.message).toMatch(/mapping\.json#\/components\/schemas\/Pet\/discriminator\/mapping\/a: .*resolve/i);
  });

  it('refuses a document that is not OpenAPI 3.x or Swagger 2.0, in one line', async () => {
    for (const [name, body, reason] of [
      ['none.json', { hello: 'world' }, 'no `openapi` field'],
      ['old.json', { swagger: '1.2', paths: {} }, 'version "1.2"'],
    ] as const) {
      const file = tempSpec(name, JSON.stringify(body));
      const error = await validateSpec(file, path.dirname(file)).catch((e) => e);
      expect(error).toBeInstanceOf(SpecValidationError);
      expect(error.message).toBe(`${name}#/: not an OpenAPI 3.x (or Swagger 2.0) document: ${reason}`);
    }
  });

  it('reports a dangling $ref with its location', async () => {
    const bad = structuredClone(minimal) as any;
    bad.paths['/a'].get.responses['200'] = { $ref: '#/components/responses/Missing' };
    const file = tempSpec('dangling.json', JSON.stringify(bad));
    const error = await validateSpec(file, path.dirname(file)).catch((e) => e);
    expect(error.message).toMatch(/dangling\.json#\/paths\/~1a\/get\/responses\/200: .*resolve/i);
  });

  it('reports duplicate operationIds', async () => {
    const bad = structuredClone(minimal) as any;
    bad.paths['/b'] = { get: { operationId: 'a', responses: { '200': { description: 'ok' } } } };
    const file = tempSpec('dup.json', JSON.stringify(bad));
    const error = await validateSpec(file, path.dirname(file)).catch((e) => e);
    expect(error.message).toMatch(/dup\.json#\/paths\/~1b\/get\S*: .*operationId/);
  });

  it('turns a YAML syntax error into a one-line problem naming the file', async () => {
    const file = tempSpec('broken.yaml', 'openapi: 3.1.0\ninfo: [unclosed\n');
    const error = await validateSpec(file, path.dirname(file)).catch((e) => e);
    expect(error).toBeInstanceOf(SpecValidationError);
    expect(error.message.split('\n')[0]).toContain('broken.yaml');
  });
});
