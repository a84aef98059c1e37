/**
 * Routing of the mock: the msw URL of each operation under the base URL, the order that lets literal segments win,
 * and the answer when no operation matches. Requests outside the base URL are never matched.
 */
import type { OperationData } from '../openapi/types';
import { errorResponse } from './answers';

/** Turns `{name}` into a msw path parameter; names are replaced because path-to-regexp is picky about them. */
export function toMswPath(template: string, names: string[]): string {
  return template
    .split('/')
    .map((segment) => {
      const name = /^\{(.+)\}$/.exec(segment)?.[1];
      if (name === undefined) return segment.replace(/[:*?+()]/g, (c) => `\\${c}`);
      names.push(name);
      return `:p${names.length - 1}`;
    })
    .join('/');
}

/**
 * Literal segments before parameters, position by position, so `/website/all` wins over
 * `/website/{websiteId}` — msw uses the first handler that matches.
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

/** The path parameters msw matched (`p0`, `p1`, …), by the template's names. */
export function pathValuesOf(
  paramNames: readonly string[],
  rawParams: Record<string, unknown>,
): Record<string, string> {
  const values: Record<string, string> = {};
  paramNames.forEach((name, i) => {
    const value = rawParams[`p${i}`];
    if (typeof value === 'string') values[name] = value;
  });
  return values;
}

/** The answer under the base URL when no operation matches: the request's method and path relative to it. */
export function noOperationAnswer(basePath: string) {
  return ({ request }: { request: Request }): Response => {
    const pathname = new URL(request.url).pathname;
    const relative = pathname.startsWith(basePath) ? pathname.slice(basePath.length) || '/' : pathname;
    return errorResponse('NOT_FOUND', `No operation matches ${request.method} ${relative}`);
  };
}
