import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SpecValidationError, validateSpec } from './validate';

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
    await expect(validateSpec(file, path.dirname(file))).resolves.toBeUndefined();
  });

  it('names the file and the JSON path of a structural error', async () => {
    const bad = structuredClone(minimal) as any;
    bad.paths['/a'].get.responses['200'] = { content: {} }; // description is required
    const file = tempSpec('bad.json', JSON.stringify(bad));
    const error = await validateSpec(file, path.dirname(file)).catch((e) => e);
    expect(error).toBeInstanceOf(SpecValidationError);
    expect(error.message).toContain('bad.json#/paths/~1a/get/responses/200');
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
