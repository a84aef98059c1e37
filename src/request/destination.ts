/**
 * The destination of a request: the in-browser mock, or a Tianji instance whose URL the reader typed.
 * Pure: the caller passes the page origin and the spec's API prefix (e.g. `/open`).
 */
import { exampleBaseUrl } from '../openapi/servers';

export type DestinationKind = 'mock' | 'instance';

export type BaseUrlProblem = 'empty' | 'not-a-url' | 'protocol' | 'credentials' | 'query';

export type BaseUrlCheck = { ok: true; baseUrl: string } | { ok: false; problem: BaseUrlProblem };

/**
 * Turns what the reader typed (`https://tianji.example.com`, with or without the `/open` prefix and a
 * trailing slash) into the API base URL, or says what is wrong with it.
 */
export function parseInstanceUrl(input: string, apiPrefix: string): BaseUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'protocol' };
  // Credentials in a URL would end up in snippets and history; the key belongs in its own field.
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  if (url.search || url.hash) return { ok: false, problem: 'query' };
  const prefix = apiPrefix.replace(/\/+$/, '');
  let path = url.pathname.replace(/\/+$/, '');
  if (prefix && !path.endsWith(prefix)) path += prefix;
  return { ok: true, baseUrl: `${url.origin}${path}` };
}

/** The mock's base URL: a path of the site itself, so nothing leaves the page and no CORS is involved. */
export function mockBaseUrl(origin: string, siteBaseUrl: string, apiPrefix: string): string {
  return `${origin}${siteBaseUrl.replace(/\/?$/, '/')}mock-api${apiPrefix.replace(/\/+$/, '')}`;
}

/**
 * The base URL snippets show: the instance's, or for the mock the example base URL of the spec's server (its
 * URL, or its path such as `/open`), the one the Markdown twins and guides show too.
 */
export function snippetBaseUrl(kind: DestinationKind, instanceBaseUrl: string | undefined, serverUrl: string): string {
  return kind === 'instance' && instanceBaseUrl ? instanceBaseUrl : exampleBaseUrl(serverUrl);
}
