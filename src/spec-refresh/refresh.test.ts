import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../openapi/json';
import { diffSpecs, isEmptyDiff } from './diff';
import { arrayOr, at, objectOr } from './json-read';
import { KNOWN_PUBLIC, normalizeUpstream, OPERATION_KEY_ORDER, refreshSpec } from './refresh';
import { headerComment, toYaml } from './write-yaml';

const SPEC = path.resolve(__dirname, '../../openapi/tianji.yaml');
const ERR = (name: string) => ({ $ref: `#/components/responses/${name}` });
const json = (schema: JsonObject, description = 'The request succeeded.') => ({
  description,
  content: { 'application/json': { schema } },
});

/** Ours: our prose, bearerAuth, documented error responses, /login public. */
function ours() {
  return {
    openapi: '3.1.0',
    info: { title: 'Tianji Open API', version: 'v1', description: 'Our intro.' },
    servers: [{ url: 'https://{host}/open', variables: { host: { default: 'tianji.example.com' } } }],
    security: [{ bearerAuth: [] }],
    tags: [
      { name: 'User', description: 'Signing in.' },
      { name: 'Website', description: 'Our website prose.' },
      { name: 'Old', description: 'Nothing uses this after the refresh.' },
    ],
    paths: {
      '/login': {
        post: {
          operationId: 'user-login',
          tags: ['User'],
          summary: 'Sign in',
          description: 'Our login prose.',
          security: [],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { type: 'object', properties: { username: { type: 'string' } } } },
            },
          },
          responses: { '200': json({ type: 'object' }), '400': ERR('BadRequest'), '500': ERR('InternalError') },
        },
      },
      '/workspace/{workspaceId}/website/all': {
        get: {
          operationId: 'website-all',
          tags: ['Website'],
          summary: 'List websites',
          description: 'Our list prose.',
          security: [{ bearerAuth: [] }],
          parameters: [
            {
              name: 'workspaceId',
              in: 'path',
              description: 'Identifier of the workspace.',
              schema: { type: 'string' },
              required: true,
            },
          ],
          responses: {
            '200': json({ type: 'array' }),
            '401': ERR('Unauthorized'),
            '403': ERR('Forbidden'),
            '500': ERR('InternalError'),
          },
          'x-ours': true,
        },
      },
      '/old': {
        get: { operationId: 'old-get', tags: ['Old'], summary: 'Old', responses: { '200': json({}) } },
      },
      '/monitor/{monitorId}/badge': {
        get: {
          operationId: 'monitor-badge',
          tags: ['Website'],
          summary: 'Badge',
          security: [{ bearerAuth: [] }],
          parameters: [
            {
              name: 'monitorId',
              in: 'path',
              description: 'Our monitor id words.',
              schema: { type: 'string' },
              required: true,
            },
          ],
          responses: { '200': json({ type: 'string' }), '401': ERR('Unauthorized'), '403': ERR('Forbidden') },
        },
      },
    },
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API key.' } },
      schemas: { Error: { type: 'object' } },
      responses: {
        BadRequest: {
          description: 'Bad input.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
        Unauthorized: { description: 'No key.' },
        Forbidden: { description: 'Bad key.' },
        NotFound: { description: 'Nothing here.' },
        InternalError: { description: 'Server failed.' },
      },
    },
  };
}

