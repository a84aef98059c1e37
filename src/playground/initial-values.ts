/** The values a playground starts with: documented defaults and examples, and the body example. */
import type { OperationData, OperationParameter } from '../openapi/types';

export interface PlaygroundValues {
  path: Record<string, string>;
  query: Record<string, string>;
  header: Record<string, string>;
  body: string;
}

function initialValue(p: OperationParameter): string {
  const s = p.schema as Record<string, unknown>;
  const value = s.default ?? s.example ?? (Array.isArray(s.examples) ? s.examples[0] : undefined);
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function initialValues(op: Pick<OperationData, 'parameters' | 'requestBody'>): PlaygroundValues {
  const values: PlaygroundValues = { path: {}, query: {}, header: {}, body: '' };
  for (const p of op.parameters) values[p.in][p.name] = initialValue(p);
  if (op.requestBody) {
    values.body = op.requestBody.example === undefined ? '' : JSON.stringify(op.requestBody.example, null, 2);
  }
  return values;
}

/** Names of required parameters left empty, in page order. */
export function missingRequired(op: Pick<OperationData, 'parameters'>, values: PlaygroundValues): string[] {
  return op.parameters.filter((p) => p.required && (values[p.in][p.name] ?? '').trim() === '').map((p) => p.name);
}

/**
 * Path parameters whose value is `.` or `..`: every URL parser (even from `%2E%2E`) resolves such a segment
 * away, so the request would reach another path. The playground refuses them instead of sending.
 */
export function dotSegmentParams(op: Pick<OperationData, 'parameters'>, values: PlaygroundValues): string[] {
  return op.parameters
    .filter((p) => p.in === 'path' && ['.', '..'].includes((values.path[p.name] ?? '').trim()))
    .map((p) => p.name);
}
