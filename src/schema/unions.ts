/**
 * Union schemas (`oneOf`/`anyOf`) as readers need them: the variants, a label for each, the property that tells
 * them apart, and `allOf` merged into one object. Pure; no React. Hand-written: the resolvers we use (the plugin's
 * loader, openapi-sampler) flatten or pick one variant, and none names variants for display.
 */
import { isPlainObject } from '../openapi/json';
import type { SchemaObject } from '../openapi/types';
import { schemaTypeLabel } from './labels';

type Schema = SchemaObject;

/** How a variant is named in its tab: its title (the `$ref` name), the discriminating value, its type, or its place. */
export type VariantLabel =
  | { kind: 'title'; text: string }
  | { kind: 'discriminator'; property: string; value: unknown }
  | { kind: 'type'; text: string }
  | { kind: 'index'; index: number };

export interface Variant {
  /** Unique in its union, stable, made of the label: used for the tab's value and in anchors. */
  key: string;
  label: VariantLabel;
  schema: Schema;
  /** The variant's value of the discriminating property, when the union has one. */
  discriminatorValue?: unknown;
  /** True for a variant that is the schema being described again (the loader writes it `circular(Name)`). */
  circular?: boolean;
}

export interface Union {
  keyword: 'oneOf' | 'anyOf';
  variants: Variant[];
  /** The property whose value tells the variants apart (`discriminator.propertyName`, or found from `const`s). */
  discriminator?: string;
  /** True when `null` is one more accepted value (a `{type: null}` variant, left out of the tabs). */
  nullable: boolean;
}

const isObject = (v: unknown): v is Schema => isPlainObject(v);
const isNull = (s: Schema) => s.type === 'null';

/** A depth past which allOf nesting is left unmerged (a guard against pathological or cyclic documents). */
const MAX_MERGE_DEPTH = 8;

/**
 * The schema with its `allOf` members merged into it: properties combined (the same property in two members is
 * merged too), `required` united, other keywords from the first that has them (the outer schema first).
 */
export function mergeAllOf(schema: Schema, depth = 0): Schema {
  if (!Array.isArray(schema.allOf) || depth > MAX_MERGE_DEPTH) return schema;
  const { allOf, ...own } = schema;
  const parts = [own, ...allOf.filter(isObject).map((m) => mergeAllOf(m, depth + 1))];
  const out: Schema = {};
  const properties: Record<string, Schema> = {};
  const required = new Set<string>();
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (key === 'properties' && isObject(value)) {
        for (const [name, prop] of Object.entries(value as Record<string, Schema>)) {
          properties[name] =
            properties[name] && isObject(prop) && isObject(properties[name])
              ? mergeAllOf({ allOf: [properties[name], prop] }, depth + 1)
              : (properties[name] ?? prop);
        }
      } else if (key === 'required' && Array.isArray(value)) {
        for (const name of value) required.add(String(name));
      } else if (!(key in out)) {
        out[key] = value;
      }
    }
  }
  if (Object.keys(properties).length > 0) out.properties = properties;
  if (required.size > 0) out.required = [...required];
  if (out.type === undefined && out.properties) out.type = 'object';
  return out;
}

const CIRCULAR = /^circular\((.*)\)$/;
/** A `circular(Name)` reference stands for a schema named Name; `x-circular` marks it so. */
const circularVariant = (v: unknown): Schema[] => {
  const name = typeof v === 'string' ? CIRCULAR.exec(v)?.[1] : undefined;
  return name === undefined ? [] : [{ ...(name ? { title: name } : {}), 'x-circular': true }];
};

/** The variants listed by a schema's oneOf/anyOf, a variant that is only another union flattened into its parent. */
function listedVariants(schema: Schema, depth = 0): Schema[] {
  const list: unknown[] = (Array.isArray(schema.oneOf) ? schema.oneOf : schema.anyOf) ?? [];
  return list.flatMap((v) => {
    if (!isObject(v)) return circularVariant(v);
    const nested = Array.isArray(v.oneOf) ? v.oneOf : Array.isArray(v.anyOf) ? v.anyOf : undefined;
    const onlyUnion = nested && Object.keys(v).every((k) => k === 'oneOf' || k === 'anyOf' || k === 'description');
    return onlyUnion && depth < MAX_MERGE_DEPTH ? listedVariants(v, depth + 1) : [v];
  });
}

