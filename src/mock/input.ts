/**
 * Reading a request's input as the real server does: required path and query parameters present, a documented
 * JSON body parsed and valid against its schema. What does not pass is answered 400 with the issues.
 */
import type { OperationData } from '../openapi/types';
import { isJsonMediaType, isPlainObject } from '../openapi/json';
import type { BodyValidator, ValidationIssue } from '../request/schema-validation';
import { errorResponse } from './answers';

export interface RequestInput {
  /** The parsed body (undefined when none or not JSON). */
  body: unknown;
  /** A request value by name: path parameter, then query parameter, then top-level body field. */
  lookup(name: string): string | undefined;
}

const badRequest = (issues: ValidationIssue[]) => errorResponse('BAD_REQUEST', 'Invalid input data', issues);

function missingParameters(op: OperationData, pathValues: Record<string, string>, query: URLSearchParams) {
  const missing: ValidationIssue[] = [];
  for (const param of op.parameters) {
    if (!param.required) continue;
    const present =
      param.in === 'path' ? !!pathValues[param.name] : param.in === 'query' ? query.has(param.name) : true;
    if (!present)
      missing.push({ path: `/${param.name}`, message: `Required ${param.in} parameter '${param.name}' is missing` });
  }
  return missing;
}

/** The body, or the 400 it earns. */
async function readBody(op: OperationData, request: Request, validate: BodyValidator): Promise<unknown> {
  const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  const declared = op.requestBody;
  if (declared && isJsonMediaType(declared.mediaType)) {
    if (text.trim() === '') {
      return declared.required ? badRequest([{ path: '', message: 'Request body is required' }]) : undefined;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      return badRequest([{ path: '', message: `Body is not valid JSON: ${(error as Error).message}` }]);
    }
    // A copy, because the validator fills in schema defaults: the store keeps what the client sent.
    const issues = validate(declared.schema, structuredClone(body));
    return issues.length ? badRequest(issues) : body;
  }
  if (text.trim() === '') return undefined;
  // Undocumented bodies are not validated, but their fields may still describe a record being created.
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Parameters and body, checked as the real server does; a Response when they do not pass. */
export async function readInput(
  op: OperationData,
  request: Request,
  pathValues: Record<string, string>,
  validate: BodyValidator,
): Promise<RequestInput | Response> {
  const query = new URL(request.url).searchParams;
  const missing = missingParameters(op, pathValues, query);
  if (missing.length) return badRequest(missing);
  const body = await readBody(op, request, validate);
  if (body instanceof Response) return body;
  const fromBody = (name: string) => (isPlainObject(body) ? body[name] : undefined);
  const lookup = (name: string): string | undefined => {
    const value = pathValues[name] || query.get(name) || fromBody(name);
    return typeof value === 'string' && value ? value : undefined;
  };
  return { body, lookup };
}
