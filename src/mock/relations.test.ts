/**
 * The spec's `x-tianji-resource` entries are where the mock learns its records: the same operations without
 * them lose their stateful behaviour (they answer their examples), and a `within` entry is what makes an
 * operation under a record ask for that record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationData } from '../openapi/types';
import { DEMO_API_KEY } from './auth';
import { loadSiteOperations, loadTinyOperations } from './fixtures/index';
import { startMockServer, type MockServer } from './server';

const WS = 'cldemoworkspace0000000001';
const auth = { authorization: `Bearer ${DEMO_API_KEY}`, 'content-type': 'application/json' };
const tiny = await loadTinyOperations();
const without = (ids: string[]): OperationData[] =>
  tiny.map(({ resource, ...op }) => (ids.includes(op.id) ? op : { ...op, ...(resource && { resource }) }));

const site = await loadSiteOperations();
const COUNT = 'workspace-getServiceCount';

let declared: MockServer;
let stripped: MockServer;
let siteDeclared: MockServer;
let siteStripped: MockServer;
beforeAll(async () => {
  siteDeclared = await startMockServer({ operations: site, apiPrefix: '/open', port: 0 });
  siteStripped = await startMockServer({
    operations: site.map((op) => (op.id === COUNT ? { ...op, resource: undefined } : op)),
    apiPrefix: '/open',
    port: 0,
  });
  declared = await startMockServer({ operations: tiny, apiPrefix: '/open', port: 0 });
  stripped = await startMockServer({
    operations: without(['website-add', 'website-stats']),
    apiPrefix: '/open',
    port: 0,
  });
});
afterAll(() => {
  siteDeclared.close();
  siteStripped.close();
  declared.close();
  stripped.close();
});

async function addThenList(server: MockServer) {
  const added = await fetch(`${server.baseUrl}/workspace/${WS}/website/add`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ name: 'Relations', domain: 'relations.example.com' }),
  });
  const { id } = (await added.json()) as { id: string };
  const list = (await (await fetch(`${server.baseUrl}/workspace/${WS}/website/all`, { headers: auth })).json()) as
    Array<{ id: string }> | undefined;
  return { id, listed: (list ?? []).map((w) => w.id) };
}

describe('the spec entries are the source of the mock’s records', () => {
  it('a create operation with its entry stores the record; without it, it answers its example', async () => {
    const kept = await addThenList(declared);
    expect(kept.listed).toContain(kept.id);
    const lost = await addThenList(stripped);
    expect(lost.listed).not.toContain(lost.id);
  });

  it('an operation whose entry says it works under a record needs that record; without it, it does not', async () => {
    const stats = (server: MockServer) =>
      fetch(`${server.baseUrl}/workspace/${WS}/website/nosuchsite/stats?startAt=1&endAt=2`, { headers: auth }).then(
        (r) => r.status,
      );
    expect(await stats(declared)).toBe(404);
    expect(await stats(stripped)).toBe(200);
  });
});

describe('the spec entries are the source of the mock’s views', () => {
  /** The websites workspace-getServiceCount counts before and after one is added. */
  async function countsAround(server: MockServer) {
    const count = async () =>
      (
        (await (await fetch(`${server.baseUrl}/workspace/${WS}/getServiceCount`, { headers: auth })).json()) as {
          website: number;
        }
      ).website;
    const before = await count();
    await addThenList(server);
    return [before, await count()];
  }

  it('a count view counts what the store holds; without its entry, it answers its example', async () => {
    const [before, after] = await countsAround(siteDeclared);
    expect(after).toBe(before + 1);
    const [plainBefore, plainAfter] = await countsAround(siteStripped);
    expect(plainAfter).toBe(plainBefore);
  });
});
