/**
 * msw request handlers generated from the operations, so the playground can send real HTTP requests to a
 * mock of the Tianji Open API inside the browser. Each request goes through: route (method + path template
 * under baseUrl) → auth → parameters and body → record operations → response example. Requests outside
 * baseUrl are never matched, so requests aimed at a real instance reach the network.
 */
import { http, HttpResponse, type RequestHandler } from 'msw';
import { sample } from 'openapi-sampler';
import type { OperationData, OperationResponse } from '../openapi/types';
import { checkAuthorization } from './auth';
import { classifyOperation, runResourceAction, type ResourceBinding } from './resources';
import type { MockStore } from './store';
import { createBodyValidator, type BodyValidator, type ValidationIssue } from '../request/body-validation';

export interface MockHandlerOptions {
  /** Absolute URL the mock answers under, e.g. `http://127.0.0.1:3000/mock/open` (no trailing slash needed). */
  baseUrl: string;
  store: MockStore;
  /** Bearer tokens accepted on secured operations. */
  knownKeys: readonly string[];
}

/** Response header naming the operation that answered. */
export const OPERATION_HEADER = 'X-Mock-Operation';

export type MockErrorCode = 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

export interface MockErrorBody {
  error: { code: MockErrorCode; message: string; issues?: ValidationIssue[] };
}

const STATUS_OF: Record<MockErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INTERNAL_SERVER_ERROR: 500,
};

function errorResponse(code: MockErrorCode, message: string, issues?: ValidationIssue[]): Response {
  const body: MockErrorBody = { error: { code, message, ...(issues ? { issues } : {}) } };
  return HttpResponse.json(body, { status: STATUS_OF[code] });
}

function badRequest(issues: ValidationIssue[]): Response {
  return errorResponse('BAD_REQUEST', 'Invalid input data', issues);
}

function isJsonMediaType(mediaType: string | undefined): boolean {
  return !!mediaType && /[/+]json\b/i.test(mediaType);
}

/** The documented success response: the first 2xx, else `default`, else a bare 200. */
function successResponse(op: OperationData): { status: number; response?: OperationResponse } {
  const success = op.responses.find((r) => /^2(\d\d|XX)$/i.test(r.status));
  if (success) return { status: /^\d+$/.test(success.status) ? Number(success.status) : 200, response: success };
  const fallback = op.responses.find((r) => r.status === 'default');
  return { status: 200, response: fallback };
}

const newRecordId = (): string => {
  // cuid2-shaped ids (lowercase alphanumerics, leading letter) because Tianji validates ids with that pattern.
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(24);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b, i) => alphabet[b % (i === 0 ? 26 : alphabet.length)]).join('');
};

/** Turns `{name}` into a msw path parameter; names are replaced because path-to-regexp is picky about them. */
function toMswPath(template: string, names: string[]): string {
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
function bySpecificity(a: OperationData, b: OperationData): number {
  const sa = a.path.split('/');
  const sb = b.path.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const pa = sa[i].startsWith('{') ? 1 : 0;
    const pb = sb[i].startsWith('{') ? 1 : 0;
    if (pa !== pb) return pa - pb;
  }
  return 0;
}

type SamplerSchema = Parameters<typeof sample>[0];

interface Compiled {
  op: OperationData;
  paramNames: string[];
  binding?: ResourceBinding;
}

