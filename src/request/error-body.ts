/**
 * Reads an error body as a Tianji server sends it: flat, `{"code","message","issues"}` (the spec's Error schema,
 * and our mock), or a bare tRPC error `{"message","code":<number>,"data":{"code","httpStatus","path"}}`, where the
 * code to show is `data.code`.
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
  if (!isObject(body) || typeof body.message !== 'string') return undefined;
  const data = isObject(body.data) ? body.data : undefined;
  const code = typeof body.code === 'string' ? body.code : typeof data?.code === 'string' ? data.code : undefined;
  if (code === undefined) return undefined;
  return {
    code,
    message: body.message,
    path: typeof data?.path === 'string' ? data.path : undefined,
    issues: issuesOf(body.issues),
  };
}
