/**
 * Which operations the official SDK (`tianji-client-sdk`) can call, and how: each call its generated client offers
 * (read from the installed package by src/site-build/sdk-reader.ts at `npm run gen`) matched to our operations by HTTP method and
 * path template (parameter names aside: `/a/{id}` matches `/a/{websiteId}`), never by a hand-written table.
 * Pure: the browser reads the result from .generated/sdk-coverage.json.
 */
import type { HttpMethod } from '../../../openapi/methods';

/** A value's type as the SDK declares it: what a snippet must write (`20` for a number, `'20'` for a string). */
export type SdkValueType = 'string' | 'number' | 'boolean' | 'other';

export interface SdkParam {
  /** The name on the wire (the path template's name, the query key). */
  name: string;
  /** The property of the call's argument that holds it (`data.workspaceId`). */
  prop: string;
  type: SdkValueType;
  /** The values the SDK's type allows, when it is a union of string literals. */
  enum?: string[];
  required: boolean;
}

/**
 * Which properties a body may have as the SDK's type declares them: an object's properties, an array's items, or
 * 'any' (a scalar, an open record, `unknown`). Properties of the members of a union are merged, as TypeScript's
 * excess-property check takes a property known to any member.
 */
export type SdkShape = 'any' | { props?: Record<string, SdkShape>; items?: SdkShape };

export interface SdkCall {
  /** `WebsiteService`: called as `openApiClient.WebsiteService.websiteAll(...)`. */
  service: string;
  method: string;
  httpMethod: HttpMethod;
  /** The SDK's path template, e.g. `/workspace/{workspaceId}/website/all`. */
  path: string;
  pathParams: SdkParam[];
  /** In the order the SDK writes them into the query string. */
  query: SdkParam[];
  headers: SdkParam[];
  body?: { prop: string; mediaType: string; required: boolean; shape: SdkShape };
  /** Whether the method takes an argument object at all, and whether it may be left out. */
  argument: 'none' | 'optional' | 'required';
}

export interface SdkCoverage {
  package: string;
  version: string;
  /** By operationId: the SDK call for each operation the SDK has. */
  calls: Record<string, SdkCall>;
  /** SDK calls that match no operation of the spec (`METHOD path`), e.g. ones the API has since dropped. */
  unmatched: string[];
}

export function mergeShapes(a: SdkShape, b: SdkShape): SdkShape {
  if (a === 'any' || b === 'any') return 'any';
  const props = a.props && b.props ? { ...a.props } : (a.props ?? b.props);
  if (a.props && b.props) {
    for (const [name, shape] of Object.entries(b.props))
      props![name] = name in a.props ? mergeShapes(a.props[name], shape) : shape;
  }
  const items = a.items && b.items ? mergeShapes(a.items, b.items) : (a.items ?? b.items);
  return { ...(props && { props }), ...(items && { items }) };
}

/**
 * A JSON value without the properties the SDK's type does not have, and where they were (`desc`, `items[0].x`):
 * what a snippet can pass to the SDK as its types stand.
 */
export function pruneToShape(value: unknown, shape: SdkShape, at = ''): { value: unknown; dropped: string[] } {
  if (shape === 'any' || value === null || typeof value !== 'object') return { value, dropped: [] };
  const dropped: string[] = [];
  if (Array.isArray(value)) {
    if (!shape.items) return { value, dropped };
    const items = value.map((item, i) => {
      const pruned = pruneToShape(item, shape.items!, `${at}[${i}]`);
      dropped.push(...pruned.dropped);
      return pruned.value;
    });
    return { value: items, dropped };
  }
  if (!shape.props) return { value, dropped };
  const kept: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
    const path = at ? `${at}.${name}` : name;
    if (!Object.hasOwn(shape.props, name)) {
      dropped.push(path);
      continue;
    }
    const pruned = pruneToShape(item, shape.props[name], path);
    dropped.push(...pruned.dropped);
    // An own property even for `__proto__` (JSON.parse makes one; plain assignment would set the prototype).
    Object.defineProperty(kept, name, { value: pruned.value, enumerable: true, writable: true, configurable: true });
  }
  return { value: kept, dropped };
}

/** The SDK call of one operation and the SDK it belongs to: what the snippet generator needs. */
export interface SdkOperation {
  package: string;
  version: string;
  call: SdkCall;
}

interface OperationRef {
  id: string;
  method: HttpMethod;
  path: string;
}

/** `GET /a/{x}/b` → `GET /a/{}/b`: two templates that differ only in parameter names are the same route. */
export function routeKey(method: HttpMethod, template: string): string {
  return `${method} ${template.replace(/\{[^}]*\}/g, '{}')}`;
}

/** The template's parameter names, in order. */
export function templateNames(template: string): string[] {
  return [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
}

/**
 * Matches the SDK's calls to the operations. A path parameter is matched by position, and renamed to the spec's
 * name (so a snippet can take the value from the request); its argument property stays the SDK's.
 */
export function sdkCoverage(
  sdk: { package: string; version: string; calls: SdkCall[] },
  operations: OperationRef[],
): SdkCoverage {
  const byRoute = new Map(operations.map((op) => [routeKey(op.method, op.path), op]));
  const calls: Record<string, SdkCall> = {};
  const unmatched: string[] = [];
  for (const call of sdk.calls) {
    const op = byRoute.get(routeKey(call.httpMethod, call.path));
    if (!op || calls[op.id]) {
      unmatched.push(`${call.httpMethod} ${call.path}`);
      continue;
    }
    const specNames = templateNames(op.path);
    const sdkNames = templateNames(call.path);
    const pathParams = sdkNames.map((sdkName, i) => {
      const param = call.pathParams.find((p) => p.name === sdkName);
      if (!param) throw new Error(`${call.service}.${call.method}: no argument property for {${sdkName}}`);
      return { ...param, name: specNames[i] };
    });
    calls[op.id] = { ...call, path: op.path, pathParams };
  }
  return { package: sdk.package, version: sdk.version, calls, unmatched };
}

/** The SDK call of one operation, or undefined when the SDK does not have it. */
export function sdkOperationOf(coverage: SdkCoverage, operationId: string): SdkOperation | undefined {
  const call = Object.hasOwn(coverage.calls, operationId) ? coverage.calls[operationId] : undefined;
  return call && { package: coverage.package, version: coverage.version, call };
}
