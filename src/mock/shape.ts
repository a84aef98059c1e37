/**
 * Answers shaped by the documented response schema, so that what the mock says is what the spec promises:
 * only the properties the schema defines where it says `additionalProperties: false`, every required property
 * present, every value of the documented type and format.
 *
 * Ajv does the work wherever it can: a dedicated instance with `removeAdditional` prunes a copy of the value,
 * and the pruned copy is the answer when it then validates. Two things Ajv cannot do are done by a walk over
 * schema and value together:
 * - unions (`anyOf`/`oneOf`) with more than one object branch, where Ajv's pruning in a failing branch would
 *   remove what a later branch allows (its docs warn about this): each branch shapes its own copy and the one
 *   that keeps most of the value wins;
 * - repairs: a required property the value lacks is `null` where the schema allows it (what a server says
 *   of an unset column), else `[]` where allowed, else the example's value (`template`), else a sampled one;
 *   a value that does not fit is replaced by the example's. Optional properties the value lacks stay absent.
 * Unknown formats (Tianji's `cuid2`) accept any value, as in the body validator. Pure: nothing is mutated.
 */
import type Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import { sample } from 'openapi-sampler';
import type { JsonSchema } from '../openapi/types';
import { isPlainObject } from '../openapi/json';
import { newSpecAjv } from '../request/schema-validation';

export interface Shaper {
  /**
   * `value` made to fit `schema`, with `template` (the documented example) for what it lacks or gets wrong;
   * undefined when neither fits. Without a schema, the value as it is.
   */
  shape(schema: JsonSchema | undefined, value: unknown, template?: unknown): unknown;
  /** Whether the value is valid against the schema as it is. */
  accepts(schema: JsonSchema | undefined, value: unknown): boolean;
}

type Schema = JsonSchema | boolean;

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

const newAjv = (removeAdditional: boolean) => newSpecAjv({ removeAdditional, useDefaults: false, allErrors: false });

function unionOf(schema: JsonSchema): Schema[] | undefined {
  const branches = schema.anyOf ?? schema.oneOf;
  if (!Array.isArray(branches)) return undefined;
  const { anyOf: _anyOf, oneOf: _oneOf, ...shared } = schema;
  return branches.map((branch: Schema) => (typeof branch === 'object' ? { ...shared, ...branch } : branch));
}

const isObjectSchema = (s: JsonSchema) => s.type === 'object' || isPlainObject(s.properties);
const isArraySchema = (s: JsonSchema) => s.type === 'array' || s.items !== undefined;

/** How much of `value` survived in `shaped`: the top-level properties kept unchanged, or 1 for the same value. */
function kept(value: unknown, shaped: unknown): number {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!isPlainObject(value) || !isPlainObject(shaped)) return same(value, shaped) ? 1 : 0;
  return Object.keys(value).filter((key) => key in shaped && same(value[key], shaped[key])).length;
}