export function createMockHandlers(operations: OperationData[], options: MockHandlerOptions): RequestHandler[] {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const basePath = new URL(baseUrl, 'http://mock.invalid').pathname.replace(/\/+$/, '');
  const { store, knownKeys } = options;
  const validateBody: BodyValidator = createBodyValidator();
  const examples = new Map<string, unknown>();

  function exampleOf(op: OperationData, response: OperationResponse | undefined): unknown {
    if (!response) return undefined;
    if (response.example !== undefined) return response.example;
    if (!response.schema) return undefined;
    if (!examples.has(op.id)) {
      let sampled: unknown = null;
      try {
        sampled = sample(response.schema as SamplerSchema, { skipWriteOnly: true, quiet: true });
      } catch {
        // An unsampleable schema still deserves an answer; null is valid JSON and obviously a placeholder.
      }
      examples.set(op.id, sampled);
    }
    return examples.get(op.id);
  }

  function respond(status: number, response: OperationResponse | undefined, body: unknown): Response {
    if (status === 204 || status === 205 || status === 304 || (body === undefined && !response?.mediaType)) {
      return new HttpResponse(null, { status });
    }
    if (response?.mediaType && !isJsonMediaType(response.mediaType) && typeof body === 'string') {
      return new HttpResponse(body, { status, headers: { 'Content-Type': response.mediaType } });
    }
    return HttpResponse.json(body === undefined ? null : body, { status });
  }

  async function handle(compiled: Compiled, request: Request, rawParams: Record<string, unknown>): Promise<Response> {
    const { op, paramNames, binding } = compiled;

    if (op.secured) {
      const auth = checkAuthorization(request.headers.get('authorization'), knownKeys);
      if (!auth.ok) return errorResponse(auth.code, auth.message);
    }

    const pathValues: Record<string, string> = {};
    paramNames.forEach((name, i) => {
      const value = rawParams[`p${i}`];
      if (typeof value === 'string') pathValues[name] = value;
    });
    const query = new URL(request.url).searchParams;
    const missing: ValidationIssue[] = [];
    for (const param of op.parameters) {
      if (!param.required) continue;
      const present =
        param.in === 'path' ? !!pathValues[param.name] : param.in === 'query' ? query.has(param.name) : true;
      if (!present)
        missing.push({ path: `/${param.name}`, message: `Required ${param.in} parameter '${param.name}' is missing` });
    }
    if (missing.length) return badRequest(missing);

    let body: unknown;
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
    const declared = op.requestBody;
    if (declared && isJsonMediaType(declared.mediaType)) {
      if (text.trim() === '') {
        if (declared.required) return badRequest([{ path: '', message: 'Request body is required' }]);
      } else {
        try {
          body = JSON.parse(text);
        } catch (error) {
          return badRequest([{ path: '', message: `Body is not valid JSON: ${(error as Error).message}` }]);
        }
        const issues = validateBody(declared.schema, body);
        if (issues.length) return badRequest(issues);
      }
    } else if (text.trim() !== '') {
      // Undocumented bodies are not validated, but their fields may still describe a record being created.
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
    }

    const { status, response } = successResponse(op);
    const example = exampleOf(op, response);

    if (binding) {
      const lookup = (name: string): string | undefined => {
        if (pathValues[name]) return pathValues[name];
        const fromQuery = query.get(name);
        if (fromQuery) return fromQuery;
        const fromBody =
          typeof body === 'object' && body !== null && !Array.isArray(body)
            ? (body as Record<string, unknown>)[name]
            : undefined;
        return typeof fromBody === 'string' && fromBody ? fromBody : undefined;
      };
      const outcome = runResourceAction({
        binding,
        store,
        lookup,
        body,
        example,
        now: () => new Date().toISOString(),
        newId: newRecordId,
      });
      if (outcome?.kind === 'not-found') return errorResponse('NOT_FOUND', outcome.message);
      if (outcome) return respond(status, response, outcome.body);
    }

    return respond(status, response, example);
  }

  function guarded(compiled: Compiled) {
    return async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
      let response: Response;
      try {
        response = await handle(compiled, request, params);
      } catch (error) {
        // A bug in the mock must read as a server error in the playground, not as a network failure.
        response = errorResponse('INTERNAL_SERVER_ERROR', `Mock failed: ${(error as Error)?.message ?? String(error)}`);
      }
      // Tells the reader (and the tests) which documented operation answered.
      response.headers.set(OPERATION_HEADER, compiled.op.id);
      return response;
    };
  }

  const handlers: RequestHandler[] = [...operations].sort(bySpecificity).map((op) => {
    const paramNames: string[] = [];
    const url = baseUrl + toMswPath(op.path, paramNames);
    const compiled: Compiled = { op, paramNames, binding: classifyOperation(op) };
    const method = op.method.toLowerCase() as Lowercase<OperationData['method']>;
    return http[method](url, guarded(compiled));
  });

  const notFound = ({ request }: { request: Request }) => {
    const pathname = new URL(request.url).pathname;
    const relative = pathname.startsWith(basePath) ? pathname.slice(basePath.length) || '/' : pathname;
    return errorResponse('NOT_FOUND', `No operation matches ${request.method} ${relative}`);
  };
  handlers.push(http.all(baseUrl, notFound), http.all(`${baseUrl}/*`, notFound));
  return handlers;
}
