/**
 * Python with requests. The body is sent as UTF-8 bytes (`data=body.encode('utf-8')`), so requests neither
 * re-encodes nor form-encodes it; the URL is already percent-encoded and requests keeps valid %XX escapes.
 */
import type { RequestModel } from '../../../request/model';
import { pyString, pyStringLines } from '../../escape/python';

const INDENT = '    ';

export function generate(request: RequestModel): string {
  const lines: string[] = ['import requests', ''];
  const args = [pyString(request.method), 'url'];

  // URL.
  lines.push(`url = ${pyString(request.url)}`);

  // Headers, in order (requests sends str header values as Latin-1).
  if (request.headers.length > 0) {
    lines.push('headers = {');
    for (const { name, value } of request.headers) lines.push(`${INDENT}${pyString(name)}: ${pyString(value)},`);
    lines.push('}');
    args.push('headers=headers');
  }

  // Body: multi-line text as adjacent literals in parentheses, one per line (Python joins them).
  if (request.body) {
    const text = request.body.text;
    if (text.includes('\n')) {
      lines.push('body = (', ...pyStringLines(text).map((literal) => `${INDENT}${literal}`), ')');
    } else {
      lines.push(`body = ${pyString(text)}`);
    }
    args.push("data=body.encode('utf-8')");
  }

  // Method, request and output.
  lines.push('', `response = requests.request(${args.join(', ')})`, 'print(response.status_code, response.text)');
  return lines.join('\n');
}
