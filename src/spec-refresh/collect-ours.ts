/**
 * What a refresh keeps from our current spec, gathered once: our operations, the parameter and success-response
 * descriptions we write most, the `$ref`s of our documented error responses and our security requirement.
 */
import type { JsonObject } from '../openapi/json';
import { operationEntries, type OperationEntry } from './diff';
import { at, objectOr, objectsIn } from './json-read';

/** Facts from our current spec that a refresh keeps. */
export interface Ours {
  current: JsonObject;
  operations: Map<string, OperationEntry>;
  /** Parameter descriptions by name, from anywhere in our spec (the catalogs translate them by name too). */
  parameterDescriptions: Map<string, string>;
  /** The description we give most often to each success status, e.g. 200 → "The request succeeded.". */
  responseDescriptions: Map<string, string>;
  /** The `$ref` our documented error responses use per status, e.g. 400 → #/components/responses/BadRequest. */
  errorRefs: Map<string, string>;
  /** Our security requirement for secured operations, e.g. `[{ bearerAuth: [] }]`. */
  securedRequirement: JsonObject[];
}

type Counts = Map<string, Map<string, number>>;

function mostCommon(counts: Counts): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, values] of counts) out.set(key, [...values.entries()].sort((a, b) => b[1] - a[1])[0][0]);
  return out;
}

function count(counts: Counts, key: string, value: string) {
  const values = counts.get(key) ?? new Map<string, number>();
  values.set(value, (values.get(value) ?? 0) + 1);
  counts.set(key, values);
}

/** The error responses a spec like ours defines in `components.responses`, by status. */
const CONVENTIONAL_ERRORS: Record<string, string> = {
  '400': 'BadRequest',
  '401': 'Unauthorized',
  '403': 'Forbidden',
  '404': 'NotFound',
  '500': 'InternalError',
};

export function collectOurs(current: JsonObject): Ours {
  const operations = operationEntries(current);
  const parameterDescriptions = new Map<string, string>();
  const responseCounts: Counts = new Map();
  const refCounts: Counts = new Map();
  for (const entry of operations.values()) {
    for (const p of [...entry.pathParameters, ...objectsIn(entry.operation.parameters)]) {
      if (typeof p.name === 'string' && typeof p.description === 'string' && !parameterDescriptions.has(p.name)) {
        parameterDescriptions.set(p.name, p.description);
      }
    }
    for (const [status, response] of Object.entries(objectOr(entry.operation.responses))) {
      const ref = at(response, '$ref');
      const description = at(response, 'description');
      if (typeof ref === 'string' && ref.startsWith('#/components/responses/')) count(refCounts, status, ref);
      else if (typeof description === 'string') count(responseCounts, status, description);
    }
  }
  const errorRefs = mostCommon(refCounts);
  for (const [status, name] of Object.entries(CONVENTIONAL_ERRORS)) {
    if (!errorRefs.has(status) && at(current, 'components', 'responses', name))
      errorRefs.set(status, `#/components/responses/${name}`);
  }
  const scheme =
    Object.keys(objectOr(at(current, 'components', 'securitySchemes')))[0] ??
    Object.keys(objectsIn(current.security).find((r) => Object.keys(r).length > 0) ?? {})[0] ??
    'bearerAuth';
  return {
    current,
    operations,
    parameterDescriptions,
    responseDescriptions: mostCommon(responseCounts),
    errorRefs,
    securedRequirement: [{ [scheme]: [] }],
  };
}