/** The single value a property schema allows (`const`, or a one-value `enum`), else undefined. */
export function singleValue(schema: unknown): unknown {
  if (!isObject(schema)) return undefined;
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length === 1) return schema.enum[0];
  return undefined;
}

const propertyOf = (variant: Schema, name: string): unknown =>
  isObject(variant.properties) ? (variant.properties as Record<string, unknown>)[name] : undefined;

/** The first property that every variant fixes to its own single value, all different. */
function implicitDiscriminator(variants: Schema[]): string | undefined {
  const first = variants[0];
  if (!first || variants.length < 2 || !isObject(first.properties)) return undefined;
  return Object.keys(first.properties).find((name) => {
    const values = variants.map((v) => singleValue(propertyOf(v, name)));
    if (values.some((v) => v === undefined)) return false;
    return new Set(values.map((v) => JSON.stringify(v))).size === values.length;
  });
}

/** A `discriminator.mapping` value names the schema by `$ref` (`#/components/schemas/Cat`) or by name. */
const refName = (ref: unknown) => (typeof ref === 'string' ? ref.slice(ref.lastIndexOf('/') + 1) : undefined);

function explicitValue(union: Schema, property: string, variant: Schema): unknown {
  const own = singleValue(propertyOf(variant, property));
  if (own !== undefined) return own;
  const mapping = isObject(union.discriminator) ? union.discriminator.mapping : undefined;
  if (isObject(mapping) && typeof variant.title === 'string') {
    const entry = Object.entries(mapping).find(([, ref]) => refName(ref) === variant.title);
    if (entry) return entry[0];
  }
  // Without a mapping, the discriminating value is the schema's name, which the loader keeps as its title.
  return typeof variant.title === 'string' ? variant.title : undefined;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

function labelOf(variant: Schema, index: number, property?: string, value?: unknown): VariantLabel {
  if (property !== undefined && value !== undefined) return { kind: 'discriminator', property, value };
  if (typeof variant.title === 'string' && variant.title.trim() !== '') return { kind: 'title', text: variant.title };
  const type = schemaTypeLabel(variant);
  // An object says nothing that tells two objects apart: those are numbered instead.
  if (type !== 'object' && type !== 'any') return { kind: 'type', text: type };
  return { kind: 'index', index: index + 1 };
}

function keyOf(label: VariantLabel): string {
  switch (label.kind) {
    case 'discriminator':
      return slug(String(label.value)) || 'value';
    case 'title':
    case 'type':
      return slug(label.text) || 'variant';
    case 'index':
      return String(label.index);
  }
}

/**
 * The union a schema describes, or undefined when there is none worth tabs: no oneOf/anyOf, or only one variant
 * besides `null` (an OpenAPI 3.1 nullable, shown as `T | null` instead).
 */
export function analyzeUnion(schema: Schema): Union | undefined {
  const keyword = Array.isArray(schema.oneOf) ? 'oneOf' : Array.isArray(schema.anyOf) ? 'anyOf' : undefined;
  if (!keyword) return undefined;
  const listed = listedVariants(schema);
  const variants = listed.filter((v) => !isNull(v)).map((v) => mergeAllOf(v));
  if (variants.length < 2) return undefined;
  const declared = isObject(schema.discriminator) ? schema.discriminator.propertyName : undefined;
  const discriminator = typeof declared === 'string' ? declared : implicitDiscriminator(variants);
  const used = new Set<string>();
  return {
    keyword,
    discriminator,
    nullable: listed.some(isNull),
    variants: variants.map((v, i) => {
      const value = discriminator === undefined ? undefined : explicitValue(schema, discriminator, v);
      const label = labelOf(v, i, discriminator, value);
      let key = keyOf(label);
      for (let n = 2; used.has(key); n++) key = `${keyOf(label)}-${n}`;
      used.add(key);
      return { key, label, schema: v, discriminatorValue: value, ...(v['x-circular'] ? { circular: true } : {}) };
    }),
  };
}

/** The label as text: `type: "status"`, a title, a type; `undefined` for a numbered one (translated by the UI). */
export function variantLabelText(label: VariantLabel): string | undefined {
  switch (label.kind) {
    case 'discriminator':
      return `${label.property}: ${JSON.stringify(label.value)}`;
    case 'title':
    case 'type':
      return label.text;
    case 'index':
      return undefined;
  }
}
