/**
 * The monitor status entry by name (openapi/overlays/monitor-status.overlay.yaml): monitor-getStatus answers one
 * variant per `statusName` the server writes, or null; every example is a valid answer and no other name's; the
 * description accounts for every monitor type; nothing under the answer is left free-form; the mock answers as
 * documented.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { setupServer } from 'msw/node';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiModel } from '../src/openapi/model';
import type { JsonObject } from '../src/openapi/json';
import { coverage } from '../src/overlay/coverage';
import { DEMO_API_KEY } from '../src/mock/auth';
import { createMockHandlers } from '../src/mock/handlers';
import { createMockStore } from '../src/mock/store';

const SPEC = path.resolve('openapi/tianji.yaml');
const spec = YAML.parse(fs.readFileSync(SPEC, 'utf8')) as Record<string, any>;

/** The names Tianji's server writes with saveMonitorStatus: the http provider, the openai provider, the push route. */
const STATUS_NAMES = ['timings', 'tls', 'credit', 'lastPush'];
/** Monitor types whose checks write no status entry. */
const WITHOUT_ENTRY = ['ping', 'tcp', 'dns', 'custom'];

const PATH = '/workspace/{workspaceId}/monitor/{monitorId}/status';
const { operations } = await loadApiModel(SPEC);
const getStatus = operations.find((o) => o.id === 'monitor-getStatus')!;
const answer = getStatus.responses.find((r) => r.status === '200')!;
const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
addFormats(ajv);
const documented = ajv.compile(answer.schema!);
const union = spec.components.schemas.MonitorStatus;
const variants = (union.oneOf as { $ref: string }[]).map(({ $ref }) => spec.components.schemas[$ref.split('/').pop()!]);
const nameOf = (variant: any) => variant.properties.statusName.enum[0] as string;

describe('monitor-getStatus answers', () => {
  it('has one variant per status name the server writes, chosen by statusName, and null', () => {
    expect(variants.map(nameOf)).toEqual(STATUS_NAMES);
    expect(Object.keys(union.discriminator.mapping)).toEqual(STATUS_NAMES);
    expect(union.discriminator.propertyName).toBe('statusName');
    const text: string = variants[0].properties.statusName.description;
    for (const name of STATUS_NAMES) expect(text).toContain(`\`${name}\``);
    expect(documented(null)).toBe(true);
  });

  it('says, for every monitor type, which entries it keeps or that it keeps none', () => {
    const types = Object.keys(spec.components.schemas.MonitorInput.discriminator.mapping);
    const text: string = union.description;
    for (const type of types) expect(text, type).toContain(`\`${type}\``);
    expect(text).toMatch(new RegExp(`${WITHOUT_ENTRY.map((t) => `\`${t}\``).join(',? (and )?')} monitors keep none`));
    expect(text).toContain('`null`');
  });

  const examples: [string, Record<string, any>][] = [
    ['the page example', answer.example as Record<string, any>],
    ...variants.filter((v) => v.example).map((v): [string, Record<string, any>] => [nameOf(v), v.example]),
  ];
  it('has an example of every name (the page example is tls)', () => {
    expect(new Set(examples.map(([, e]) => e.statusName))).toEqual(new Set(STATUS_NAMES));
  });

  it.each(examples)('%s validates, and not under another name', (_, example) => {
    expect(documented(example), ajv.errorsText(documented.errors)).toBe(true);
    for (const other of STATUS_NAMES.filter((n) => n !== example.statusName)) {
      expect(documented({ ...example, statusName: other }), other).toBe(false);
    }
  });

  it('refuses a payload of the wrong shape', () => {
    const credit = examples.find(([, e]) => e.statusName === 'credit')![1];
    expect(documented({ ...credit, payload: { allUSD: '120', totalUsed: 1 } })).toBe(false);
    expect(documented({ ...credit, statusName: 'uptime' })).toBe(false);
  });

  it('leaves nothing free-form in the answer', () => {
    const free = coverage(spec as JsonObject).freeForm.filter(
      (target) => target.includes(PATH) || /Status(Payload)?\b|TlsCertificate/.test(target),
    );
    expect(free).toEqual([]);
  });
});

describe('the mock', () => {
  const BASE = 'http://127.0.0.1:9/mock/open';
  const store = createMockStore({ storage: null });
  const server = setupServer(...createMockHandlers(operations, { baseUrl: BASE, store, knownKeys: [DEMO_API_KEY] }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('answers monitor-getStatus as documented', async () => {
    const url = `${BASE}/workspace/clnzoxcy10001vy2ohi4obbi0/monitor/clr4rbo560006vy2oqfxr1bln/status?statusName=tls`;
    const response = await fetch(url, { headers: { Authorization: `Bearer ${DEMO_API_KEY}` } });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(documented(body), ajv.errorsText(documented.errors)).toBe(true);
  });
});
