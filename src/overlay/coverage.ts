/**
 * How much of the published spec is explained: every schema property, response and parameter, and whether it has
 * a description; every free-form object (`type: object` with no `properties`, no non-empty schema for
 * `additionalProperties`, no `patternProperties`, no union). Each is named by the JSONPath an overlay action would target, so a gap says
 * where to write. Pure: document in, lists out; the test (test/description-coverage.test.ts) holds them against
 * the committed debt and free-form lists.
 */
import { isPlainObject, type JsonObject } from '../openapi/json';
import { isHttpMethod } from '../openapi/methods';
import { targetOf, type TargetStep } from './target';

export interface Coverage {
  properties: { described: string[]; undescribed: string[] };
  responses: { described: string[]; undescribed: string[] };
  parameters: { described: string[]; undescribed: string[] };
  /** Targets of the free-form objects. */
  freeForm: string[];
}

export type CoverageKind = 'properties' | 'responses' | 'parameters';
export const COVERAGE_KINDS: CoverageKind[] = ['properties', 'responses', 'parameters'];

/** Keywords holding one subschema; `properties`-like maps and lists are handled apart. */
const SUBSCHEMA = ['items', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else'];
const SCHEMA_LISTS = ['allOf', 'oneOf', 'anyOf', 'prefixItems'];
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];

const hasText = (node: unknown) =>
  isPlainObject(node) && typeof node.description === 'string' && node.description.trim() !== '';

function isObjectType(schema: JsonObject): boolean {
  return schema.type === 'object' || (Array.isArray(schema.type) && schema.type.includes('object'));
}

function isFreeForm(schema: JsonObject): boolean {
  if (!isObjectType(schema) || typeof schema.$ref === 'string') return false;
  if (isPlainObject(schema.properties) && Object.keys(schema.properties).length > 0) return false;
  const values = schema.additionalProperties; // `{}` (or `true`) allows any value: still free-form
  if (isPlainObject(values) && Object.keys(values).length > 0) return false;
  if (isPlainObject(schema.patternProperties)) return false;
  return !SCHEMA_LISTS.some((k) => Array.isArray(schema[k]));
}

export function coverage(document: JsonObject): Coverage {
  const out: Coverage = {
    properties: { described: [], undescribed: [] },
    responses: { described: [], undescribed: [] },
    parameters: { described: [], undescribed: [] },
    freeForm: [],
  };
  const count = (kind: CoverageKind, node: unknown, steps: TargetStep[]) =>
    out[kind][hasText(node) ? 'described' : 'undescribed'].push(targetOf(steps));

  const schema = (node: unknown, steps: TargetStep[]): void => {
    if (!isPlainObject(node)) return;
    if (isFreeForm(node)) out.freeForm.push(targetOf(steps));
    for (const key of SCHEMA_MAPS) {
      const map = node[key];
      if (!isPlainObject(map)) continue;
      for (const [name, sub] of Object.entries(map)) {
        if (key === 'properties') count('properties', sub, [...steps, key, name]);
        schema(sub, [...steps, key, name]);
      }
    }
    for (const key of SUBSCHEMA) schema(node[key], [...steps, key]);
    for (const key of SCHEMA_LISTS)
      if (Array.isArray(node[key])) node[key].forEach((sub, i) => schema(sub, [...steps, key, i]));
  };
  const content = (node: unknown, steps: TargetStep[]) => {
    if (!isPlainObject(node) || !isPlainObject(node.content)) return;
    for (const [type, media] of Object.entries(node.content))
      if (isPlainObject(media)) schema(media.schema, [...steps, 'content', type, 'schema']);
  };
  const parameters = (list: unknown, steps: TargetStep[]) => {
    if (!Array.isArray(list)) return;
    for (const p of list) {
      if (!isPlainObject(p) || typeof p.$ref === 'string') continue; // counted where it is defined
      const here = [...steps, 'parameters', { name: String(p.name), in: String(p.in) }];
      count('parameters', p, here);
      schema(p.schema, [...here, 'schema']);
    }
  };
  const responses = (map: unknown, steps: TargetStep[]) => {
    if (!isPlainObject(map)) return;
    for (const [status, response] of Object.entries(map)) {
      if (!isPlainObject(response) || typeof response.$ref === 'string') continue; // a shared response
      count('responses', response, [...steps, status]);
      content(response, [...steps, status]);
    }
  };

  for (const [path, item] of Object.entries(isPlainObject(document.paths) ? document.paths : {})) {
    if (!isPlainObject(item)) continue;
    parameters(item.parameters, ['paths', path]);
    for (const [method, op] of Object.entries(item)) {
      if (!isHttpMethod(method) || !isPlainObject(op)) continue;
      const steps = ['paths', path, method];
      parameters(op.parameters, steps);
      content(op.requestBody, [...steps, 'requestBody']);
      responses(op.responses, [...steps, 'responses']);
    }
  }
  const components = isPlainObject(document.components) ? document.components : {};
  for (const [name, sub] of Object.entries(isPlainObject(components.schemas) ? components.schemas : {}))
    schema(sub, ['components', 'schemas', name]);
  responses(components.responses, ['components', 'responses']);
  for (const [name, p] of Object.entries(isPlainObject(components.parameters) ? components.parameters : {})) {
    count('parameters', p, ['components', 'parameters', name]);
    if (isPlainObject(p)) schema(p.schema, ['components', 'parameters', name, 'schema']);
  }
  return out;
}

/** `described / total` per kind, e.g. `properties 5/1233, responses 142/142, parameters 306/306`. */
export function coverageSummary(c: Coverage): string {
  return COVERAGE_KINDS.map((kind) => {
    const { described, undescribed } = c[kind];
    return `${kind} ${described.length}/${described.length + undescribed.length}`;
  }).join(', ');
}
