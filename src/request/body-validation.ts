/**
 * Request-body validation against the operation's JSON Schema (OpenAPI 3.1 = JSON Schema 2020-12). The
 * playground shows the issues inline before sending; the mock rejects what the real server would reject.
 * Ajv is heavy, so browser code loads this module only when a body is edited or sent.
 */
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { JsonSchema } from '../openapi/types';

export interface ValidationIssue {
  /** JSON Pointer into the body, e.g. `/name`; `` for the body itself. */
  path: string;
  message: string;
}

/** Returns the issues of `data` against `schema` (empty when valid). May fill in schema defaults in `data`. */
export type BodyValidator = (schema: JsonSchema, data: unknown) => ValidationIssue[];

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function toIssue(error: ErrorObject): ValidationIssue {
  const params = error.params as Record<string, unknown>;
  // Point at the offending property itself rather than at its parent object, as readers expect.
  const child =
    error.keyword === 'required'
      ? params.missingProperty
      : error.keyword === 'additionalProperties'
        ? params.additionalProperty
        : undefined;
  const path = typeof child === 'string' ? `${error.instancePath}/${escapePointer(child)}` : error.instancePath;
  return { path, message: error.message ?? `failed ${error.keyword}` };
}

/** Format names used anywhere in a schema, to register the ones Ajv does not know (Tianji uses `cuid2`). */
function collectFormats(schema: unknown, found = new Set<string>(), seen = new Set<object>()): Set<string> {
  if (typeof schema !== 'object' || schema === null || seen.has(schema)) return found;
  seen.add(schema);
  if (Array.isArray(schema)) {
    for (const item of schema) collectFormats(item, found, seen);
    return found;
  }
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'format' && typeof value === 'string') found.add(value);
    else collectFormats(value, found, seen);
  }
  return found;
}

/**
 * A validator that compiles each schema once, on first use (most operations are never sent in a session),
 * and caches it by schema identity.
 */
export function createBodyValidator(): BodyValidator {
  let ajv: Ajv2020 | undefined;
  // null marks a schema Ajv could not compile: such bodies pass rather than break the playground.
  const cache = new WeakMap<object, ValidateFunction | null>();

  function compile(schema: JsonSchema): ValidateFunction | null {
    if (cache.has(schema)) return cache.get(schema)!;
    if (!ajv) {
      // strict: false because OpenAPI schemas carry non-JSON-Schema keywords (example, xml, discriminator…);
      // useDefaults so that stored records get the defaults the real server would apply.
      ajv = new Ajv2020({ allErrors: true, strict: false, useDefaults: true, logger: false });
      addFormats(ajv);
    }
    let validate: ValidateFunction | null = null;
    try {
      for (const format of collectFormats(schema)) {
        // Unknown formats are annotations to us: accept any value rather than fail compilation.
        if (!(format in ajv.formats)) ajv.addFormat(format, true);
      }
      validate = ajv.compile(schema);
    } catch {
      validate = null;
    }
    cache.set(schema, validate);
    return validate;
  }

  return (schema, data) => {
    const validate = compile(schema);
    if (!validate || validate(data)) return [];
    const errors = validate.errors ?? [];
    // A failed union would otherwise list every branch's complaint; like the real server (zod's
    // invalid_union), report the union once.
    const unions = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => `${e.schemaPath}/`);
    const issues: ValidationIssue[] = [];
    const seen = new Set<string>();
    for (const error of errors) {
      if (unions.some((union) => error.schemaPath.startsWith(union))) continue;
      const issue = toIssue(error);
      const id = `${issue.path}\u0000${issue.message}`;
      if (!seen.has(id)) {
        seen.add(id);
        issues.push(issue);
      }
    }
    return issues;
  };
}
