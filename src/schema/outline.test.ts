import { describe, expect, it } from 'vitest';
import { operationOutline } from './outline';

describe('operationOutline', () => {
  it('gives parameters, body fields and response fields ids unique on the page, in page order', () => {
    const outline = operationOutline({
      parameters: [
        { name: 'workspaceId', in: 'path', required: true, schema: {} },
        { name: 'workspaceId', in: 'query', required: false, schema: {} },
      ],
      requestBody: { required: true, mediaType: 'application/json', schema: { properties: { url: {} } } },
      responses: [
        { status: '200', description: 'ok', schema: { properties: { url: {} } } },
        { status: '4XX', description: 'error' },
      ],
    });
    expect([...outline.params.values()]).toEqual(['param.path.workspaceId', 'param.query.workspaceId']);
    expect(outline.body).toMatchObject({ kind: 'fields', fields: [{ id: 'body.url' }] });
    expect(outline.responses.map((r) => [r.id, r.tree?.kind])).toEqual([
      ['response.200', 'fields'],
      ['response.4XX', undefined],
    ]);
    expect(outline.responses[0].tree).toMatchObject({ fields: [{ id: 'response.200.url' }] });
  });
});
