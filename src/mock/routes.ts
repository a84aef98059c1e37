/**
 * Routing of the mock: each operation's path template as a matcher under the base URL, the order that lets literal
 * segments win, and the answer when no operation matches. Requests outside the base URL are never matched.
 */
import type { OperationData } from '../openapi/types';
import { errorResponse } from './answers';

/**
 * A path template as a matcher of request paths (relative to the base URL): each `{name}` takes one segment,
 * percent-decoded; letter case and a trailing slash do not matter, as in msw's own path matching. Compiled once:
 * the mock answers through one msw handler that tries these in order, instead of one handler per operation,
 * each of which msw would match (and read the request's cookies for) on every request.
 */
export function pathMatcher(template: string): (path: string) => Record<string, string> | undefined {
  const names: string[] = [];
  const source = template
    .split('/')
    .map((segment) => {
      const name = /^\{(.+)\}$/.exec(segment)?.[1];
      if (name === undefined) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+?)';
    })
    .join('/');
  const pattern = new RegExp(`^${source}/?$`, 'i');
  return (path) => {
    const found = pattern.exec(path);
    if (!found) return undefined;
    return Object.fromEntries(names.map((name, i) => [name, decodeSegment(found[i + 1])]));
  };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // not valid percent-encoding: the value as sent
  }
}

/** A request URL's path under the base path (`/` for the base itself). */
export function relativePath(url: string, basePath: string): string {
  const pathname = new URL(url).pathname;
  return pathname.startsWith(basePath) ? pathname.slice(basePath.length) || '/' : pathname;
}

/**
 * Literal segments before parameters, position by position, so `/website/all` wins over
 * `/website/{websiteId}`: the first route that matches answers.
 */
export function bySpecificity(a: OperationData, b: OperationData): number {
  const sa = a.path.split('/');
  const sb = b.path.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const pa = sa[i].startsWith('{') ? 1 : 0;
    const pb = sb[i].startsWith('{') ? 1 : 0;
    if (pa !== pb) return pa - pb;
  }
  return 0;
}

/** The answer under the base URL when no operation matches: the request's method and path relative to it. */
export function noOperationAnswer(basePath: string) {
  return ({ request }: { request: Request }): Response => {
    return errorResponse('NOT_FOUND', `No operation matches ${request.method} ${relativePath(request.url, basePath)}`);
  };
}
