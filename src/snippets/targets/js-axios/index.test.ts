import { describe, expect, it } from 'vitest';
import { EXAMPLE_GET, EXAMPLE_POST } from '../../fixtures/cases';
import { generate } from './index';

describe('js-axios', () => {
  it('GET with auth', () => {
    expect(generate(EXAMPLE_GET)).toMatchInlineSnapshot(`
      "import axios from 'axios';

      const response = await axios.request({
        method: 'GET',
        url: 'https://tianji.example.com/open/workspace/ws1/website/all?search=my%20site',
        headers: {
          'Authorization': 'Bearer <your_api_key_here>',
        },
        validateStatus: () => true, // print 4xx/5xx responses instead of throwing
      });

      console.log(response.status, response.data);"
    `);
  });

  it('POST with a JSON body', () => {
    expect(generate(EXAMPLE_POST)).toMatchInlineSnapshot(`
      "import axios from 'axios';

      const body = \`{
        "name": "It's mine",
        "domain": "example.com"
      }\`;

      const response = await axios.request({
        method: 'POST',
        url: 'https://tianji.example.com/open/workspace/ws1/website',
        headers: {
          'Authorization': 'Bearer <your_api_key_here>',
          'Content-Type': 'application/json',
        },
        data: body,
        transformRequest: [(data) => data], // send the text exactly as written
        validateStatus: () => true, // print 4xx/5xx responses instead of throwing
      });

      console.log(response.status, response.data);"
    `);
  });

  it('passes the final URL as is (no params) and the body unchanged', () => {
    const snippet = generate(EXAMPLE_POST);
    expect(snippet).not.toContain('params');
    expect(snippet).toContain('transformRequest: [(data) => data]');
    expect(snippet.startsWith("import axios from 'axios';\n")).toBe(true);
  });
});

describe('js-axios comments', () => {
  it('writes its comments in the language it is given, on one line', () => {
    const snippet = generate(EXAMPLE_POST, {
      comments: {
        sendAsWritten: 'envoie le texte tel quel',
        printErrors: 'affiche les réponses 4xx/5xx\nau lieu de lever une erreur',
        bodyLeftOut: '',
      },
    });
    expect(snippet).toContain('  transformRequest: [(data) => data], // envoie le texte tel quel\n');
    expect(snippet).toContain(
      '  validateStatus: () => true, // affiche les réponses 4xx/5xx au lieu de lever une erreur\n',
    );
  });
});
