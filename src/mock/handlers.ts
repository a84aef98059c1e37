/**
 * msw request handlers generated from the operations, so the playground can send real HTTP requests to a
 * mock of the Tianji Open API inside the browser. Each request goes through: route (method + path template
 * under baseUrl) → auth → parameters and body → the records it works under (not found when missing, see
 * answers.ts) → a derived view (views.ts), a record operation (resources.ts) or the response example →
 * shaped by the documented schema (shape.ts). Requests outside baseUrl are never matched, so requests
 * aimed at a real instance reach the network.
 */
import { http, type RequestHandler } from 'msw';
import { sample } from 'openapi-sampler';
import type { OperationData, OperationResponse } from '../openapi/types';
import { isJsonMediaType, isPlainObject } from '../openapi/json';
import { checkAuthorization } from './auth';
import { errorResponse, notFoundAnswer, respond, successResponse } from './answers';
import { collectSeeds, missingRecord, seededRecords, type Outcome } from './records';
import {
  classifyOperation,
  idKeysOf,
  referencedRecords,
  RESOURCE_RULES,
  runResourceAction,
  type ResourceBinding,
} from './resources';
import { createShaper } from './shape';
import type { MockStore } from './store';
import { DERIVED_VIEWS, runView, withCounts, type DerivedView } from './views';
import { createBodyValidator, type BodyValidator, type ValidationIssue } from '../request/schema-validation';

export type { MockErrorBody, MockErrorCode } from './answers';

export interface MockHandlerOptions {
  /** Absolute URL the mock answers under, e.g. `http://127.0.0.1:3000/mock-api/open` (no trailing slash needed). */
  baseUrl: string;
  store: MockStore;
  /** Bearer tokens accepted on secured operations. */
  knownKeys: readonly string[];
}

/** Response header naming the operation that answered. */
export const OPERATION_HEADER = 'X-Mock-Operation';

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
type Params = Record<string, unknown>;

interface Compiled {
  op: OperationData;
  paramNames: string[];
  binding?: ResourceBinding;
  view?: DerivedView;
}

/** The collection an operation lists, whose example items seed it. */
function listedCollection(op: OperationData): string | undefined {
  const binding = classifyOperation(op);
  if (binding?.action === 'list') return binding.rule.collection;
  const view = DERIVED_VIEWS[op.id];
  return view?.kind === 'list' ? view.child.collection : undefined;
}

const badRequest = (issues: ValidationIssue[]) => errorResponse('BAD_REQUEST', 'Invalid input data', issues);

export function createMockHandlers(operations: OperationData[], options: MockHandlerOptions): RequestHandler[] {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const basePath = new URL(baseUrl, 'http://mock.invalid').pathname.replace(/\/+$/, '');
  const { knownKeys } = options;
  const validateBody: BodyValidator = createBodyValidator();
  const shaper = createShaper();
  const examples = new Map<string, unknown>();
  const collections = RESOURCE_RULES.map((rule) => rule.collection);

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

  const records = seededRecords(
    options.store,
    collectSeeds(operations, listedCollection, (op) => exampleOf(op, successResponse(op).response)),
  );

  /** Parameters and body, checked as the real server does; a Response when they do not pass. */
  async function readInput(op: OperationData, paramNames: string[], request: Request, rawParams: Params) {
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
        // A copy, because the validator fills in schema defaults: the store keeps what the client sent.
        const issues = validateBody(declared.schema, structuredClone(body));
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
    const fromBody = (name: string) => (isPlainObject(body) ? body[name] : undefined);
    /** A request value by name: path parameter, then query parameter, then top-level body field. */
    const lookup = (name: string): string | undefined => {
      const value = pathValues[name] || query.get(name) || fromBody(name);
      return typeof value === 'string' && value ? value : undefined;
    };
    return { body, lookup };
  }

  async function handle(compiled: Compiled, request: Request, rawParams: Params): Promise<Response> {
    const { op, paramNames, binding, view } = compiled;

    if (op.secured) {
      const auth = checkAuthorization(request.headers.get('authorization'), knownKeys);
      if (!auth.ok) return errorResponse(auth.code, auth.message);
    }
    const input = await readInput(op, paramNames, request, rawParams);
    if (input instanceof Response) return input;
    const { body, lookup } = input;

    const { status, response } = successResponse(op);
    const example = exampleOf(op, response);
    const json = !response?.mediaType || isJsonMediaType(response.mediaType);
    const shape = (value: unknown) =>
      (json ? shaper.shape(response?.schema, value, example) : undefined) ?? value ?? example;
    const notFound = (message: string) => {
      const answer = notFoundAnswer(op, message, shaper.accepts);
      return respond(answer.status, undefined, answer.body);
    };

    // The records the operation works under must exist; a request naming no workspace works in theirs.
    const requested = lookup('workspaceId');
    let workspaceId = requested ?? '';
    for (const ref of referencedRecords(op, lookup)) {
      const home = requested ?? records.locate(ref.collection, ref.id);
      if (home === undefined || !records.get(ref.collection, home, ref.id)) {
        return notFound(missingRecord(ref.collection, ref.id, requested ?? '').message);
      }
      workspaceId ||= home;
    }

    // Ids and the workspace come from the URL or dedicated fields, never from free-form body fields.
    const idKeys = binding ? idKeysOf(binding.rule) : [];
    const fields = Object.fromEntries(
      Object.entries(isPlainObject(body) ? body : {}).filter(([key]) => key !== 'workspaceId' && !idKeys.includes(key)),
    );
    const common = { records, workspaceId, lookup, fields, shape, now: () => new Date().toISOString() };
    let outcome: Outcome | undefined;
    if (view) {
      const { schema } = response ?? {};
      outcome = runView({
        ...common,
        view,
        parameters: op.parameters,
        collections,
        schema,
        example,
        newId: newRecordId,
      });
    } else if (binding) {
      const decorate = withCounts.bind(null, records, workspaceId);
      outcome = runResourceAction({ ...common, binding, decorate, newId: newRecordId });
    }
    if (outcome?.kind === 'not-found') return notFound(outcome.message);
    return respond(status, response, outcome ? outcome.body : shape(undefined));
  }

  function guarded(compiled: Compiled) {
    return async ({ request, params }: { request: Request; params: Params }) => {
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
    const compiled: Compiled = { op, paramNames, binding: classifyOperation(op), view: DERIVED_VIEWS[op.id] };
    const method = op.method.toLowerCase() as Lowercase<OperationData['method']>;
    return http[method](url, guarded(compiled));
  });

  const noOperation = ({ request }: { request: Request }) => {
    const pathname = new URL(request.url).pathname;
    const relative = pathname.startsWith(basePath) ? pathname.slice(basePath.length) || '/' : pathname;
    return errorResponse('NOT_FOUND', `No operation matches ${request.method} ${relative}`);
  };
  handlers.push(http.all(baseUrl, noOperation), http.all(`${baseUrl}/*`, noOperation));
  return handlers;
}
