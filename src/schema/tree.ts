/**
 * A schema as the reference page lists it: fields (with ids for links), unions as variants, `allOf` merged, array
 * items shown in place of the array. Built once per page in page order, so ids are unique and stable. Pure.
 */
import { isPlainObject } from '../openapi/json';
import type { SchemaObject } from '../openapi/types';
import { propertyAnchor, variantAnchor, type IdRegistry } from './anchors';
import { childCandidates, itemCandidates, matchesVariant } from './examples';
import { analyzeUnion, mergeAllOf, type Union, type Variant } from './unions';

type Schema = SchemaObject;

/** Levels listed before the page stops (a recursive schema, or just a very deep one): the example shows the rest. */
export const MAX_DEPTH = 6;

export interface FieldNode {
  name: string;
  id: string;
  required: boolean;
  /** The property's schema (allOf merged), for its type, description and constraints; a string when circular. */
  schema: Schema | string;
  /** What is inside: its fields or its variants; none for a scalar, or past the depth limit. */
  content?: SchemaNode;
}

export interface VariantNode extends Variant {
  /** The prefix of the ids inside this variant, e.g. `response.200:static`. */
  id: string;
  content?: SchemaNode;
  /** Parts of the section's example that could be this variant (the first matching one is shown). */
  candidates: unknown[];
}

export type SchemaNode =
  | { kind: 'fields'; fields: FieldNode[] }
  | { kind: 'union'; keyword: Union['keyword']; discriminator?: string; nullable: boolean; variants: VariantNode[] };

const isObject = (v: unknown): v is Schema => isPlainObject(v);

interface Context {
  registry: IdRegistry;
  /** The schemas being listed above this one: a schema met again inside itself is not expanded (a JS cycle). */
  ancestors: Set<object>;
}

function contentOf(
  raw: unknown,
  id: string,
  depth: number,
  candidates: unknown[],
  ctx: Context,
): SchemaNode | undefined {
  if (!isObject(raw) || depth >= MAX_DEPTH || ctx.ancestors.has(raw)) return undefined;
  ctx.ancestors.add(raw);
  try {
    const schema = mergeAllOf(raw);
    const union = analyzeUnion(schema);
    if (union) return unionNode(union, id, depth, candidates, ctx);
    if (isObject(schema.properties)) return fieldsNode(schema, id, depth, candidates, ctx);
    if (schema.type === 'array' || schema.items !== undefined) {
      return contentOf(schema.items, id, depth, itemCandidates(candidates), ctx);
    }
    // `T | null` (OpenAPI 3.1's nullable): list T's fields.
    const listed = (schema.anyOf ?? schema.oneOf ?? []).filter((v) => isObject(v) && v.type !== 'null');
    if (listed.length === 1) return contentOf(listed[0], id, depth, candidates, ctx);
    return undefined;
  } finally {
    ctx.ancestors.delete(raw);
  }
}

function fieldsNode(schema: Schema, id: string, depth: number, candidates: unknown[], ctx: Context): SchemaNode {
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const fields = Object.entries(schema.properties ?? {}).map(([name, child]): FieldNode => {
    const fieldId = ctx.registry.claim(propertyAnchor(id, name));
    const childSchema = isObject(child) ? mergeAllOf(child) : typeof child === 'string' ? child : {};
    return {
      name,
      id: fieldId,
      required: required.has(name),
      schema: childSchema,
      content: contentOf(child, fieldId, depth + 1, childCandidates(candidates, name), ctx),
    };
  });
  return { kind: 'fields', fields };
}

function unionNode(union: Union, id: string, depth: number, candidates: unknown[], ctx: Context): SchemaNode {
  return {
    kind: 'union',
    keyword: union.keyword,
    discriminator: union.discriminator,
    nullable: union.nullable,
    variants: union.variants.map((variant) => {
      const variantId = ctx.registry.claim(variantAnchor(id, variant.key));
      const own = candidates.filter((c) => matchesVariant(c, variant, union));
      return {
        ...variant,
        id: variantId,
        candidates: own,
        content: contentOf(variant.schema, variantId, depth + 1, own, ctx),
      };
    }),
  };
}

/**
 * The listing of a section's schema (`id` is the section's anchor, e.g. `body` or `response.200`), with `example`
 * (the section's example) handed down so each variant can show its own part of it.
 */
export function schemaTree(
  schema: unknown,
  id: string,
  registry: IdRegistry,
  example?: unknown,
): SchemaNode | undefined {
  return contentOf(schema, id, 0, example === undefined ? [] : [example], { registry, ancestors: new Set() });
}
