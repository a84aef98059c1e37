/**
 * Test fixtures for the mock (not shipped to the browser): the reference Tianji spec converted into
 * OperationData the way the site does it, a few hand-made operations for focused tests, and a builder of
 * valid sample requests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sample } from 'openapi-sampler';
import type {
  HttpMethod,
  JsonSchema,
  OperationData,
  OperationParameter,
  OperationRequestBody,
  OperationResponse,
} from '../spec/types';
import { createBodyValidator } from '../request/body-validation';

export const REFERENCE_SPEC_PATH = fileURLToPath(new URL('../../../shared/reference/tianji-openapi.json', import.meta.url));

/** Operations our site makes public although the reference spec marks them with `security`. */
export const PUBLIC_OPERATION_IDS = ['global-config', 'user-login', 'user-loginWithToken', 'user-register'];

const METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];

type Json = Record<string, unknown>;

/** Inlines local `$ref`s; a ref met again on its own path stays a `{}` so cyclic schemas terminate. */
function resolveRefs(node: unknown, root: Json, stack: string[] = []): unknown {
  if (Array.isArray(node)) return node.map((item) => resolveRefs(item, root, stack));
  if (typeof node !== 'object' || node === null) return node;
  const ref = (node as Json).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    if (stack.includes(ref)) return {};
    const target = ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((at, key) => (at as Json | undefined)?.[key], root);
    const { $ref: _ignored, ...siblings } = node as Json;
    return { ...(resolveRefs(target, root, [...stack, ref]) as Json), ...(resolveRefs(siblings, root, stack) as Json) };
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolveRefs(value, root, stack)]));
}

function firstContent(content: unknown): { mediaType: string; media: Json } | undefined {
  if (!content || typeof content !== 'object') return undefined;
  const entries = Object.entries(content as Record<string, Json>);
  const json = entries.find(([type]) => /json/i.test(type)) ?? entries[0];
  return json ? { mediaType: json[0], media: json[1] } : undefined;
}

/** The reference spec as OperationData[], or undefined when the file is absent. */
export function loadReferenceOperations(file = REFERENCE_SPEC_PATH): OperationData[] | undefined {
  if (!existsSync(file)) return undefined;
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Json;
  const spec = resolveRefs(raw, raw) as Json;
  const operations: OperationData[] = [];
  for (const [path, item] of Object.entries(spec.paths as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method.toLowerCase()] as Json | undefined;
      if (!op) continue;
      const id = String(op.operationId ?? `${method} ${path}`);
      const parameters: OperationParameter[] = [
        ...((item.parameters as Json[] | undefined) ?? []),
        ...((op.parameters as Json[] | undefined) ?? []),
      ].map((p) => ({
        name: String(p.name),
        in: p.in as OperationParameter['in'],
        required: p.in === 'path' || p.required === true,
        description: p.description as string | undefined,
        schema: (p.schema as JsonSchema | undefined) ?? {},
      }));
      let requestBody: OperationRequestBody | undefined;
      const body = op.requestBody as Json | undefined;
      const bodyContent = firstContent(body?.content);
      if (bodyContent) {
        requestBody = {
          required: body?.required === true,
          mediaType: bodyContent.mediaType,
          schema: (bodyContent.media.schema as JsonSchema | undefined) ?? {},
          example: bodyContent.media.example,
        };
      }
      const responses: OperationResponse[] = Object.entries((op.responses as Record<string, Json>) ?? {}).map(
        ([status, response]) => {
          const content = firstContent(response.content);
          return {
            status,
            description: String(response.description ?? ''),
            mediaType: content?.mediaType,
            schema: content?.media.schema as JsonSchema | undefined,
            example: content?.media.example,
          };
        },
      );
      operations.push({
        id,
        method,
        path,
        tag: String((op.tags as string[] | undefined)?.[0] ?? ''),
        summary: String(op.summary ?? ''),
        description: op.description as string | undefined,
        secured: Array.isArray(op.security) && op.security.length > 0 && !PUBLIC_OPERATION_IDS.includes(id),
        parameters,
        requestBody,
        responses,
      });
    }
  }
  return operations;
}

const thing = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    workspaceId: { type: 'string' },
    name: { type: 'string' },
    domain: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    createdAt: { type: 'string' },
    updatedAt: { type: 'string' },
  },
  required: ['id', 'workspaceId', 'name', 'domain', 'createdAt', 'updatedAt'],
} satisfies JsonSchema;

const workspaceParam: OperationParameter = {
  name: 'workspaceId',
  in: 'path',
  required: true,
  schema: { type: 'string', format: 'cuid2', pattern: '^[0-9a-z]+$' },
};
const websiteParam: OperationParameter = { name: 'websiteId', in: 'path', required: true, schema: { type: 'string' } };

const ok = (schema: JsonSchema, example?: unknown): OperationResponse[] => [
  { status: '200', description: 'Successful response', mediaType: 'application/json', schema, example },
  { status: '401', description: 'Authorization not provided' },
];

function op(partial: Partial<OperationData> & Pick<OperationData, 'id' | 'method' | 'path'>): OperationData {
  return { tag: 'Test', summary: partial.id, secured: true, parameters: [], responses: ok({ type: 'object' }, {}), ...partial };
}

