/**
 * PHP with the curl extension. Starts with `<?php` and has no closing `?>` (a newline after it would be output).
 * Strings are single-quoted where possible (nothing interpolated); see escape/php.ts.
 */
import { isJsonMediaType } from '../../../openapi/json';
import type { RequestModel } from '../../../request/model';
import { phpNowdoc, phpString } from '../../escape/php';

const INDENT = '    ';

export function generate(request: RequestModel): string {
  const lines: string[] = ['<?php'];

  // Body first: multi-line text as a nowdoc (taken literally), otherwise a plain literal.
  if (request.body) {
    const text = request.body.text;
    const marker = isJsonMediaType(request.body.mimeType) ? 'JSON' : 'BODY';
    const nowdoc = text.includes('\n') ? phpNowdoc(text, marker) : undefined;
    lines.push(`$body = ${nowdoc ?? phpString(text)};`, '');
  }

  // URL and method. CURLOPT_CUSTOMREQUEST 'HEAD' would wait for a body: HEAD is CURLOPT_NOBODY.
  lines.push('$ch = curl_init();');
  lines.push(`curl_setopt($ch, CURLOPT_URL, ${phpString(request.url)});`);
  if (request.method === 'HEAD') lines.push('curl_setopt($ch, CURLOPT_NOBODY, true);');
  else lines.push(`curl_setopt($ch, CURLOPT_CUSTOMREQUEST, ${phpString(request.method)});`);

  // Headers as 'Name: value' lines, values as Latin-1 bytes; an empty value is written 'Name;' (libcurl drops
  // 'Name:' with nothing after it).
  if (request.headers.length > 0) {
    lines.push('curl_setopt($ch, CURLOPT_HTTPHEADER, [');
    for (const { name, value } of request.headers) {
      const line = /^[ \t]*$/.test(value) ? `${name};` : `${name}: ${value}`;
      lines.push(`${INDENT}${phpString(line, { latin1: true })},`);
    }
    lines.push(']);');
  }

  // Body, sent as is (a string, so no multipart and no @file handling).
  if (request.body) lines.push('curl_setopt($ch, CURLOPT_POSTFIELDS, $body);');
  lines.push('curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);', '');

  // Send and print the status and the response body.
  lines.push(
    '$response = curl_exec($ch);',
    'if ($response === false) {',
    `${INDENT}echo 'cURL error: ', curl_error($ch), "\\n";`,
    '} else {',
    `${INDENT}echo curl_getinfo($ch, CURLINFO_RESPONSE_CODE), "\\n", $response, "\\n";`,
    '}',
  );
  return lines.join('\n');
}
