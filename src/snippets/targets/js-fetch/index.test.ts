import { describe, expect, it } from 'vitest';
import { EXAMPLE_GET, EXAMPLE_POST } from '../../fixtures/cases';
import { generate } from './index';

describe('js-fetch', () => {
  it('GET with auth', () => {
    expect(generate(EXAMPLE_GET)).toMatchInlineSnapshot(`
      "const response = await fetch('https://tianji.example.com/open/workspace/ws1/website/all?search=my%20site', {
        method: 'GET',
        headers: {
          'Authorization': 'Bearer <your_api_key_here>',
        },
      });

      console.log(response.status, await response.text());"
    `);
  });

  it('POST with a JSON body', () => {
    expect(generate(EXAMPLE_POST)).toMatchInlineSnapshot(`
      "const body = \`{
        "name": "It's mine",
        "domain": "example.com"
      }\`;

      const response = await fetch('https://tianji.example.com/open/workspace/ws1/website', {
        method: 'POST',
        headers: {
          'Authorization': 'Bearer <your_api_key_here>',
          'Content-Type': 'application/json',
        },
        body,
      });

      console.log(response.status, await response.text());"
    `);
  });

  it('writes a one-line body as a single-quoted string', () => {
    const snippet = generate({ ...EXAMPLE_POST, body: { mimeType: 'application/json', text: `{"a":"it's"}` } });
    expect(snippet).toContain(`const body = '{"a":"it\\'s"}';`);
  });

  it('leaves out a body fetch cannot send with GET', () => {
    const snippet = generate({ ...EXAMPLE_GET, body: { mimeType: 'text/plain', text: 'x' } });
    expect(snippet).not.toContain('const body');
    expect(snippet).not.toContain('  body,');
    expect(snippet).toContain('// fetch cannot send a body with GET; it is left out.');
  });
});

describe('js-fetch comments', () => {
  it('writes the left-out body note in the language it is given', () => {
    const snippet = generate(
      { ...EXAMPLE_GET, body: { mimeType: 'text/plain', text: 'x' } },
      {
        comments: {
          sendAsWritten: '',
          printErrors: '',
          bodyLeftOut: 'fetch ne peut pas envoyer de corps avec {method}.',
        },
      },
    );
    expect(snippet.split('\n')[0]).toBe('// fetch ne peut pas envoyer de corps avec GET.');
  });
});
