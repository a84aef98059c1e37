/**
 * The monitor payload by monitor type (openapi/overlays/monitor-payload.overlay.yaml): the overlay applied to the
 * document a Tianji server publishes gives the monitor schemas the spec holds; every type's example is a valid body
 * of monitor-upsert and no other type's; the mock accepts each and answers it back as documented; the playground's
 * prefilled body is an HTTP monitor that validates.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { setupServer } from 'msw/node';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiModel } from '../src/openapi/model';
import { isPlainObject } from '../src/openapi/json';
import type { JsonSchema } from '../src/openapi/types';
import { createBodyValidator } from '../src/request/schema-validation';
import { initialValues } from '../src/playground/initial-values';
import { DEMO_API_KEY } from '../src/mock/auth';
import { createMockHandlers } from '../src/mock/handlers';
import { createMockStore } from '../src/mock/store';

const SPEC = path.resolve('openapi/tianji.yaml');
const overlayText = fs.readFileSync(path.resolve('openapi/overlays/monitor-payload.overlay.yaml'), 'utf8');
const spec = YAML.parse(fs.readFileSync(SPEC, 'utf8')) as Record<string, any>;

/** Tianji's monitor providers (src/server/model/monitor/provider/index.ts): the types a check runs for. */
const MONITOR_TYPES = ['http', 'ping', 'tcp', 'dns', 'push', 'openai', 'custom'];

const UPSERT = '/workspace/{workspaceId}/monitor/upsert';
const MONITOR_RESPONSES: [string, string][] = [
  [UPSERT, 'post'],
  ['/workspace/{workspaceId}/monitor/{monitorId}/del', 'delete'],
  ['/workspace/{workspaceId}/monitor/{monitorId}/changeActive', 'patch'],
  ['/workspace/{workspaceId}/monitor/{monitorId}/get', 'get'],
  ['/workspace/{workspaceId}/monitor/all', 'get'],
];

/** The parts of a document the overlay writes. */
function monitorParts(document: Record<string, any>) {
  const overlay = YAML.parse(overlayText) as { actions: { target: string; update?: Record<string, unknown> }[] };
  const added = overlay.actions.find((a) => a.target === '$.components.schemas')?.update ?? {};
  return {
    schemas: Object.fromEntries(Object.keys(added).map((name) => [name, document.components?.schemas?.[name]])),
    upsertBody: document.paths[UPSERT].post.requestBody.content['application/json'],
    responses: MONITOR_RESPONSES.map(
      ([p, m]) => document.paths[p][m].responses['200'].content['application/json'].schema,
    ),
  };
}

describe('the monitor overlay', () => {
  // That the spec is the server's document with every overlay applied, this one included (openapi/overlays/
  // monitor-payload.overlay.yaml), and that no action is an orphan, is test/spec-overlay.test.ts's check.
  it('adds a schema per variant, its payload and its answers (7 types × 4, and 3 shared)', () => {
    expect(Object.keys(monitorParts(spec).schemas)).toHaveLength(7 * 4 + 3);
  });

  it('gives type one value per variant, the types Tianji runs, each documented', () => {
    const union = spec.components.schemas.MonitorInput;
    const values = union.oneOf.map((ref: { $ref: string }) => {
      const variant = spec.components.schemas[ref.$ref.split('/').pop()!];
      return variant.properties.type.enum[0];
    });
    expect(values).toEqual(MONITOR_TYPES);
    expect(Object.keys(union.discriminator.mapping)).toEqual(MONITOR_TYPES);
    const text: string = spec.components.schemas.HttpMonitorInput.properties.type.description;
    for (const type of MONITOR_TYPES) expect(text).toContain(`\`${type}\``);
  });
});

const { operations } = await loadApiModel(SPEC);
const upsert = operations.find((o) => o.id === 'monitor-upsert')!;
const bodySchema = upsert.requestBody!.schema;
const variants = (bodySchema.oneOf as JsonSchema[]).map((schema) => ({
  type: (schema.properties as any).type.enum[0] as string,
  schema,
  example: schema.example as Record<string, any>,
}));
const validate = createBodyValidator();

describe('monitor-upsert bodies', () => {
  it('has one variant per monitor type, each with an example of its own type', () => {
    expect(variants.map((v) => v.type)).toEqual(MONITOR_TYPES);
    for (const v of variants) expect(v.example.type).toBe(v.type);
  });

  // Payloads are open objects (the server keeps any field), so a body is refused as another type only when its
  // payload lacks what that type requires (a `tcp` payload is also a valid `ping` payload).
  const requiredOf = (v: (typeof variants)[number]) =>
    ((v.schema.properties as any).payload.required ?? []) as string[];
  it.each(variants.map((v) => [v.type, v] as const))('the %s example validates, and not as another type', (_, v) => {
    expect(validate(bodySchema, v.example)).toEqual([]);
    const refused = variants.filter((o) => requiredOf(o).some((name) => !(name in v.example.payload)));
    expect(refused.length).toBeGreaterThanOrEqual(4);
    for (const other of refused) {
      expect(validate(bodySchema, { ...v.example, type: other.type }), other.type).not.toEqual([]);
    }
  });

  it('refuses a payload without what its type requires', () => {
    const http = variants[0].example;
    expect(validate(bodySchema, { ...http, payload: { method: 'get' } })).not.toEqual([]);
    expect(validate(bodySchema, { ...http, type: 'tcp', payload: { hostname: 'db.example.net' } })).not.toEqual([]);
    expect(validate(bodySchema, { ...http, type: 'smtp' })).not.toEqual([]);
  });

  it('prefills the playground with an HTTP monitor that validates', () => {
    const body = JSON.parse(initialValues(upsert).body);
    expect(body.type).toBe('http');
    expect(body.payload.url).toMatch(/^https:\/\//);
    expect(validate(bodySchema, body)).toEqual([]);
  });
});

describe('the mock and monitor types', () => {
  const BASE = 'http://127.0.0.1:9/mock/open';
  const WS = 'cldemoworkspace0000000001';
  const store = createMockStore({ storage: null });
  const server = setupServer(...createMockHandlers(operations, { baseUrl: BASE, store, knownKeys: [DEMO_API_KEY] }));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  const documented = ajv.compile(upsert.responses.find((r) => r.status === '200')!.schema!);
  const get = operations.find((o) => o.id === 'monitor-get')!;
  const documentedGet = ajv.compile(get.responses.find((r) => r.status === '200')!.schema!);

  it.each(variants.map((v) => [v.type, v] as const))(
    'accepts a %s monitor, answers it back and keeps it',
    async (_, v) => {
      const response = await fetch(`${BASE}/workspace/${WS}/monitor/upsert`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${DEMO_API_KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(v.example),
      });
      expect(response.status).toBe(200);
      const answer = await response.json();
      expect(documented(answer), ajv.errorsText(documented.errors)).toBe(true);
      expect(isPlainObject(answer) && answer.type).toBe(v.type);
      expect(answer.name).toBe(v.example.name);
      expect(answer.payload).toEqual(v.example.payload);

      const again = await fetch(`${BASE}/workspace/${WS}/monitor/${answer.id}/get`, {
        headers: { Authorization: `Bearer ${DEMO_API_KEY}` },
      });
      expect(again.status).toBe(200);
      const stored = await again.json();
      expect(documentedGet(stored), ajv.errorsText(documentedGet.errors)).toBe(true);
      expect(stored.type).toBe(v.type);
      expect(stored.payload).toEqual(v.example.payload);
    },
  );
});