const seededWebsite = {
  id: 'seed1',
  workspaceId: 'placeholder',
  name: 'Example site',
  domain: 'example.com',
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

/** Hand-made operations shaped like Tianji's, small enough to read in a test failure. */
export const TINY_OPERATIONS: OperationData[] = [
  op({
    id: 'global-config',
    method: 'GET',
    path: '/global/config',
    secured: false,
    responses: ok({ type: 'object' }, { allowRegister: false }),
  }),
  op({
    id: 'website-all',
    method: 'GET',
    path: '/workspace/{workspaceId}/website/all',
    parameters: [workspaceParam],
    responses: ok({ type: 'array', items: thing }, [seededWebsite]),
  }),
  op({
    id: 'website-info',
    method: 'GET',
    path: '/workspace/{workspaceId}/website/{websiteId}/info',
    parameters: [workspaceParam, websiteParam],
    responses: ok({ anyOf: [thing, { type: 'null' }] }, seededWebsite),
  }),
  op({
    id: 'website-add',
    method: 'POST',
    path: '/workspace/{workspaceId}/website/add',
    parameters: [workspaceParam],
    requestBody: {
      required: true,
      mediaType: 'application/json',
      schema: {
        type: 'object',
        properties: {
          name: { type: 'string', maxLength: 100 },
          domain: { type: 'string' },
          monitorId: { type: 'string', format: 'cuid2' },
        },
        required: ['name', 'domain'],
      },
      example: { name: 'My site', domain: 'example.com' },
    },
    // No example on purpose: the mock must sample the schema.
    responses: ok(thing),
  }),
  op({
    id: 'website-updateInfo',
    method: 'PUT',
    path: '/workspace/{workspaceId}/website/{websiteId}/update',
    parameters: [workspaceParam, websiteParam],
    requestBody: {
      required: true,
      mediaType: 'application/json',
      schema: { type: 'object', properties: { name: { type: 'string' }, domain: { type: 'string' } }, required: ['name'] },
    },
    responses: ok(thing),
  }),
  op({
    id: 'website-delete',
    method: 'DELETE',
    path: '/workspace/{workspaceId}/website/{websiteId}',
    parameters: [workspaceParam, websiteParam],
    responses: ok(thing, seededWebsite),
  }),
  op({
    id: 'website-stats',
    method: 'GET',
    path: '/workspace/{workspaceId}/website/{websiteId}/stats',
    parameters: [
      workspaceParam,
      websiteParam,
      { name: 'startAt', in: 'query', required: true, schema: { type: 'number' } },
      { name: 'endAt', in: 'query', required: true, schema: { type: 'number' } },
    ],
    responses: ok({ type: 'object', properties: { pageviews: { type: 'number' } } }, { pageviews: 42 }),
  }),
  op({
    id: 'worker-upsert',
    method: 'POST',
    path: '/workspace/{workspaceId}/worker/upsert',
    parameters: [workspaceParam],
    requestBody: {
      required: true,
      mediaType: 'application/json',
      schema: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string', minLength: 1 },
          active: { type: 'boolean', default: true },
        },
        required: ['name'],
      },
    },
    responses: ok({ type: 'object' }, { id: 'w', workspaceId: 'x', name: 'n', active: true }),
  }),
  op({
    id: 'worker-get',
    method: 'GET',
    path: '/workspace/{workspaceId}/worker/{workerId}/info',
    parameters: [workspaceParam, { name: 'workerId', in: 'path', required: true, schema: { type: 'string' } }],
    responses: ok({ type: 'object' }, { id: 'w', workspaceId: 'x', name: 'n', active: true }),
  }),
  op({
    id: 'no-content',
    method: 'POST',
    path: '/workspace/{workspaceId}/ping',
    parameters: [workspaceParam],
    responses: [{ status: '204', description: 'No content' }],
  }),
];

export const TINY_PUBLIC_IDS = TINY_OPERATIONS.filter((o) => !o.secured).map((o) => o.id);

const sampleValue = (schema: JsonSchema, options: Parameters<typeof sample>[1] = {}): unknown =>
  sample(schema as Parameters<typeof sample>[0], { quiet: true, skipReadOnly: true, ...options });

const validate = createBodyValidator();

/**
 * A body that passes the mock's own validation: the spec example, else the first sample that validates.
 * openapi-sampler's pattern mode is not always right (and its default "string" misses some patterns), so
 * several samplings are tried.
 */
export function sampleValidBody(schema: JsonSchema, example?: unknown): unknown {
  const candidates = [
    () => example,
    () => sampleValue(schema),
    () => sampleValue(schema, { skipNonRequired: true }),
    () => sampleValue(schema, { enablePatterns: true }),
    () => sampleValue(schema, { enablePatterns: true, skipNonRequired: true }),
  ];
  let first: unknown;
  for (const candidate of candidates) {
    const value = candidate();
    if (value === undefined) continue;
    first ??= value;
    if (validate(schema, JSON.parse(JSON.stringify(value))).length === 0) return value;
  }
  return first;
}

/** A URL (under baseUrl) and body for the operation, built from sampled valid inputs. */
export function sampleRequest(operation: OperationData, baseUrl: string): { url: string; body?: string } {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const param = operation.parameters.find((p) => p.in === 'path' && p.name === name);
    return encodeURIComponent(String(param ? sampleValue(param.schema) : 'x'));
  });
  const query = new URLSearchParams();
  for (const param of operation.parameters) {
    if (param.in === 'query' && param.required) {
      const value = sampleValue(param.schema);
      query.set(param.name, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
  }
  const search = query.toString();
  const url = `${baseUrl}${path}${search ? `?${search}` : ''}`;
  if (!operation.requestBody) return { url };
  return { url, body: JSON.stringify(sampleValidBody(operation.requestBody.schema, operation.requestBody.example)) };
}
