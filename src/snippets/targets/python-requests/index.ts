/**
 * Python with requests. The body is sent as UTF-8 bytes (`data=body.encode('utf-8')`), so requests neither
 * re-encodes nor form-encodes it; the URL is already percent-encoded and requests keeps valid %XX escapes.
 */
import type { RequestModel } from '../../../request/model';
import { pyString, pyStringLines } from '../../escape/python';

const INDENT = '    ';

/**
 * requests refuses a str header value that starts with what Python calls whitespace (`^\S` in its check), and
 * for str that includes U+0085 and U+00A0, which are ordinary Latin-1 bytes in a header value (fetch and curl send
 * them). For bytes that check only knows ASCII whitespace, so such a value is written `'...'.encode('latin-1')`:
 * the same bytes requests would send for the str.
 */
const PY_LEADING_WHITESPACE = /^[\t-\r\x1c-\x20\x85\xa0]/;

function headerValue(value: string): string {
  return PY_LEADING_WHITESPACE.test(value) ? `${pyString(value)}.encode('latin-1')` : pyString(value);
}

export function generate(request: RequestModel): string {
  const lines: string[] = ['import requests', ''];
  const args = [pyString(request.method), 'url'];

  // URL.
  lines.push(`url = ${pyString(request.url)}`);

  // Headers, in order (requests sends str header values as Latin-1).
  if (request.headers.length > 0) {
    lines.push('headers = {');
    for (const { name, value } of request.headers) lines.push(`${INDENT}${pyString(name)}: ${headerValue(value)},`);
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
