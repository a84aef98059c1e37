import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadApiModel } from './model';
import { prepareSpec } from './prepare';
import { resourceCollections, resourceOf, resourceProblems } from './resources';
import { SpecValidationError } from './validate';

function tempSpec(extension: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'resources-')), 'spec.yaml');
  fs.writeFileSync(
    file,
    `openapi: 3.1.0
info: { title: t, version: '1' }
components:
  parameters:
    siteId: { name: siteId, in: path, required: true, schema: { type: string } }
paths:
  /site/{siteId}/info:
    get:
      operationId: site-info
      parameters: [{ $ref: '#/components/parameters/siteId' }]
      x-tianji-resource: ${extension}
      responses: { '200': { description: ok } }
  /site/upsert:
    post:
      operationId: site-upsert
      requestBody:
        content: { application/json: { schema: { type: object, properties: { siteId: { type: string } } } } }
      x-tianji-resource: { record: { collection: site, action: upsert, ids: [siteId] }, offers: siteId }
      responses: { '200': { description: ok } }
`,
  );
  return file;
}

async function problems(extension: string): Promise<string[]> {
  try {
    await prepareSpec(tempSpec(extension), 'spec.yaml');
    return [];
  } catch (error) {
    if (!(error instanceof SpecValidationError)) throw error;
    return error.message.split('\n');
  }
}

describe('x-tianji-resource', () => {
  it('reaches the operations model', async () => {
    const view = '{ kind: set, collection: hit, parent: { collection: site, key: siteId }, id: siteId, fields: { a: 1 } }';
    const { operations } = await loadApiModel(
      tempSpec(`{ within: [{ collection: site, ids: [siteId] }], view: ${view} }`),
    );
    expect(operations.map((o) => o.resource)).toEqual([
      {
        within: [{ collection: 'site', ids: ['siteId'] }],
        view: {
          kind: 'set',
          collection: 'hit',
          parent: { collection: 'site', key: 'siteId' },
          id: 'siteId',
          fields: { a: 1 },
        },
      },
      { record: { collection: 'site', action: 'upsert', ids: ['siteId'] }, offers: 'siteId' },
    ]);
    expect(resourceCollections(operations)).toEqual(['site']);
  });

  it('keeps only well-formed parts', () => {
    expect(resourceOf(undefined)).toBeUndefined();
    expect(resourceOf({ record: { collection: 'a', action: 'fly' }, within: [{ ids: ['x'] }], offers: 3 })).toEqual({});
  });

  it('accepts entries that name the parameters and body fields the operation has', async () => {
    expect(await problems('{ record: { collection: site, action: get, ids: [siteId, id] }, offers: siteId }')).toEqual(
      [],
    );
  });

  it("holds for every entry of the site's spec", async () => {
    const { document } = await prepareSpec(path.resolve(__dirname, '../../openapi/tianji.yaml'));
    expect(resourceProblems(document, 'tianji.yaml')).toEqual([]);
  });

  it('fails the preparation on an entry naming what is not there, with the file and JSON path', async () => {
    const at = 'spec.yaml#/paths/~1site~1{siteId}~1info/get/x-tianji-resource';
    expect(await problems('{ record: { collection: site, action: get, ids: [websiteId] } }')).toEqual([
      `${at}/record/ids/0: \`websiteId\` is not a parameter or body field of site-info`,
    ]);
    expect(await problems('{ within: [{ collection: site, ids: [siteId] }, { collection: x, ids: [nope] }] }')).toEqual(
      [`${at}/within/1/ids/0: \`nope\` is not a path or query parameter of site-info`],
    );
    expect(await problems('{ record: { collection: site, action: fly }, offers: websiteId }')).toEqual([
      `${at}/record/action: must be one of list, get, create, upsert, update, delete`,
      `${at}/offers: \`websiteId\` is not a parameter of any operation`,
    ]);
    expect(await problems('{ within: [{ ids: [siteId] }] }')).toEqual([`${at}/within/0: needs a \`collection\` name`]);
    expect(await problems('{ view: { kind: set, collection: hit, parent: { collection: site, key: siteId } } }')).toEqual([
      `${at}/view: needs a \`kind\` (count, add, list, get, set, countOne, countEach); but for count, a \`collection\` and a \`parent\` {collection, key}; for get and set, an \`id\``,
    ]);
    expect(
      await problems('{ view: { kind: get, collection: hit, parent: { collection: site, key: siteId }, id: hitId } }'),
    ).toEqual([`${at}/view/id: \`hitId\` is not a parameter or body field of site-info`]);
    expect(await problems('[siteId]')).toEqual([`${at}: must be an object with \`record\`, \`within\`, \`offers\` or \`view\``]);
  });
});
