/**
 * msw request handlers generated from the operations, so the playground can send real HTTP requests to a
 * mock of the Tianji Open API inside the browser. Each request goes through: route (method + path template
 * under baseUrl, routes.ts) → auth (auth.ts) → parameters and body (input.ts) → the records it works under
 * (lookup.ts; not found when missing, see answers.ts) → a derived view, a record operation or the response
 * example (dispatch.ts, examples.ts) → shaped by the documented schema (shape.ts); a failure of the mock
 * itself answers 500 (shield.ts). Requests outside baseUrl are never matched, so requests aimed at a real
 * instance reach the network.
 */
import { http, type RequestHandler } from 'msw';
import type { OperationData } from '../openapi/types';
import { isJsonMediaType } from '../openapi/json';
import { createBodyValidator } from '../request/schema-validation';
import { checkAuthorization } from './auth';
import { errorResponse, notFoundAnswer, respond, successResponse } from './answers';
import { resourceCollections } from '../openapi/resources';
import { dispatch, dispatchOf, listedCollection, type Dispatch } from './dispatch';
import { createExampleCache } from './examples';
import { childRules } from './views';
import { readInput } from './input';
import { workspaceOf } from './lookup';
import { collectSeeds, seededRecords } from './records';
import { bySpecificity, noOperationAnswer, pathMatcher, relativePath } from './routes';
import { createShaper } from './shape';
import { shielded } from './shield';
import type { MockStore } from './store';

export type { MockErrorBody, MockErrorCode } from './answers';
export { OPERATION_HEADER } from './shield';

export interface MockHandlerOptions {
  /** Absolute URL the mock answers under, e.g. `http://127.0.0.1:3000/mock-api/open` (no trailing slash needed). */
  baseUrl: string;
  store: MockStore;
  /** Bearer tokens accepted on secured operations. */
  knownKeys: readonly string[];
}

export interface Mock {
  handlers: RequestHandler[];
  /**
   * Compiles what the first answer of an operation needs (its response schema's checks), so that answer is not
   * slowed by it: the playground calls it for its page's operation while the reader is still filling the form.
   */
  prepare(operationId: string): void;
}

export function createMockHandlers(operations: OperationData[], options: MockHandlerOptions): RequestHandler[] {
  return createMock(operations, options).handlers;
}

export function createMock(operations: OperationData[], options: MockHandlerOptions): Mock {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const basePath = new URL(baseUrl, 'http://mock.invalid').pathname.replace(/\/+$/, '');
  const validateBody = createBodyValidator();
  const shaper = createShaper();
  const exampleOf = createExampleCache();
  const collections = resourceCollections(operations);
  const children = childRules(operations);
  const records = seededRecords(
    options.store,
    collectSeeds(operations, listedCollection, (op) => exampleOf(op, successResponse(op).response)),
  );

  interface Route {
    op: OperationData;
    method: string;
    match: ReturnType<typeof pathMatcher>;
    how: Dispatch;
  }

  async function answer({ op, how }: Route, request: Request, pathValues: Record<string, string>) {
    if (op.secured) {
      const auth = checkAuthorization(request.headers.get('authorization'), options.knownKeys);
      if (!auth.ok) return errorResponse(auth.code, auth.message);
    }
    const input = await readInput(op, request, pathValues, validateBody);
    if (input instanceof Response) return input;

    const { status, response } = successResponse(op);
    const example = exampleOf(op, response);
    const json = !response?.mediaType || isJsonMediaType(response.mediaType);
    const shape = (value: unknown) =>
      (json ? shaper.shape(response?.schema, value, example) : undefined) ?? value ?? example;
    const notFound = (message: string) => {
      const found = notFoundAnswer(op, message, shaper.accepts);
      return respond(found.status, undefined, found.body);
    };

    const workspace = workspaceOf(op, input.lookup, records);
    if (!workspace.ok) return notFound(workspace.message);
    const outcome = dispatch({
      ...how,
      op,
      records,
      workspaceId: workspace.workspaceId,
      body: input.body,
      lookup: input.lookup,
      shape,
      schema: response?.schema,
      example,
      collections,
      children,
    });
    if (outcome?.kind === 'not-found') return notFound(outcome.message);
    return respond(status, response, outcome ? outcome.body : shape(undefined));
  }

  const routes: Route[] = [...operations].sort(bySpecificity).map((op) => ({
    op,
    method: op.method.toUpperCase(),
    match: pathMatcher(op.path),
    how: dispatchOf(op),
  }));
  const noOperation = noOperationAnswer(basePath);
  // One handler for the whole API, routing by the table above (routes.ts says why not one per operation).
  const handlers: RequestHandler[] = [
    http.all(baseUrl, noOperation),
    http.all(`${baseUrl}/*`, ({ request }) => {
      const path = relativePath(request.url, basePath);
      for (const route of routes) {
        const values = route.method === request.method ? route.match(path) : undefined;
        if (values) return shielded(route.op.id, () => answer(route, request, values));
      }
      return noOperation({ request });
    }),
  ];
  const prepare = (operationId: string) => {
    const op = operations.find((o) => o.id === operationId);
    if (!op) return;
    const { response } = successResponse(op);
    const example = exampleOf(op, response);
    shaper.shape(response?.schema, example, example);
    if (op.requestBody?.schema) validateBody(op.requestBody.schema, {});
  };
  return { handlers, prepare };
}
