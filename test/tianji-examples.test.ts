/**
 * The examples of the project's spec (openapi/tianji.yaml), read through the operations model the way the pages, the
 * playground and the mock see them (every `$ref` resolved, sampled from the schema where the spec has none): each one
 * must pass the site's own validator, the values the playground prefills must be sendable, and nothing may read like
 * a sampler placeholder where the schema says what the value is. Every failure names the operation and the place
 * (`website-add requestBody`, `website-all 200`, `website-info param websiteId`) and what is wrong there.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isPlainObject } from '../src/openapi/json';
import { loadApiModel } from '../src/openapi/model';
import type { JsonSchema, OperationData, OperationParameter } from '../src/openapi/types';
import { initialValues } from '../src/playground/initial-values';
import { createBodyValidator } from '../src/request/schema-validation';
import { DEFAULT_SPEC } from '../src/site-layout';

/** One value the site shows or sends, and the schema it claims to follow. */
interface ExampleCase {
  /** `<operationId> requestBody`, `<operationId> <status>` or `<operationId> param <name>`. */
  place: string;
  schema: JsonSchema;
  value: unknown;
  /** The name the value goes by (a parameter's name), for the checks that read names. */
  name?: string;
}

interface Cases {
  bodies: ExampleCase[];
  responses: ExampleCase[];
  params: ExampleCase[];
  /** Required parameters the playground leaves empty. */
  unfilled: string[];
}

const validate = createBodyValidator();

/** The issues of `value` against `schema`, as `place: /pointer message` lines (on a copy: Ajv fills in defaults). */
function issuesOf({ place, schema, value }: ExampleCase): string[] {
  return validate(schema, structuredClone(value)).map((issue) => `${place}: ${issue.path || '/'} ${issue.message}`);
}

