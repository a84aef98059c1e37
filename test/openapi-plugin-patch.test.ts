/**
 * The pinned patch of docusaurus-plugin-openapi-docs (patches/docusaurus-plugin-openapi-docs+<version>.patch,
 * applied by `postinstall`): no Postman collection (the site never reads `api.postman`), and `gen-api-docs all`
 * parses the spec once for every locale. Fails when the plugin is upgraded or the patch is not applied: then
 * re-make the patch for the new version (`npx patch-package docusaurus-plugin-openapi-docs`) or drop it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const plugin = path.join(root, 'node_modules/docusaurus-plugin-openapi-docs');
const { version } = JSON.parse(fs.readFileSync(path.join(plugin, 'package.json'), 'utf8')) as { version: string };

describe('the patched openapi-docs plugin', () => {
  it('is the version the patch was made for', () => {
    const patches = fs
      .readdirSync(path.join(root, 'patches'))
      .filter((f) => f.startsWith('docusaurus-plugin-openapi-docs+'));
    expect(patches).toEqual([`docusaurus-plugin-openapi-docs+${version}.patch`]);
  });

  it('models a document without converting it to a Postman collection', async () => {
    const { processOpenapiFiles } = (await import(path.join(plugin, 'lib/openapi/openapi.js'))) as {
      processOpenapiFiles: (
        files: unknown[],
        options: object,
        sidebar: object,
      ) => Promise<[Array<Record<string, any>>]>;
    };
    const data = {
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: { '/a': { get: { operationId: 'a-get', summary: 'A', responses: { '200': { description: 'ok' } } } } },
    };
    const [items] = await processOpenapiFiles([{ source: 'x.json', sourceDirName: '.', data }], {}, {});
    const api = items.find((i) => i.type === 'api');
    expect(api?.id).toBe('a-get');
    expect(api?.api).not.toHaveProperty('postman');
  });

  it('shares one parsed spec between the entries of `gen-api-docs all`', () => {
    const index = fs.readFileSync(path.join(plugin, 'lib/index.js'), 'utf8');
    expect(index).toContain('processedSpecs.get(processedKey)');
    expect(index).not.toMatch(/const openapiFiles = await \(0, openapi_1\.readOpenapiFiles\)\(contentPath\);/);
  });
});
