import { describe, expect, it } from 'vitest';
import { EXAMPLE_GET, EXAMPLE_POST } from '../../fixtures/cases';
import { generate } from './index';

describe('php-curl', () => {
  it('GET with auth', () => {
    expect(generate(EXAMPLE_GET)).toMatchInlineSnapshot(`
      "<?php
      $ch = curl_init();
      curl_setopt($ch, CURLOPT_URL, 'https://tianji.example.com/open/workspace/ws1/website/all?search=my%20site');
      curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'GET');
      curl_setopt($ch, CURLOPT_HTTPHEADER, [
          'Authorization: Bearer <your_api_key_here>',
      ]);
      curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);

      $response = curl_exec($ch);
      if ($response === false) {
          echo 'cURL error: ', curl_error($ch), "\\n";
      } else {
          echo curl_getinfo($ch, CURLINFO_RESPONSE_CODE), "\\n", $response, "\\n";
      }"
    `);
  });

  it('POST with a JSON body', () => {
    expect(generate(EXAMPLE_POST)).toMatchInlineSnapshot(`
      "<?php
      $body = <<<'JSON'
      {
        "name": "It's mine",
        "domain": "example.com"
      }
      JSON;

      $ch = curl_init();
      curl_setopt($ch, CURLOPT_URL, 'https://tianji.example.com/open/workspace/ws1/website');
      curl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'POST');
      curl_setopt($ch, CURLOPT_HTTPHEADER, [
          'Authorization: Bearer <your_api_key_here>',
          'Content-Type: application/json',
      ]);
      curl_setopt($ch, CURLOPT_POSTFIELDS, $body);
      curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);

      $response = curl_exec($ch);
      if ($response === false) {
          echo 'cURL error: ', curl_error($ch), "\\n";
      } else {
          echo curl_getinfo($ch, CURLINFO_RESPONSE_CODE), "\\n", $response, "\\n";
      }"
    `);
  });

  it('writes an empty header as `Name;`, Latin-1 values as bytes, HEAD as CURLOPT_NOBODY', () => {
    const snippet = generate({
      method: 'HEAD',
      url: 'https://x.test/a',
      headers: [
        { name: 'X-Empty', value: '' },
        { name: 'X-Latin1', value: 'café $x' },
      ],
    });
    expect(snippet).toContain("    'X-Empty;',");
    expect(snippet).toContain('    "X-Latin1: caf\\xE9 \\$x",');
    expect(snippet).toContain('curl_setopt($ch, CURLOPT_NOBODY, true);');
    expect(snippet).not.toContain('CURLOPT_CUSTOMREQUEST');
  });

  it('starts with <?php and has no closing tag', () => {
    const snippet = generate(EXAMPLE_POST);
    expect(snippet.startsWith('<?php\n')).toBe(true);
    expect(snippet).not.toMatch(/\?>\s*$/);
  });
});
