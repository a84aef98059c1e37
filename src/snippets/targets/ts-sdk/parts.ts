/**
 * A request model read back into what an SDK call takes: the base URL (everything before the operation's path),
 * the raw path values by name, the raw query pairs in order, the key and the other headers. The URL was built by
 * src/request/build.ts (every value percent-encoded), so splitting on `/`, `?`, `&` and `=` is exact.
 */
import type { NameValue, RequestModel } from '../../../request/model';
import { templateNames } from './coverage';

export interface RequestParts {
  /** `https://tianji.example.com/open`: origin plus the path before the operation's own. */
  baseUrl: string;
  pathValues: Record<string, string>;
  query: NameValue[];
  /** The Bearer key of `Authorization`, when the request has one. */
  apiKey?: string;
  /** Headers other than Authorization and Content-Type (which the SDK writes itself). */
  headers: NameValue[];
}

/** Splits `request` along `template` (`/workspace/{workspaceId}/website/all`); throws if the URL does not fit. */
export function requestParts(request: RequestModel, template: string): RequestParts {
  const pathStart = request.url.indexOf('/', request.url.indexOf('//') + 2);
  const queryStart = request.url.indexOf('?');
  const origin = pathStart === -1 ? request.url : request.url.slice(0, pathStart);
  const urlPath = pathStart === -1 ? '' : request.url.slice(pathStart, queryStart === -1 ? undefined : queryStart);
  const queryText = queryStart === -1 ? '' : request.url.slice(queryStart + 1);

  const segments = urlPath.split('/');
  const templateSegments = template.split('/').slice(1); // without the empty one before the first /
  const prefix = segments.slice(0, segments.length - templateSegments.length);
  const own = segments.slice(segments.length - templateSegments.length);
  const pathValues: Record<string, string> = {};
  const names = templateNames(template);
  templateSegments.forEach((segment, i) => {
    const param = /^\{([^}]*)\}$/.exec(segment);
    if (param) pathValues[param[1]] = decodeURIComponent(own[i] ?? '');
    else if (own[i] !== segment) throw new Error(`${request.url} is not a request to ${template}`);
  });
  if (names.some((name) => !(name in pathValues))) throw new Error(`${template}: a parameter is not a whole segment`);

  const query = queryText
    ? queryText.split('&').map((pair) => {
        const eq = pair.indexOf('=');
        const [name, value] = eq === -1 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
        return { name: decodeURIComponent(name), value: decodeURIComponent(value) };
      })
    : [];

  let apiKey: string | undefined;
  const headers: NameValue[] = [];
  for (const header of request.headers) {
    const name = header.name.toLowerCase();
    if (name === 'authorization' && header.value.startsWith('Bearer ')) apiKey = header.value.slice('Bearer '.length);
    else if (name !== 'content-type') headers.push(header);
  }
  return { baseUrl: origin + prefix.join('/'), pathValues, query, apiKey, headers };
}
