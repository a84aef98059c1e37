import { describe, expect, it } from 'vitest';
import { EXAMPLE_GET, EXAMPLE_POST } from '../../fixtures/cases';
import { generate } from './index';

describe('shell-curl', () => {
  it('GET with auth', () => {
    expect(generate(EXAMPLE_GET)).toMatchInlineSnapshot(`
      "curl -X GET 'https://tianji.example.com/open/workspace/ws1/website/all?search=my%20site' \\
        -H 'Authorization: Bearer <your_api_key_here>'"
    `);
  });

  it('POST with a JSON body', () => {
    expect(generate(EXAMPLE_POST)).toMatchInlineSnapshot(`
      "curl -X POST 'https://tianji.example.com/open/workspace/ws1/website' \\
        -H 'Authorization: Bearer <your_api_key_here>' \\
        -H 'Content-Type: application/json' \\
        --data-raw '{
        "name": "It'\\''s mine",
        "domain": "example.com"
      }'"
    `);
  });

  it('sends an empty header value as `Name;` and Latin-1 values as bytes', () => {
    const snippet = generate({
      method: 'GET',
      url: 'https://x.test/a',
      headers: [
        { name: 'X-Empty', value: '' },
        { name: 'X-Latin1', value: 'café' },
      ],
    });
    expect(snippet).toContain("-H 'X-Empty;'");
    expect(snippet).toContain("-H 'X-Latin1: caf'$'\\xe9'");
  });

  it('uses --head for HEAD and --globoff only when the URL holds [ ] { }', () => {
    expect(generate({ method: 'HEAD', url: 'https://x.test/a', headers: [] })).toBe("curl --head 'https://x.test/a'");
    expect(generate({ method: 'GET', url: 'https://x.test/a?f[x]=1', headers: [] })).toBe(
      "curl --globoff -X GET 'https://x.test/a?f[x]=1'",
    );
  });

  it('never lets the shell expand anything in the body', () => {
    const snippet = generate({ ...EXAMPLE_POST, body: { mimeType: 'text/plain', text: "$(id) `id` $HOME it's" } });
    expect(snippet).toContain("--data-raw '$(id) `id` $HOME it'\\''s'");
  });
});
