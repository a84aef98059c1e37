/**
 * Validation against the operation's JSON Schemas (OpenAPI 3.1 = JSON Schema 2020-12), one Ajv setup for every
 * check: request bodies (the playground shows the issues inline before sending; the mock rejects what the real
 * server would reject), parameters (src/playground/param-check.ts) and responses (./response-check.ts).
 * Ajv is heavy, so browser code loads these modules only when a value is edited or an answer arrives.
 * Messages are Ajv's English, or the reader's language through an ajv-i18n `localize` (./validation-locale.ts).
 */
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import type { Localize } from 'ajv-i18n/localize/types';
import addFormats from 'ajv-formats';
import { escapePointerToken } from '../openapi/json';
import type { JsonSchema } from '../openapi/types';

export interface ValidationIssue {
  /** JSON Pointer into the body, e.g. `/name`; `` for the body itself. */
  path: string;
  message: string;
}

/** Returns the issues of `data` against `schema` (empty when valid). May fill in schema defaults in `data`. */
export type BodyValidator = (schema: JsonSchema, data: unknown) => ValidationIssue[];

/** The JSON Pointer of what an error is about: the offending property itself for required and additional ones. */
export function errorPath(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  // Point at the offending property itself rather than at its parent object, as readers expect.
  const child =
    error.keyword === 'required'
      ? params.missingProperty
      : error.keyword === 'additionalProperties'
        ? params.additionalProperty
        : undefined;
  return typeof child === 'string' ? `${error.instancePath}/${escapePointerToken(child)}` : error.instancePath;
}

function toIssue(error: ErrorObject): ValidationIssue {
  return { path: errorPath(error), message: error.message ?? `failed ${error.keyword}` };
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

export interface ValidatorOptions {
  /** Fill in schema defaults in the data (stored records look like what the server would store). */
  useDefaults?: boolean;
  /** Judge a string as the type it stands for (`"20"` is an integer): parameters arrive as text. */
  coerceTypes?: boolean;
  /** Keep the failing value and schema in each error (`data`, `schema`, `parentSchema`), to show them. */
  verbose?: boolean;
  /**
   * A failed anyOf/oneOf: `once` reports the union itself, as the real server does (zod's invalid_union);
   * `closest` reports the errors of the branch the value comes closest to (for `anyOf: [object, null]`, what
   * is wrong inside the object), or the union when the value fits no branch's type.
   */
  unions?: 'once' | 'closest';
  /** ajv-i18n's translation of the messages into the reader's language; Ajv's English without it. */
  localize?: Localize;
}

/** Ajv's errors of `data` against `schema` (empty when valid), a failed union once; null: no compilable schema. */
export type SchemaErrors = (schema: JsonSchema, data: unknown) => ErrorObject[] | null;

const isUnion = (e: ErrorObject) => e.keyword === 'anyOf' || e.keyword === 'oneOf';

function unionsOnce(errors: ErrorObject[]): ErrorObject[] {
  const unions = errors.filter(isUnion).map((e) => `${e.schemaPath}/`);
  return errors.filter((error) => !unions.some((union) => error.schemaPath.startsWith(union)));
}

/**
 * Each failed union, outermost first, replaced by the errors of its closest branch: one whose type fits the
 * value, with the fewest errors. Written here because Ajv reports every branch and no option picks one.
 */
function closestBranches(errors: ErrorObject[]): ErrorObject[] {
  let kept = errors;
  const unions = errors.filter(isUnion).sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const union of unions) {
    if (!kept.includes(union)) continue; // inside a branch already left out
    const prefix = `${union.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    for (const error of kept) {
      if (!error.schemaPath.startsWith(prefix)) continue;
      const branch = error.schemaPath.slice(prefix.length).split('/')[0];
      branches.set(branch, [...(branches.get(branch) ?? []), error]);
    }
    const wrongType = (list: ErrorObject[]) =>
      list.some((e) => e.keyword === 'type' && e.instancePath === union.instancePath);
    const fitting = [...branches.entries()].filter(([, list]) => !wrongType(list));
    fitting.sort((a, b) => a[1].length - b[1].length);
    const chosen = fitting[0]?.[0];
    kept = kept.filter((error) => {
      if (!error.schemaPath.startsWith(prefix)) return chosen === undefined || error !== union;
      return chosen !== undefined && error.schemaPath.startsWith(`${prefix}${chosen}/`);
    });
  }
  return kept;
}

/**
 * An Ajv for the spec's schemas, the one setup of the validators and the mock's shaper. `strict: false`: OpenAPI
 * schemas carry keywords JSON Schema does not know (example, xml, discriminator…). `validateSchema: false`: the
 * schemas are checked when the site is built (src/openapi/validate.ts), and checking them again in the browser
 * made Ajv compile the 2020-12 meta-schema first, about 200 ms of the first mock answer.
 */
export function newSpecAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, logger: false, ...options, validateSchema: false });
  addFormats(ajv);
  return ajv;
}

/**
 * A validator that compiles each schema once, on first use (most operations are never sent in a session),
 * and caches it by schema identity.
 */
export function createSchemaValidator(options: ValidatorOptions = {}): SchemaErrors {
  const { useDefaults = false, coerceTypes = false, verbose = false, unions = 'once', localize } = options;
  let ajv: Ajv2020 | undefined;
  // null marks a schema Ajv could not compile.
  const cache = new WeakMap<object, ValidateFunction | null>();

  function compile(schema: JsonSchema): ValidateFunction | null {
    if (cache.has(schema)) return cache.get(schema)!;
    ajv ??= newSpecAjv({ allErrors: true, useDefaults, coerceTypes, verbose });
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
    if (!validate) return null;
    if (validate(data)) return [];
    // A failed union would otherwise list every branch's complaint.
    const kept = unions === 'once' ? unionsOnce(validate.errors ?? []) : closestBranches(validate.errors ?? []);
    localize?.(kept);
    return kept;
  };
}

/** The body validator: defaults filled in, and bodies pass when their schema cannot be compiled. */
export function createBodyValidator(options: Pick<ValidatorOptions, 'localize'> = {}): BodyValidator {
  const errorsOf = createSchemaValidator({ ...options, useDefaults: true });
  return (schema, data) => {
    const issues: ValidationIssue[] = [];
    const seen = new Set<string>();
    for (const error of errorsOf(schema, data) ?? []) {
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
