/**
 * JavaScript with axios, as an ES module (`import axios from 'axios'` + top-level await: a `.mjs` file or a
 * bundler). The final URL is passed as is (no `params`, so axios encodes nothing again) and the body is sent as
 * the exact text: axios would otherwise re-serialize (and trim) a JSON string.
 */
import type { RequestModel } from '../../../request/model';
import { jsString, jsTemplate } from '../../escape/js';
import { ENGLISH_COMMENTS, oneLine } from '../../comments';
import type { SnippetContext } from '../../index';

export function generate(request: RequestModel, context: SnippetContext = {}): string {
  const comments = context.comments ?? ENGLISH_COMMENTS;
  const lines: string[] = ["import axios from 'axios';", ''];

  // Body first, as a constant: multi-line text stays readable in a template literal (nothing interpolated).
  const body = request.body?.text;
  if (body !== undefined) lines.push(`const body = ${body.includes('\n') ? jsTemplate(body) : jsString(body)};`, '');

  // Method and URL.
  lines.push('const response = await axios.request({');
  lines.push(`  method: ${jsString(request.method)},`);
  lines.push(`  url: ${jsString(request.url)},`);

  // Headers, in order.
  if (request.headers.length > 0) {
    lines.push('  headers: {');
    for (const { name, value } of request.headers) lines.push(`    ${jsString(name)}: ${jsString(value)},`);
    lines.push('  },');
  }

  // Body, sent unchanged.
  if (body !== undefined) {
    lines.push('  data: body,');
    lines.push(`  transformRequest: [(data) => data], // ${oneLine(comments.sendAsWritten)}`);
  }

  lines.push(`  validateStatus: () => true, // ${oneLine(comments.printErrors)}`);
  lines.push('});', '', 'console.log(response.status, response.data);');
  return lines.join('\n');
}
