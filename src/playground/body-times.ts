/**
 * Times in Unix milliseconds inside a JSON request body (`startAt`, `endAt` of `ai-classifySurvey`, …), made
 * enterable like the parameters of time-values.ts: which top-level fields are times, what the body holds for each,
 * and the body with some of them set. The body is the reader's text: one that is not a JSON object is never
 * rewritten. Pure.
 */
import { isPlainObject, type JsonObject } from '../openapi/json';
import type { JsonSchema } from '../openapi/types';
import { isUnixMs } from './time-values';

/** The top-level properties of a body schema that are points in time in Unix ms, in schema order. */
export function bodyTimeFields(schema: JsonSchema | undefined): string[] {
  const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  if (!properties || typeof properties !== 'object') return [];
  return Object.entries(properties)
    .filter(([name, s]) => typeof s === 'object' && s !== null && isUnixMs({ name, schema: s as JsonSchema }))
    .map(([name]) => name);
}

/** The `startAt`/`endAt` pair a range preset fills, when both are time fields of the body. */
export function bodyRangePair(fields: string[]): { start: string; end: string } | undefined {
  return fields.includes('startAt') && fields.includes('endAt') ? { start: 'startAt', end: 'endAt' } : undefined;
}

function parseObject(body: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return isPlainObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the body holds for each field, as raw text (a number as written, a string as is, '' when absent), or
 * undefined when the body is not a JSON object (then the time controls wait for it to be one).
 */
export function readBodyTimes(body: string, fields: string[]): Record<string, string> | undefined {
  const object = parseObject(body);
  if (!object) return undefined;
  return Object.fromEntries(
    fields.map((name) => {
      const value = object[name];
      return [name, typeof value === 'number' || typeof value === 'string' ? String(value) : ''];
    }),
  );
}

/** The number a raw text is in JSON's own number syntax, else undefined. */
function asJsonNumber(raw: string): number | undefined {
  if (!/^\s*-?\d/.test(raw)) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'number' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The indentation the body is written with (the first indented line's), so a rewrite keeps its look. */
function indentOf(body: string): string {
  return /\n([ \t]+)\S/.exec(body)?.[1] ?? '';
}

/**
 * The body with these fields set (raw text: a number is written as a JSON number, anything else as a string, which
 * the body check then flags), the other fields and their order kept, in the body's own indentation. A body that is
 * not a JSON object comes back unchanged.
 */
export function setBodyTimes(body: string, values: Record<string, string>): string {
  const object = parseObject(body);
  if (!object) return body;
  for (const [name, raw] of Object.entries(values)) {
    object[name] = asJsonNumber(raw) ?? raw;
  }
  const text = JSON.stringify(object, null, indentOf(body));
  return /\n$/.test(body) ? `${text}\n` : text;
}
