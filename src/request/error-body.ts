/**
 * Reads an error body of either shape a reader meets: the documented `{"error":{"code","message"}}` (and
 * our mock), or a real Tianji server's tRPC error `{"message","code","data":{"code","httpStatus","path"}}`.
 */
import { isPlainObject as isObject } from '../openapi/json';

export interface ErrorSummary {
  code: string;
  message: string;
  /** The failing procedure, when the server says (tRPC's `data.path`). */
  path?: string;
  issues?: Array<{ path?: string; message: string }>;
}

function issuesOf(value: unknown): ErrorSummary['issues'] {
  if (!Array.isArray(value)) return undefined;
  const issues = value.filter(isObject).map((i) => ({
    path: typeof i.path === 'string' ? i.path : Array.isArray(i.path) ? i.path.join('.') : undefined,
    message: String(i.message ?? ''),
  }));
  return issues.length > 0 ? issues : undefined;
}

export function summarizeErrorBody(body: unknown): ErrorSummary | undefined {
  if (!isObject(body)) return undefined;
  if (isObject(body.error) && typeof body.error.message === 'string') {
    return { code: String(body.error.code ?? ''), message: body.error.message, issues: issuesOf(body.error.issues) };
  }
  if (typeof body.message === 'string' && (typeof body.code === 'string' || isObject(body.data))) {
    const data = isObject(body.data) ? body.data : {};
    return {
      code: String(data.code ?? body.code ?? ''),
      message: body.message,
      path: typeof data.path === 'string' ? data.path : undefined,
      issues: issuesOf(body.issues),
    };
  }
  return undefined;
}
