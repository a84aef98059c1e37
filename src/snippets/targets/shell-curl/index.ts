/**
 * cURL on the command line (bash): `curl -X METHOD 'url'`, then one continued line per header and the body.
 * Every value is single-quoted (see escape/shell.ts), so the shell expands nothing.
 */
import type { RequestModel } from '../../../request/model';
import { shellQuote } from '../../escape/shell';

export function generate(request: RequestModel): string {
  // Method and URL. `-X HEAD` would make curl wait for a body that never comes: HEAD is `--head`.
  // The URL is already percent-encoded; `--globoff` only when it still holds [ ] { }, which curl would glob.
  const first = ['curl'];
  if (/[[\]{}]/.test(request.url)) first.push('--globoff');
  first.push(request.method === 'HEAD' ? '--head' : `-X ${request.method}`);
  first.push(shellQuote(request.url));

  // Headers, one `-H` each. Values are sent as Latin-1 bytes, like fetch and requests do. curl drops a header
  // written `Name:` with nothing after it; `Name;` is how it sends an empty value.
  const options = request.headers.map(({ name, value }) => {
    const line = /^[ \t]*$/.test(value) ? `${name};` : `${name}: ${value}`;
    return `-H ${shellQuote(line, { latin1: true })}`;
  });

  // Body: --data-raw sends the text as is (no `@file` reading, no stripping of line breaks).
  if (request.body) options.push(`--data-raw ${shellQuote(request.body.text)}`);

  return [first.join(' '), ...options.map((option) => `  ${option}`)].join(' \\\n');
}
