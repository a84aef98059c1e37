/**
 * How the mock answers: error bodies flat as a Tianji server sends them (`{"code", "message", "issues"}`, the
 * spec's Error schema),
 * the documented success response of an operation, and the not-found rule.
 *
 * Not found, like a server. A record id the session's store does not hold in the request's workspace (never
 * created, deleted, or created in another workspace: records belong to their workspace) gets
 *   1. 404 with `{"code": "NOT_FOUND", "message": …, "issues": []}` when the operation documents a 404;
 *   2. else 200 with `null` when the operation's documented 200 schema allows null;
 *   3. else 404 with that error body all the same.
 */
import { HttpResponse } from 'msw';
import { isJsonMediaType } from '../openapi/json';
import type { JsonSchema, OperationData, OperationResponse } from '../openapi/types';
import type { ValidationIssue } from '../request/schema-validation';

export type MockErrorCode = 'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

/** Flat, as a Tianji server answers: `issues` lists validation problems and is empty for every other error. */
export interface MockErrorBody {
  code: MockErrorCode;
  message: string;
  issues: ValidationIssue[];
}

const STATUS_OF: Record<MockErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INTERNAL_SERVER_ERROR: 500,
};

export function errorBody(code: MockErrorCode, message: string, issues: ValidationIssue[] = []): MockErrorBody {
  return { code, message, issues };
}

export function errorResponse(code: MockErrorCode, message: string, issues?: ValidationIssue[]): Response {
  return HttpResponse.json(errorBody(code, message, issues), { status: STATUS_OF[code] });
}

/** The documented success response: the first 2xx, else `default`, else a bare 200. */
export function successResponse(op: OperationData): { status: number; response?: OperationResponse } {
  const success = op.responses.find((r) => /^2(\d\d|XX)$/i.test(r.status));
  if (success) return { status: /^\d+$/.test(success.status) ? Number(success.status) : 200, response: success };
  const fallback = op.responses.find((r) => r.status === 'default');
  return { status: 200, response: fallback };
}

/** The answer to an id that does not exist, by the rule in this module's header. */
export function notFoundAnswer(
  op: Pick<OperationData, 'responses'>,
  message: string,
  accepts: (schema: JsonSchema | undefined, value: unknown) => boolean,
): { status: number; body: unknown } {
  const notFound = { status: 404, body: errorBody('NOT_FOUND', message) };
  if (op.responses.some((r) => r.status === '404')) return notFound;
  const ok = op.responses.find((r) => r.status === '200');
  return ok?.schema && accepts(ok.schema, null) ? { status: 200, body: null } : notFound;
}

/** A response with the body as the documented media type wants it (none for 204/205/304). */
export function respond(status: number, response: OperationResponse | undefined, body: unknown): Response {
  if (status === 204 || status === 205 || status === 304 || (body === undefined && !response?.mediaType)) {
    return new HttpResponse(null, { status });
  }
  if (response?.mediaType && !isJsonMediaType(response.mediaType) && typeof body === 'string') {
    return new HttpResponse(body, { status, headers: { 'Content-Type': response.mediaType } });
  }
  return HttpResponse.json(body === undefined ? null : body, { status });
}