const upstreamError = (code: string) => ({
  description: code,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/error.${code}` } } },
});
const auth = [{ Authorization: [] }];

/** What a Tianji server publishes: its own prose, `Authorization` scheme, /login marked secured. */
function upstream() {
  return {
    openapi: '3.1.0',
    info: { title: 'Tianji OpenAPI', version: 'v2', description: 'Upstream intro.' },
    servers: [{ url: '/open' }],
    paths: {
      '/login': {
        post: {
          operationId: 'user-login',
          summary: 'User login',
          tags: ['User'],
          security: auth,
          parameters: [],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { type: 'object', properties: { username: { type: 'string' } } } },
            },
          },
          responses: {
            '200': json({ type: 'object' }, 'Successful response'),
            '400': upstreamError('BAD_REQUEST'),
            '401': upstreamError('UNAUTHORIZED'),
            '403': upstreamError('FORBIDDEN'),
            '500': upstreamError('INTERNAL_SERVER_ERROR'),
          },
        },
      },
      '/workspace/{workspaceId}/website/all': {
        get: {
          operationId: 'website-all',
          summary: 'Get all websites',
          tags: ['Website'],
          security: auth,
          parameters: [
            { in: 'path', name: 'workspaceId', schema: { type: 'string', format: 'cuid2' }, required: true },
            {
              in: 'query',
              name: 'limit',
              description: 'upstream limit words',
              schema: { $ref: '#/components/schemas/Limit' },
            },
          ],
          responses: {
            '200': json({ type: 'array', items: { $ref: '#/components/schemas/Site' } }, 'Successful response'),
            '401': upstreamError('UNAUTHORIZED'),
            '403': upstreamError('FORBIDDEN'),
            '404': upstreamError('NOT_FOUND'),
            '500': upstreamError('INTERNAL_SERVER_ERROR'),
          },
        },
      },
      '/workspace/{workspaceId}/website/{websiteId}/tags': {
        get: {
          operationId: 'website-tags',
          summary: 'Get website tags',
          description: 'Upstream words.',
          tags: ['Tag'],
          security: auth,
          parameters: [
            { in: 'path', name: 'workspaceId', schema: { type: 'string' }, required: true },
            { in: 'path', name: 'websiteId', schema: { type: 'string' }, required: true },
          ],
          responses: {
            '200': json({ $ref: '#/components/schemas/Tree' }, 'Successful response'),
            '401': upstreamError('UNAUTHORIZED'),
          },
          'x-upstream': 1,
        },
      },
      '/monitor/{monitorId}/badge': {
        get: {
          operationId: 'monitor-badge',
          summary: 'Monitor badge',
          tags: ['Website'],
          parameters: [{ in: 'path', name: 'monitorId', schema: { type: 'string' }, required: true }],
          responses: { '200': json({ type: 'string' }, 'Successful response') },
        },
      },
    },
    components: {
      securitySchemes: { Authorization: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Limit: { type: 'number', minimum: 1 },
        Site: { type: 'object', properties: { id: { type: 'string' } } },
        Tree: {
          type: 'object',
          properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } },
        },
        'error.BAD_REQUEST': { type: 'object', properties: { message: { type: 'string' } } },
        'error.UNAUTHORIZED': { type: 'object' },
        'error.FORBIDDEN': { type: 'object' },
        'error.NOT_FOUND': { type: 'object' },
        'error.INTERNAL_SERVER_ERROR': { type: 'object' },
      },
    },
  };
}

const refreshed = () => refreshSpec(ours(), normalizeUpstream(upstream()));

describe('normalizeUpstream', () => {
  it('makes the known public operations public and drops their auth errors', () => {
    const doc = normalizeUpstream(upstream());
    expect(doc.paths['/login'].post.security).toEqual([]);
    expect(Object.keys(doc.paths['/login'].post.responses)).toEqual(['200', '400', '500']);
    expect(KNOWN_PUBLIC).toEqual(['GET /global/config', 'POST /login', 'POST /loginWithToken', 'POST /register']);
    expect(upstream().paths['/login'].post.security).toEqual(auth); // input untouched
  });
});

describe('refreshSpec', () => {
  it('keeps our info (with the upstream version), servers, top-level security and components', () => {
    const { document, version } = refreshed();
    expect(document.info).toEqual({ ...ours().info, version: 'v2' });
    expect(version).toEqual({ before: 'v1', after: 'v2' });
    expect(document.servers).toEqual(ours().servers);
    expect(document.security).toEqual([{ bearerAuth: [] }]);
    expect(at(document, 'components', 'securitySchemes')).toEqual(ours().components.securitySchemes);
    expect(at(document, 'components', 'responses')).toEqual(ours().components.responses);
    expect(Object.keys(document)).toEqual(['openapi', 'info', 'servers', 'security', 'tags', 'paths', 'components']);
  });

  it('takes the paths from upstream and keeps our prose for operations and parameters we document', () => {
    const { document } = refreshed();
    expect(Object.keys(objectOr(document.paths))).toEqual(Object.keys(upstream().paths)); // /old is gone
    const all = objectOr(at(document, 'paths', '/workspace/{workspaceId}/website/all', 'get'));
    expect(all.summary).toBe('List websites');
    expect(all.description).toBe('Our list prose.');
    expect(all['x-ours']).toBe(true);
    expect(all.parameters).toEqual([
      {
        name: 'workspaceId',
        in: 'path',
        description: 'Identifier of the workspace.',
        schema: { type: 'string', format: 'cuid2' },
        required: true,
      },
      { name: 'limit', in: 'query', description: 'upstream limit words', schema: { type: 'number', minimum: 1 } },
    ]);
    expect(at(all, 'responses', '200')).toEqual(
      json({ type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } }),
    );
    // Our field order (no request body here), then the fields it does not list.
    expect(Object.keys(all)).toEqual([...OPERATION_KEY_ORDER.filter((key) => key !== 'requestBody'), 'x-ours']);
  });

  it('uses our documented error responses instead of upstream error bodies', () => {
    const { document } = refreshed();
    expect(at(document, 'paths', '/workspace/{workspaceId}/website/all', 'get', 'responses')).toMatchObject({
      '401': ERR('Unauthorized'),
      '403': ERR('Forbidden'),
      '404': ERR('NotFound'),
      '500': ERR('InternalError'),
    });
    expect(Object.keys(objectOr(at(document, 'components', 'schemas')))).toEqual(['Error', 'Tree']);
  });

  it('keeps the public/secured decision of operations we document', () => {
    const { document } = refreshed();
    const login = objectOr(at(document, 'paths', '/login', 'post'));
    expect(login.security).toEqual([]);
    expect(Object.keys(objectOr(login.responses))).toEqual(['200', '400', '500']);
    expect(login.parameters).toBeUndefined(); // upstream's empty list is left out, as in ours
    // Upstream documents the badge as public; we say secured, so it keeps its 401/403.
    const badge = objectOr(at(document, 'paths', '/monitor/{monitorId}/badge', 'get'));
    expect(badge.security).toEqual([{ bearerAuth: [] }]);
    expect(badge.responses).toEqual({
      '200': json({ type: 'string' }),
      '401': ERR('Unauthorized'),
      '403': ERR('Forbidden'),
    });
    expect(at(badge, 'parameters', 0, 'description')).toBe('Our monitor id words.');
  });

  it('brings new operations in with upstream text, listed as needing our own description', () => {
    const { document, needsDescription, newTags, droppedTags } = refreshed();
    const tags = objectOr(at(document, 'paths', '/workspace/{workspaceId}/website/{websiteId}/tags', 'get'));
    expect(tags.summary).toBe('Get website tags');
    expect(tags.description).toBe('Upstream words.');
    expect(tags.security).toEqual([{ bearerAuth: [] }]);
    expect(tags['x-upstream']).toBe(1);
    // workspaceId has our (shared) description; websiteId is new to us.
    expect(arrayOr(tags.parameters).map((p) => at(p, 'description'))).toEqual([
      'Identifier of the workspace.',
      undefined,
    ]);
    // The recursive schema stays a $ref and its target is copied into components.
    const ok = at(tags, 'responses', '200');
    expect(at(ok, 'content', 'application/json', 'schema')).toEqual({ $ref: '#/components/schemas/Tree' });
    expect(at(document, 'components', 'schemas', 'Tree')).toEqual(upstream().components.schemas.Tree);
    expect(at(ok, 'description')).toBe('The request succeeded.');
    expect(needsDescription).toEqual([
      {
        key: 'GET /workspace/{workspaceId}/website/all',
        method: 'GET',
        path: '/workspace/{workspaceId}/website/all',
        operationId: 'website-all',
        what: ['parameter query:limit'], // new to an operation we document, and to our spec
      },
      {
        key: 'GET /workspace/{workspaceId}/website/{websiteId}/tags',
        method: 'GET',
        path: '/workspace/{workspaceId}/website/{websiteId}/tags',
        operationId: 'website-tags',
        what: ['summary', 'description', 'parameter path:websiteId'],
      },
    ]);
    expect(newTags).toEqual(['Tag']);
    expect(droppedTags).toEqual(['Old']);
    expect(document.tags).toEqual([ours().tags[0], ours().tags[1], { name: 'Tag' }]);
  });

  it('leaves nothing to diff against what it was refreshed from', () => {
    const up = normalizeUpstream(upstream());
    expect(isEmptyDiff(diffSpecs(refreshSpec(ours(), up).document, up))).toBe(false); // the badge stays secured
    expect(diffSpecs(refreshSpec(ours(), up).document, up).changed.map((c) => c.operationId)).toEqual([
      'monitor-badge',
    ]);
  });

  it('refreshing a spec from its own facts changes nothing', () => {
    const spec = objectOr(YAML.parse(fs.readFileSync(SPEC, 'utf8')));
    expect(JSON.stringify(refreshSpec(spec, spec).document)).toBe(JSON.stringify(spec));
  });
});

describe('toYaml', () => {
  it('writes openapi/tianji.yaml back byte for byte, header comment included', () => {
    const text = fs.readFileSync(SPEC, 'utf8');
    expect(headerComment(text)).toMatch(/^# .+\n$/);
    expect(toYaml(YAML.parse(text), headerComment(text))).toBe(text);
  });

  it('wraps long prose at column 120 and keeps every value', () => {
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const doc = {
      a: { description: long, quoted: `note: ${long}` },
      list: [long],
      block: `first line\n${long}\nlast: line`,
      odd: `${long} - # not a comment`,
    };
    const text = toYaml(doc, '# header\n');
    expect(text.startsWith('# header\n\na:\n')).toBe(true);
    expect(YAML.parse(text)).toEqual(doc);
    const lines = text.split('\n');
    expect(lines.find((l) => l.startsWith('  description:'))!.length).toBeGreaterThan(110);
    expect(lines.find((l) => l.startsWith('  description:'))!.length).toBeLessThanOrEqual(120);
    // Only the literal block keeps its long line: folding it would change the text.
    expect(lines.filter((l) => l.length > 120)).toEqual([`  ${long}`]);
  });
});
