import { describe, expect, it } from 'vitest';
import { BASE_URL, EXAMPLE_GET } from '../../fixtures/cases';
import type { RequestModel } from '../../../request/model';
import { sdkCall as call, sdkContext as sdk } from '../../fixtures/sdk-call';
import { generate, valueLiteral } from './index';
import { ENGLISH_COMMENTS, ENGLISH_SDK_COMMENTS } from '../../comments';

const AUTH = { name: 'Authorization', value: 'Bearer <your_api_key_here>' };
const JSON_TYPE = { name: 'Content-Type', value: 'application/json' };

const ADD_CALL = call({
  method: 'websiteAdd',
  httpMethod: 'POST',
  path: '/workspace/{workspaceId}/website/add',
  body: { prop: 'requestBody', mediaType: 'application/json', required: true, shape: 'any' },
});
const ADD: RequestModel = {
  method: 'POST',
  url: `${BASE_URL}/workspace/ws1/website/add`,
  headers: [AUTH, JSON_TYPE],
  body: { mimeType: 'application/json', text: '{\n  "name": "It\'s mine",\n  "domain": "example.com"\n}' },
};

describe('ts-sdk', () => {
  it('GET with auth: a query parameter the SDK lacks is named, not sent', () => {
    expect(generate(EXAMPLE_GET, sdk(call({})))).toMatchInlineSnapshot(`
      "// npm install tianji-client-sdk@1.3.4
      import { initOpenapiSDK, openApiClient } from 'tianji-client-sdk';

      initOpenapiSDK('https://tianji.example.com/open', { apiKey: '<your_api_key_here>' });

      // Not sent: tianji-client-sdk 1.3.4 has no query parameter "search" in this call.
      // GET /workspace/{workspaceId}/website/all
      const result = await openApiClient.WebsiteService.websiteAll({
        workspaceId: 'ws1',
      });

      console.log(result);"
    `);
  });

  it('POST with a JSON body, passed as a value', () => {
    expect(generate(ADD, sdk(ADD_CALL))).toMatchInlineSnapshot(`
      "// npm install tianji-client-sdk@1.3.4
      import { initOpenapiSDK, openApiClient } from 'tianji-client-sdk';

      initOpenapiSDK('https://tianji.example.com/open', { apiKey: '<your_api_key_here>' });

      // POST /workspace/{workspaceId}/website/add
      const result = await openApiClient.WebsiteService.websiteAdd({
        workspaceId: 'ws1',
        requestBody: {
          name: 'It\\'s mine',
          domain: 'example.com',
        },
      });

      console.log(result);"
    `);
  });

  it('writes query values as the SDK types them, in its property names', () => {
    const c = call({
      query: [
        { name: 'startAt', prop: 'startAt', type: 'number', required: true },
        { name: 'archived', prop: 'archived', type: 'boolean', required: false },
        { name: 'unit', prop: 'unit', type: 'string', required: false },
        { name: 'x-y', prop: 'x-y', type: 'string', required: false },
      ],
    });
    const request = {
      ...EXAMPLE_GET,
      url: `${BASE_URL}/workspace/ws1/website/all?startAt=1793059200000&archived=true&unit=a%27b&x-y=1`,
    };
    const snippet = generate(request, sdk(c));
    expect(snippet).toContain("  startAt: 1793059200000,\n  archived: true,\n  unit: 'a\\'b',\n  'x-y': '1',\n");
  });

  it('leaves out, and names, a body field the SDK type lacks', () => {
    const shape = { props: { name: 'any' as const } };
    const snippet = generate(ADD, sdk({ ...ADD_CALL, body: { ...ADD_CALL.body!, shape } }));
    expect(snippet).toContain(`// Not sent: tianji-client-sdk 1.3.4's type for this body has no "domain".`);
    expect(snippet).toContain("requestBody: {\n    name: 'It\\'s mine',\n  },");
  });

  it('keeps a value that is not of the SDK type as typed, with a cast', () => {
    expect(valueLiteral('day', { type: 'string', enum: ['day', 'hour'] })).toBe("'day'");
    expect(valueLiteral('week', { type: 'string', enum: ['day', 'hour'] })).toBe("'week' as never");
    expect(valueLiteral('20', { type: 'number' })).toBe('20');
    expect(valueLiteral('020', { type: 'number' })).toBe("'020' as unknown as number");
    expect(valueLiteral('', { type: 'number' })).toBe("'' as unknown as number");
    expect(valueLiteral('yes', { type: 'boolean' })).toBe("'yes' as unknown as boolean");
    expect(valueLiteral('[1]', { type: 'other' })).toBe("'[1]' as unknown as never");
  });

  it('public operation: no key; a call without an argument; a base URL without /open', () => {
    const c = call({
      service: 'GlobalService',
      method: 'globalConfig',
      path: '/global/config',
      pathParams: [],
      argument: 'none',
    });
    const snippet = generate(
      { method: 'GET', url: 'https://tianji.example.com/api/global/config', headers: [] },
      sdk(c),
    );
    expect(snippet).toContain("initOpenapiSDK('https://tianji.example.com/api');\n");
    expect(snippet).toContain(
      "openApiClient.OpenAPI.BASE = 'https://tianji.example.com/api'; // initOpenapiSDK would add /open",
    );
    expect(snippet).toContain('const result = await openApiClient.GlobalService.globalConfig();');
    expect(snippet).not.toContain('apiKey');
  });

  it('encodes path values the RFC 3986 way when encodeURI would leave some characters as they are', () => {
    expect(generate(EXAMPLE_GET, sdk(call({})))).not.toContain('ENCODE_PATH');
    const request = { ...EXAMPLE_GET, url: `${BASE_URL}/workspace/a%2Fb%3F/website/all` };
    const snippet = generate(request, sdk(call({})));
    expect(snippet).toContain('openApiClient.OpenAPI.ENCODE_PATH = (value) => encodeURIComponent(value)');
    expect(snippet).toContain("workspaceId: 'a/b?',");
  });

  it('sends other headers with initOpenapiSDK', () => {
    const request = { ...EXAMPLE_GET, headers: [AUTH, { name: 'X-Trace', value: "it's" }] };
    expect(generate(request, sdk(call({})))).toContain(
      "initOpenapiSDK('https://tianji.example.com/open', { apiKey: '<your_api_key_here>', header: { 'X-Trace': 'it\\'s' } });",
    );
  });

  it('says when the SDK call takes no body; passes no body where the SDK asks for one and there is none', () => {
    const noBody = generate(ADD, sdk({ ...ADD_CALL, body: undefined }));
    expect(noBody).toContain('// Not sent: tianji-client-sdk 1.3.4 takes no body in this call.');
    expect(noBody).not.toContain('requestBody');
    const empty = generate({ ...ADD, body: undefined, headers: [AUTH] }, sdk(ADD_CALL));
    expect(empty).toContain('  requestBody: undefined as never, // no body\n');
  });

  it('passes text that is not JSON through JSON.parse, which says so when it runs', () => {
    const snippet = generate({ ...ADD, body: { mimeType: 'application/json', text: '{oops' } }, sdk(ADD_CALL));
    expect(snippet).toContain("requestBody: JSON.parse('{oops') /* not JSON: the SDK sends JSON only */,");
  });

  it("writes its comments in the page's language, each on one line and unable to end its comment early", () => {
    const comments = {
      ...ENGLISH_COMMENTS,
      sdk: {
        ...ENGLISH_SDK_COMMENTS,
        bodyNotSent: 'Non envoyé : {sdk} ne prend pas de corps\ndans cet appel.',
        notJson: 'pas du JSON */ alert(1) /*',
      },
    };
    const noBody = generate(ADD, { ...sdk({ ...ADD_CALL, body: undefined }), comments });
    expect(noBody).toContain('// Non envoyé : tianji-client-sdk 1.3.4 ne prend pas de corps dans cet appel.');
    const notJson = generate(
      { ...ADD, body: { mimeType: 'application/json', text: '{oops' } },
      { ...sdk(ADD_CALL), comments },
    );
    expect(notJson).toContain("JSON.parse('{oops') /* pas du JSON * / alert(1) /* */,");
  });

  it('refuses a request without the SDK call, or to another path', () => {
    expect(() => generate(EXAMPLE_GET, {})).toThrow(/not in the SDK/);
    expect(() => generate(ADD, sdk(call({})))).toThrow(/is not a request to/);
  });
});