const NUMERIC = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** A parameter's text as the value its schema describes: `"20"` is 20 for an integer schema, `"true"` is true. */
function typedValue(schema: JsonSchema, text: string): unknown {
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if ((types.includes('integer') || types.includes('number')) && NUMERIC.test(text)) return Number(text);
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  if (types.includes('array') || types.includes('object')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

function casesOf(operations: OperationData[]): Cases {
  const cases: Cases = { bodies: [], responses: [], params: [], unfilled: [] };
  for (const op of operations) {
    if (op.requestBody && op.requestBody.example !== undefined) {
      cases.bodies.push({
        place: `${op.id} requestBody`,
        schema: op.requestBody.schema,
        value: op.requestBody.example,
      });
    }
    for (const response of op.responses) {
      if (!response.schema || response.example === undefined) continue;
      cases.responses.push({ place: `${op.id} ${response.status}`, schema: response.schema, value: response.example });
    }
    const values = initialValues(op);
    for (const p of op.parameters as OperationParameter[]) {
      const text = values[p.in][p.name] ?? '';
      const place = `${op.id} param ${p.name}`;
      if (text === '') {
        if (p.required) cases.unfilled.push(place);
        continue;
      }
      cases.params.push({ place, schema: p.schema, value: typedValue(p.schema, text), name: p.name });
    }
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------------------------
// Walking a value along its schema

/** A value found inside an example, with the schema that describes it there and the name it goes by. */
interface Leaf {
  pointer: string;
  key: string;
  schema: JsonSchema;
  value: unknown;
}

const asSchema = (value: unknown): JsonSchema | undefined => (isPlainObject(value) ? (value as JsonSchema) : undefined);
const schemas = (list: unknown): JsonSchema[] =>
  Array.isArray(list) ? list.map(asSchema).filter((s): s is JsonSchema => s !== undefined) : [];

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Whether a schema's `type` (if any) admits the value; integers are numbers too. */
function admits(schema: JsonSchema, value: unknown): boolean {
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.length === 0) return true;
  const type = jsonType(value);
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

/**
 * Every node of `value` with the schema branches that describe it: the branches of `anyOf`/`oneOf` whose type admits
 * the node (all of them when several do), each of `allOf`, then properties, `additionalProperties` and `items`.
 */
function leaves(schema: JsonSchema, value: unknown, key = '', pointer = ''): Leaf[] {
  const branches = schemas(schema.anyOf ?? schema.oneOf).filter((branch) => admits(branch, value));
  const out = [...branches, ...schemas(schema.allOf)].flatMap((part) => leaves(part, value, key, pointer));
  if (branches.length > 0) return out;

  out.push({ pointer: pointer || '/', key, schema, value });
  if (Array.isArray(value)) {
    const items = asSchema(schema.items) ?? {};
    value.forEach((item, i) => out.push(...leaves(items, item, key, `${pointer}/${i}`)));
  } else if (isPlainObject(value)) {
    const properties = (asSchema(schema.properties) ?? {}) as Record<string, unknown>;
    for (const [name, child] of Object.entries(value)) {
      const childSchema = asSchema(properties[name]) ?? asSchema(schema.additionalProperties) ?? {};
      out.push(...leaves(childSchema, child, name, `${pointer}/${name}`));
    }
  }
  return out;
}

function leavesOf(c: ExampleCase): Leaf[] {
  return leaves(c.schema, c.value, c.name ?? '');
}

// ---------------------------------------------------------------------------------------------------------------
// What the values must look like

/** What openapi-sampler writes when it knows nothing better (strings, dates, uuids, extreme integers, map keys). */
const PLACEHOLDER_STRING = /^(string|pa\$\$word|497f6eca-6276-4993-bfeb-53cbbbba6f08)$|^2019-08-24/;
const PLACEHOLDER_KEY = /^property\d+$/;

/** Names that say what a string is even where the schema does not: ids, dates and times, URLs, domains. */
const SPECIFIC_NAME =
  /^(id|ids|url|domain|hostname|email|icon|avatar|date|day)$|[a-z](Id|Ids|At|Url|Date|Domain)$|(^|_)(date|updated)$/;

function saysMore({ schema, key }: Leaf): boolean {
  const constrained = schema.format ?? schema.pattern ?? schema.enum ?? schema.const;
  return constrained !== undefined || SPECIFIC_NAME.test(key);
}

function placeholderFindings(c: ExampleCase): string[] {
  const out: string[] = [];
  for (const leaf of leavesOf(c)) {
    const { value } = leaf;
    if (typeof value === 'string' && PLACEHOLDER_STRING.test(value) && saysMore(leaf)) {
      out.push(`${c.place}: ${leaf.pointer} is the sampler placeholder ${JSON.stringify(value)}`);
    } else if (typeof value === 'number' && Math.abs(value) === Number.MAX_SAFE_INTEGER) {
      out.push(`${c.place}: ${leaf.pointer} is the sampler placeholder ${value}`);
    } else if (isPlainObject(value)) {
      for (const key of Object.keys(value)) {
        if (PLACEHOLDER_KEY.test(key)) out.push(`${c.place}: ${leaf.pointer} has the sampler placeholder key "${key}"`);
      }
    }
  }
  return out;
}

/** Tianji's record ids: cuid, a `c` and 24 lowercase letters and digits (`clnzoxcy10001vy2ohi4obbi0`). */
const TIANJI_ID = /^c[0-9a-z]{24}$/;

/**
 * Names that always hold a Tianji record id. Not `id` (store apps, credit packs and model catalogues have their own)
 * nor `eventId` (a feed state's eventId is chosen by the sender).
 */
const RECORD_ID_NAME =
  /^(workspaceId|currentWorkspaceId|websiteId|monitorId|applicationId|surveyId|resultId|channelId|workerId|gatewayId|telemetryId|lighthouseId|userId|targetUserId|notificationId|stateId|logId|relatedId|monitorIds|notificationIds|feedChannelIds)$/;

/** The string values of a case that are Tianji record ids, by their schema's format or by their name. */
function recordIds(c: ExampleCase): Array<{ pointer: string; value: string }> {
  const isRecordId = (leaf: Leaf) => leaf.schema.format === 'cuid2' || RECORD_ID_NAME.test(leaf.key);
  return leavesOf(c)
    .filter((leaf) => typeof leaf.value === 'string' && isRecordId(leaf))
    .map((leaf) => ({ pointer: leaf.pointer, value: leaf.value as string }));
}

/** Every string anywhere in a value. */
function strings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) value.forEach((item) => strings(item, out));
  else if (isPlainObject(value)) Object.values(value).forEach((item) => strings(item, out));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

let operations: OperationData[];
let cases: Cases;
let all: ExampleCase[];

beforeAll(async () => {
  operations = (await loadApiModel(path.resolve(DEFAULT_SPEC))).operations;
  cases = casesOf(operations);
  all = [...cases.bodies, ...cases.responses, ...cases.params];
});

describe('the examples of the project spec', () => {
  it('covers every operation: a body example for each body, a response example for each documented response', () => {
    expect(operations.length).toBeGreaterThan(100);
    const withBody = operations.filter((op) => op.requestBody);
    expect(cases.bodies).toHaveLength(withBody.length);
    expect(cases.responses.length).toBeGreaterThan(operations.length);
    expect(cases.params.length).toBeGreaterThan(operations.length);
  });

  it('validates every request body example against its schema', () => {
    expect(cases.bodies.flatMap(issuesOf)).toEqual([]);
  });

  it('validates every response example against its schema', () => {
    expect(cases.responses.flatMap(issuesOf)).toEqual([]);
  });

  it('prefills every required parameter, so the first Send of a page is complete', () => {
    expect(cases.unfilled).toEqual([]);
  });

  it('validates every prefilled parameter, read as the type its schema says', () => {
    expect(cases.params.flatMap(issuesOf)).toEqual([]);
  });

  it('shows no sampler placeholder where the schema or the name says what the value is', () => {
    expect(all.flatMap(placeholderFindings)).toEqual([]);
  });

  it('writes record ids in Tianji format', () => {
    const findings = all.flatMap((c) =>
      recordIds(c)
        .filter((id) => !TIANJI_ID.test(id.value))
        .map((id) => `${c.place}: ${id.pointer} ${JSON.stringify(id.value)} is not a Tianji id (c + 24 of [0-9a-z])`),
    );
    expect(findings).toEqual([]);
  });

  it('uses one demo workspace everywhere', () => {
    const workspaces = new Set(
      all.flatMap((c) =>
        leavesOf(c)
          .filter((leaf) => leaf.key === 'workspaceId' && typeof leaf.value === 'string')
          .map((leaf) => leaf.value as string),
      ),
    );
    expect([...workspaces]).toHaveLength(1);
  });

  it('sends only record ids that some response example shows, so the pages tell one story', () => {
    const shown = new Set<string>();
    for (const c of cases.responses) strings(c.value, shown);
    const findings = [...cases.bodies, ...cases.params].flatMap((c) =>
      recordIds(c)
        .filter((id) => !shown.has(id.value))
        .map((id) => `${c.place}: ${id.pointer} ${id.value} appears in no response example`),
    );
    expect(findings).toEqual([]);
  });
});
