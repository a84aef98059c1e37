import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../openapi/json';
import { applyOverlays } from './apply';
import { errorRules, overlayActions, securityRules } from './convert';
import { targetOf } from './target';

const upstream: JsonObject = {
  openapi: '3.1.0',
  info: { title: 'Server', description: 'Theirs.', version: '1' },
  paths: {
    '/items/{id}': {
      get: {
        operationId: 'item-get',
        summary: 'Get item',
        security: [{ Authorization: [] }],
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'legacy', in: 'query', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'Successful response',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
              },
            },
          },
          '401': { description: 'UNAUTHORIZED', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
  },
};

const ours: JsonObject = {
  openapi: '3.1.0',
  info: { title: 'Ours', version: '1' },
  security: [{ bearerAuth: [] }],
  paths: {
    '/items/{id}': {
      get: {
        operationId: 'item-get',
        summary: 'Read one item',
        security: [{ bearerAuth: [] }],
        parameters: [
          {
            name: 'id',
            in: 'path',
            description: 'The item.',
            required: true,
            schema: { type: 'string', example: 'a1' },
          },
          { name: 'lang', in: 'query', description: 'Language.', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'The item.',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { name: { type: 'string', description: 'Its name.' } },
                  required: ['name', 'id'],
                },
                example: { name: 'Box' },
              },
            },
          },
          '401': { $ref: '#/components/responses/Unauthorized' },
        },
      },
    },
  },
  components: { responses: { Unauthorized: { description: 'No key.' } } },
};

describe('overlayActions', () => {
  it('turns upstream into ours: added prose, replaced scalars and lists, parameters by name, $ref over inline', async () => {
    const byConcern = overlayActions(upstream, ours);
    const documents = [...byConcern.entries()].map(([concern, actions]) => ({
      file: `${concern}.overlay.yaml`,
      document: { overlay: '1.0.0', actions } as JsonObject,
    }));
    const result = await applyOverlays(upstream, documents);
    expect(result.orphans).toEqual([]);
    expect(result.document).toEqual(ours);
  });

  it('sorts actions by concern, targets parameters by name and location', () => {
    const byConcern = overlayActions(upstream, ours);
    const targets = (concern: string) => byConcern.get(concern as never)!.map((a) => a.target);
    expect(targets('parameters')).toContain(
      "$.paths['/items/{id}'].get.parameters[?(@.name=='legacy' && @.in=='query')]",
    );
    expect(targets('examples')).toContain(
      "$.paths['/items/{id}'].get.parameters[?(@.name=='id' && @.in=='path')].schema",
    );
    expect(targets('errors')).toContain("$.paths['/items/{id}'].get.responses['401']");
    expect(targets('document')).toContain('$.info.description');
  });

  it('says the error responses and the security rule once for every operation', () => {
    expect(errorRules(ours).map((a) => a.target)).toEqual([
      "$.paths.*.*.responses['401']",
      "$.paths.*.*.responses['401'].description",
      "$.paths.*.*.responses['401'].content",
    ]);
    expect(securityRules(ours)).toEqual([{ target: '$.paths.*.*.security', remove: true }]);
  });
});

describe('targetOf', () => {
  it('writes identifiers with dots, other names quoted, indexes and parameters as selectors', () => {
    expect(targetOf(['paths', "/a/{b}'s", 'get', 'x-code-samples', 'allOf', 0])).toBe(
      "$.paths['/a/{b}\\'s'].get['x-code-samples'].allOf[0]",
    );
    expect(targetOf([])).toBe('$');
  });
});