export function createShaper(): Shaper {
  let pruner: Ajv2020 | undefined;
  let checker: Ajv2020 | undefined;
  // null marks a schema Ajv could not compile: values pass it rather than break the mock.
  const pruning = new WeakMap<object, ValidateFunction | null>();
  const checking = new WeakMap<object, ValidateFunction | null>();
  const ambiguity = new WeakMap<object, boolean>();

  function compiled(ajv: Ajv2020, cache: WeakMap<object, ValidateFunction | null>, schema: JsonSchema) {
    if (!cache.has(schema)) {
      let validate: ValidateFunction | null = null;
      try {
        validate = ajv.compile(schema);
      } catch {
        validate = null;
      }
      cache.set(schema, validate);
    }
    return cache.get(schema)!;
  }

  function accepts(schema: Schema | undefined, value: unknown): boolean {
    if (schema === undefined || schema === true) return true;
    if (schema === false) return false;
    checker ??= newAjv(false);
    return compiled(checker, checking, schema)?.(value) ?? true;
  }

  /** Ajv's pruning on a copy: the pruned copy when it then validates, else undefined. */
  function pruned(schema: Schema, value: unknown): unknown {
    if (typeof schema === 'boolean') return schema ? value : undefined;
    pruner ??= newAjv(true);
    const copy = clone(value);
    const validate = compiled(pruner, pruning, schema);
    return !validate || validate(copy) ? copy : undefined;
  }

  /** Whether the schema holds a union of several object branches anywhere, where Ajv's pruning may go wrong. */
  function ambiguous(schema: unknown): boolean {
    if (typeof schema !== 'object' || schema === null) return false;
    if (ambiguity.has(schema)) return ambiguity.get(schema)!;
    ambiguity.set(schema, false); // cycles
    const own = unionOf(schema as JsonSchema)?.filter((b) => typeof b === 'object' && isObjectSchema(b)).length ?? 0;
    const result = own > 1 || Object.values(schema).some((child) => ambiguous(child));
    ambiguity.set(schema, result);
    return result;
  }

  /** The value for a required property the value lacks. */
  function filler(schema: Schema, template: unknown): unknown {
    for (const empty of [null, []]) if (accepts(schema, empty)) return empty;
    const fromTemplate = template === undefined ? undefined : shapeValue(schema, template, undefined);
    if (fromTemplate !== undefined || typeof schema !== 'object') return fromTemplate;
    try {
      return pruned(schema, sample(schema as Parameters<typeof sample>[0], { skipNonRequired: true, quiet: true }));
    } catch {
      return undefined;
    }
  }

  function shapeObject(schema: JsonSchema, value: Record<string, unknown>, template: unknown) {
    const base = isPlainObject(template) ? template : {};
    const properties = (isPlainObject(schema.properties) ? schema.properties : {}) as Record<string, Schema>;
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const out: Record<string, unknown> = {};
    for (const [key, sub] of Object.entries(properties)) {
      let shaped = key in value ? shapeValue(sub, value[key], base[key]) : undefined;
      if (shaped === undefined && required.has(key)) shaped = filler(sub, base[key]);
      if (shaped !== undefined) out[key] = shaped;
    }
    if (schema.additionalProperties !== false) {
      for (const [key, extra] of Object.entries(value)) if (!(key in properties)) out[key] = extra;
    }
    return out;
  }

  function shapeValue(schema: Schema, value: unknown, template: unknown): unknown {
    if (value === undefined) return template === undefined ? undefined : shapeValue(schema, template, undefined);
    if (typeof schema === 'boolean') return schema ? value : undefined;
    const unambiguous = !ambiguous(schema);
    if (unambiguous) {
      const fast = pruned(schema, value);
      if (fast !== undefined) return fast;
    }
    const branches = unionOf(schema);
    let built: unknown;
    if (branches) {
      let best = -1;
      for (const branch of branches) {
        const shaped = shapeValue(branch, value, template);
        if (shaped !== undefined && kept(value, shaped) > best) [built, best] = [shaped, kept(value, shaped)];
      }
    } else if (isPlainObject(value) && isObjectSchema(schema)) {
      built = shapeObject(schema, value, template);
    } else if (Array.isArray(value) && isArraySchema(schema)) {
      const items = (schema.items ?? true) as Schema;
      const templates = Array.isArray(template) ? template : [];
      built = value
        .map((item, i) => shapeValue(items, item, templates[i] ?? templates[0]))
        .filter((item) => item !== undefined);
    }
    if (built !== undefined) {
      const fitting = unambiguous ? pruned(schema, built) : accepts(schema, built) ? built : undefined;
      if (fitting !== undefined) return fitting;
    }
    return template === undefined || template === value ? undefined : shapeValue(schema, template, undefined);
  }

  return {
    shape: (schema, value, template) => (schema === undefined ? value : shapeValue(schema, value, template)),
    accepts,
  };
}
