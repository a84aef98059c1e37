/**
 * Synthetic OpenAPI 3.1 documents for the scale builds: `ops` operations in tags of 25, each with path,
 * query and header parameters, and (for writes) a JSON body schema with nested objects, arrays and enums.
 * Shaped like the real spec (bearer auth, shared error responses, one public tag).
 */
import { stringify } from 'yaml';

const VERBS = ['list', 'get', 'create', 'update', 'delete', 'stats', 'search', 'archive'] as const;
const METHOD: Record<(typeof VERBS)[number], string> = {
  list: 'get',
  get: 'get',
  create: 'post',
  update: 'put',
  delete: 'delete',
  stats: 'get',
  search: 'post',
  archive: 'patch',
};

function itemSchema(tag: string) {
  return {
    type: 'object',
    required: ['id', 'workspaceId', 'name', 'createdAt'],
    properties: {
      id: { type: 'string', description: `Identifier of the ${tag} resource.` },
      workspaceId: { type: 'string', pattern: '^[0-9a-z]+$' },
      name: { type: 'string', minLength: 1, maxLength: 100 },
      status: { type: 'string', enum: ['active', 'paused', 'archived'] },
      createdAt: { type: 'number', description: 'Milliseconds since the epoch.' },
      labels: { type: 'array', items: { type: 'string' } },
      settings: {
        type: 'object',
        properties: { interval: { type: 'integer', minimum: 1, default: 60 }, notify: { type: 'boolean' } },
      },
    },
  };
}

function bodySchema(i: number) {
  return {
    type: 'object',
    required: ['workspaceId', 'name'],
    properties: {
      workspaceId: { type: 'string', pattern: '^[0-9a-z]+$' },
      name: { type: 'string', minLength: 1, maxLength: 100, example: `Resource ${i}` },
      status: { type: 'string', enum: ['active', 'paused', 'archived'], default: 'active' },
      labels: { type: 'array', items: { type: 'string' }, maxItems: 20 },
      settings: {
        type: 'object',
        properties: {
          interval: { type: 'integer', minimum: 1, maximum: 3600, default: 60 },
          notify: { type: 'boolean', default: false },
          channels: {
            type: 'array',
            items: {
              type: 'object',
              required: ['type'],
              properties: { type: { type: 'string', enum: ['email', 'webhook'] }, target: { type: 'string' } },
            },
          },
        },
      },
      payload: { type: ['object', 'null'], additionalProperties: true },
    },
  };
}

export function syntheticSpec(ops: number): string {
  const tagCount = Math.ceil(ops / 25);
  const tags = Array.from({ length: tagCount }, (_, t) => ({
    name: `Resource${String(t).padStart(3, '0')}`,
    description: `Operations on resource group ${t}: listing, reading, creating, updating, deleting, statistics, search and archiving.`,
  }));
  const paths: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < ops; i += 1) {
    const t = Math.floor(i / 25);
    const tag = tags[t].name;
    const verb = VERBS[i % VERBS.length];
    const method = METHOD[verb];
    const slug = `r${t}`;
    const withId = verb === 'get' || verb === 'update' || verb === 'delete' || verb === 'archive';
    const route = `/workspace/{workspaceId}/${slug}/${verb}${i}${withId ? '/{id}' : ''}`;
    const parameters: unknown[] = [
      {
        name: 'workspaceId',
        in: 'path',
        required: true,
        description: 'The workspace.',
        schema: { type: 'string', pattern: '^[0-9a-z]+$' },
      },
    ];
    if (withId)
      parameters.push({
        name: 'id',
        in: 'path',
        required: true,
        description: 'The resource.',
        schema: { type: 'string' },
      });
    if (method === 'get') {
      parameters.push(
        {
          name: 'limit',
          in: 'query',
          required: false,
          description: 'Page size.',
          schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
        },
        {
          name: 'cursor',
          in: 'query',
          required: false,
          description: 'Where the previous page ended.',
          schema: { type: 'string' },
        },
        { name: 'order', in: 'query', required: false, schema: { type: 'string', enum: ['asc', 'desc'] } },
      );
    }
    parameters.push({
      name: 'X-Request-Id',
      in: 'header',
      required: false,
      description: 'Echoed back for tracing.',
      schema: { type: 'string' },
    });
    const public_ = t === 0 && verb === 'list';
    const operation: Record<string, unknown> = {
      operationId: `${slug}-${verb}${i}`,
      tags: [tag],
      summary: `${verb[0].toUpperCase()}${verb.slice(1)} ${tag} item ${i}`,
      description: `Synthetic operation ${i} of the ${tag} group. It takes the workspace in the path${withId ? ' and the resource id' : ''}, ${method === 'get' ? 'pagination in the query string' : 'a JSON body'}, and answers with the resource as JSON.`,
      parameters,
      ...(public_ ? { security: [] } : { security: [{ bearerAuth: [] }] }),
      responses: {
        '200': {
          description: 'The request succeeded.',
          content: {
            'application/json': {
              schema:
                verb === 'list' || verb === 'search' ? { type: 'array', items: itemSchema(tag) } : itemSchema(tag),
            },
          },
        },
        '400': { $ref: '#/components/responses/BadRequest' },
        '401': { $ref: '#/components/responses/Unauthorized' },
        '500': { $ref: '#/components/responses/InternalError' },
      },
    };
    if (method !== 'get' && method !== 'delete') {
      operation.requestBody = { required: true, content: { 'application/json': { schema: bodySchema(i) } } };
    }
    paths[route] = { [method]: operation };
  }
  const errorResponse = (description: string, code: string) => ({
    description,
    content: {
      'application/json': {
        schema: { $ref: '#/components/schemas/Error' },
        example: { error: { code, message: description } },
      },
    },
  });
  const document = {
    openapi: '3.1.0',
    info: {
      title: `Synthetic API (${ops} operations)`,
      version: '1.0.0',
      description: 'A generated document for build benchmarks.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: 'https://{host}/open', variables: { host: { default: 'api.example.com' } } }],
    security: [{ bearerAuth: [] }],
    tags,
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: { code: { type: 'string' }, message: { type: 'string' } },
            },
          },
        },
      },
      responses: {
        BadRequest: errorResponse('The input failed validation.', 'BAD_REQUEST'),
        Unauthorized: errorResponse('No valid API key was sent.', 'UNAUTHORIZED'),
        InternalError: errorResponse('The server failed.', 'INTERNAL_SERVER_ERROR'),
      },
    },
  };
  return `# Generated by bench/lib/synthetic-spec.ts (${ops} operations)\n${stringify(document, { aliasDuplicateObjects: false })}`;
}
