/**
 * JavaScript with fetch, as an ES module with top-level await: runs with `node file.mjs` (Node 18+) and in a
 * browser console. The body is sent as the exact text (a string literal, never re-serialized).
 */
import type { RequestModel } from '../../../request/model';
import { jsString, jsTemplate } from '../../escape/js';
import { ENGLISH_COMMENTS, oneLine } from '../../comments';
import type { SnippetContext } from '../../index';

export function generate(request: RequestModel, context: SnippetContext = {}): string {
  const comments = context.comments ?? ENGLISH_COMMENTS;
  const lines: string[] = [];

  // Body first, as a constant: multi-line text stays readable in a template literal (nothing interpolated).
  // fetch refuses a body with GET or HEAD, so it is left out there.
  const body = request.body && request.method !== 'GET' && request.method !== 'HEAD' ? request.body.text : undefined;
  if (request.body && body === undefined)
    lines.push(`// ${oneLine(comments.bodyLeftOut.replace('{method}', request.method))}`);
  if (body !== undefined) lines.push(`const body = ${body.includes('\n') ? jsTemplate(body) : jsString(body)};`, '');

  // URL and method.
  lines.push(`const response = await fetch(${jsString(request.url)}, {`);
  lines.push(`  method: ${jsString(request.method)},`);

  // Headers, in order.
  if (request.headers.length > 0) {
    lines.push('  headers: {');
    for (const { name, value } of request.headers) lines.push(`    ${jsString(name)}: ${jsString(value)},`);
    lines.push('  },');
  }

  if (body !== undefined) lines.push('  body,');
  lines.push('});', '', 'console.log(response.status, await response.text());');
  return lines.join('\n');
}
