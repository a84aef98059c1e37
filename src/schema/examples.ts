/**
 * An example for each variant of a union, taken from the section's own example (real data from the spec) where
 * part of it is that variant, else sampled from the variant and filled with the example's values of the same
 * properties, so it reads like the rest of the page. Pure; the sampler is passed in (openapi-sampler, loaded
 * only when a variant needs it).
 */
import { isPlainObject } from '../openapi/json';
import type { SchemaObject } from '../openapi/types';
import type { Union, Variant } from './unions';

type Schema = SchemaObject;
export type Sampler = (schema: Schema) => unknown;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeAllows(schema: Schema, value: unknown): boolean {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0) return true;
  const actual = jsonType(value);
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

/** A string's or number's own limits: pattern, lengths, bounds (formats are left to the pattern, if any). */
function withinLimits(s: Schema, value: unknown): boolean {
  if (typeof value === 'string') {
    if (s.minLength !== undefined && value.length < s.minLength) return false;
    if (s.maxLength !== undefined && value.length > s.maxLength) return false;
    if (typeof s.pattern === 'string') {
      try {
        if (!new RegExp(s.pattern, 'u').test(value)) return false;
      } catch {
        return true; // A pattern JavaScript cannot read decides nothing.
      }
    }
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) return false;
    if (s.maximum !== undefined && value > s.maximum) return false;
  }
  return true;
}

/** Whether an example value is this variant: by the discriminating property, else by shape. */
export function matchesVariant(value: unknown, variant: Variant, union: Pick<Union, 'discriminator'>): boolean {
  const s = variant.schema;
  if (union.discriminator !== undefined && variant.discriminatorValue !== undefined) {
    return isPlainObject(value) && same(value[union.discriminator], variant.discriminatorValue);
  }
  if (!typeAllows(s, value) || !withinLimits(s, value)) return false;
  if (s.const !== undefined) return same(value, s.const);
  if (Array.isArray(s.enum)) return s.enum.some((e) => same(e, value));
  if (isPlainObject(value) && isPlainObject(s.properties)) {
    const required = Array.isArray(s.required) ? s.required : [];
    if (!required.every((name) => name in value)) return false;
    if (s.additionalProperties === false && !Object.keys(value).every((k) => k in s.properties!)) return false;
  }
  return true;
}

/** The sampled value with the given example's values put in where it has the same property (one level deep). */
function fillFrom(sampled: unknown, donor: unknown, variant: Variant, union: Pick<Union, 'discriminator'>): unknown {
  if (!isPlainObject(sampled)) return sampled;
  const out: Record<string, unknown> = { ...sampled };
  if (isPlainObject(donor)) {
    for (const key of Object.keys(out)) {
      if (key in donor && jsonType(donor[key]) === jsonType(out[key])) out[key] = donor[key];
    }
  }
  if (union.discriminator !== undefined && variant.discriminatorValue !== undefined) {
    out[union.discriminator] = variant.discriminatorValue;
  }
  return out;
}

/** The variant's example: a matching candidate, else (given a sampler) a sample filled from the candidates. */
export function variantExample(
  variant: Variant,
  union: Pick<Union, 'discriminator'>,
  candidates: readonly unknown[],
  sampler?: Sampler,
): unknown {
  const found = candidates.find((c) => matchesVariant(c, variant, union));
  if (found !== undefined) return found;
  if (!sampler) return undefined;
  let sampled: unknown;
  try {
    sampled = sampler(variant.schema);
  } catch {
    return undefined; // A schema the sampler cannot handle gets no example.
  }
  return fillFrom(sampled, candidates.find(isPlainObject), variant, union);
}

/** The values under a property in each candidate that has it. */
export const childCandidates = (candidates: readonly unknown[], name: string): unknown[] =>
  candidates.flatMap((c) => (isPlainObject(c) && name in c ? [c[name]] : []));

/** The items of every candidate that is an array. */
export const itemCandidates = (candidates: readonly unknown[]): unknown[] =>
  candidates.flatMap((c) => (Array.isArray(c) ? c : []));
