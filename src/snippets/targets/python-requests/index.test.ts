import { describe, expect, it } from 'vitest';
import { EXAMPLE_GET, EXAMPLE_POST } from '../../fixtures/cases';
import { generate } from './index';

describe('python-requests', () => {
  it('GET with auth', () => {
    expect(generate(EXAMPLE_GET)).toMatchInlineSnapshot(`
      "import requests

      url = 'https://tianji.example.com/open/workspace/ws1/website/all?search=my%20site'
      headers = {
          'Authorization': 'Bearer <your_api_key_here>',
      }

      response = requests.request('GET', url, headers=headers)
      print(response.status_code, response.text)"
    `);
  });

  it('POST with a JSON body', () => {
    expect(generate(EXAMPLE_POST)).toMatchInlineSnapshot(`
      "import requests

      url = 'https://tianji.example.com/open/workspace/ws1/website'
      headers = {
          'Authorization': 'Bearer <your_api_key_here>',
          'Content-Type': 'application/json',
      }
      body = (
          '{\\n'
          '  "name": "It\\'s mine",\\n'
          '  "domain": "example.com"\\n'
          '}'
      )

      response = requests.request('POST', url, headers=headers, data=body.encode('utf-8'))
      print(response.status_code, response.text)"
    `);
  });

  it('leaves out headers= when there are none, and writes a one-line body as one literal', () => {
    const snippet = generate({
      method: 'PATCH',
      url: 'https://x.test/a',
      headers: [],
      body: { mimeType: 'application/json', text: '{"f":"{x} %s"}' },
    });
    expect(snippet).toContain(`body = '{"f":"{x} %s"}'`);
    expect(snippet).toContain("response = requests.request('PATCH', url, data=body.encode('utf-8'))");
  });

  it('writes a header value starting with U+0085 or U+00A0 as Latin-1 bytes (requests refuses such a str)', () => {
    const snippet = generate({
      method: 'GET',
      url: 'https://x.test/a',
      headers: [
        { name: 'X-Nbsp', value: '\u00a0a b' },
        { name: 'X-Nel', value: '\u0085' },
        { name: 'X-Inner', value: 'a\u00a0b' },
      ],
    });
    expect(snippet).toContain(
      `    'X-Nbsp': '\u00a0a b'.encode('latin-1'),\n    'X-Nel': '\\x85'.encode('latin-1'),\n`,
    );
    expect(snippet).toContain(`    'X-Inner': 'a\u00a0b',\n`);
  });
});
