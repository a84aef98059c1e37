import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SDK_SERVICES_FILE, readSdkClient, sdkPackageDir } from './sdk-reader';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE_DIR = sdkPackageDir(ROOT);
const client = readSdkClient(PACKAGE_DIR);

describe('readSdkClient', () => {
  it('reads the installed version (pinned in package.json) and every call of its generated services', () => {
    const pinned = (
      JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
        devDependencies: Record<string, string>;
      }
    ).devDependencies['tianji-client-sdk'];
    expect(pinned).toBe(client.version);
    const source = fs.readFileSync(path.join(PACKAGE_DIR, SDK_SERVICES_FILE), 'utf8');
    expect(client.calls).toHaveLength(source.match(/return __request\(OpenAPI, \{/g)!.length);
  });

  it('reads method, path, parameters with their SDK types, and the body', () => {
    const find = (method: string) => client.calls.find((c) => c.method === method);
    expect(find('websiteAdd')).toMatchObject({
      service: 'WebsiteService',
      httpMethod: 'POST',
      path: '/workspace/{workspaceId}/website/add',
      pathParams: [{ name: 'workspaceId', prop: 'workspaceId', type: 'string', required: true }],
      query: [],
      body: { prop: 'requestBody', mediaType: 'application/json', required: true },
      argument: 'required',
    });
    expect(find('aiGatewayLogs')?.query).toEqual([
      { name: 'workspaceId', prop: 'workspaceId', type: 'string', required: true },
      { name: 'gatewayId', prop: 'gatewayId', type: 'string', required: true },
      { name: 'cursor', prop: 'cursor', type: 'string', required: false },
      { name: 'limit', prop: 'limit', type: 'number', required: false },
    ]);
    expect(find('feedFetchEventsByCursor')?.query.find((p) => p.name === 'archived')?.type).toBe('boolean');
    expect(find('globalConfig')).toMatchObject({ httpMethod: 'GET', path: '/global/config', argument: 'none' });
  });

  it('fails, naming the file and the call, when the generated client has another shape', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sdk-shape-'));
    try {
      fs.cpSync(PACKAGE_DIR, dir, { recursive: true });
      const file = path.join(dir, SDK_SERVICES_FILE);
      const source = fs.readFileSync(file, 'utf8');
      fs.writeFileSync(file, source.replace("url: '/global/config'", 'url: configUrl'));
      expect(() => readSdkClient(dir)).toThrow(
        /services\.gen\.ts: GlobalService\.globalConfig: no literal method and url/,
      );
      fs.rmSync(file);
      expect(() => readSdkClient(dir)).toThrow(/src\/open\/client\/services\.gen\.ts not found/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
