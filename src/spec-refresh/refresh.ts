/**
 * The refreshed spec for `npm run spec:pull`: the facts a Tianji server publishes (paths, methods, parameters,
 * schemas, tags, security of new operations) with what is ours kept from the current spec — operation, tag and
 * parameter prose, examples, info, servers, top-level security, components (the `bearerAuth` scheme, the documented error
 * responses) and the public/secured decision of every operation we already document. Pure: documents in,
 * document out; write-yaml.ts writes it the way openapi/tianji.yaml is formatted.
 */
import { isPlainObject, type JsonObject } from '../openapi/json';
import { isHttpMethod } from '../openapi/methods';
import { isSecured } from '../openapi/operations';
import { collectOurs, type Ours } from './collect-ours';
import { isErrorStatus, operationEntries, operationKey, type OperationRef } from './diff';
import { withOurAnnotations } from './annotations';
import { upstreamInliner, type Inliner } from './inline';
import { arrayOr, at, objectOr, objectsIn, stringOr } from './json-read';

import { KNOWN_PUBLIC } from '../openapi/known-public';

export { KNOWN_PUBLIC };

const AUTH_ERRORS = ['401', '403'];

/** The upstream document with the known public operations marked public and their auth errors dropped. */
export function normalizeUpstream<T extends JsonObject>(upstream: T, knownPublic: string[] = KNOWN_PUBLIC): T {
  const out = structuredClone(upstream);
  for (const entry of operationEntries(out).values()) {
    if (!knownPublic.includes(entry.key)) continue;
    entry.operation.security = [];
    const responses = entry.operation.responses;
    if (isPlainObject(responses)) for (const status of AUTH_ERRORS) delete responses[status];
  }
  return out;
}

export interface NeedsDescription extends OperationRef {
  /** What still carries upstream text (or none): `summary`, `description`, `parameter query:limit`. */
  what: string[];
}

export interface RefreshResult {
  document: JsonObject;
  /** Operations and parameters whose prose is not ours yet: write it before publishing. */
  needsDescription: NeedsDescription[];
  /** Tags new to the spec, without our description. */
  newTags: string[];
  /** Our tags that no operation uses any more (dropped). */
  droppedTags: string[];
  /** `info.version` before and after. */
  version: { before?: string; after?: string };
}

/** The order an operation's fields are written in; fields not listed follow in upstream's order. */
export const OPERATION_KEY_ORDER = [
  'operationId',
  'tags',
  'summary',
  'description',
  'security',
  'parameters',
  'requestBody',
  'responses',
];
const PARAMETER_KEY_ORDER = ['name', 'in', 'description', 'schema', 'required'];
const DOCUMENT_KEY_ORDER = ['openapi', 'info', 'servers', 'security', 'tags', 'paths', 'components'];
/** Operation fields that are ours even though upstream could carry them too. */
const OURS = (key: string) => key === 'externalDocs' || key.startsWith('x-');
/** Operation fields a refresh never copies from upstream as they are. */
const REFRESHED = ['summary', 'description', 'security', 'parameters', 'responses'];

function ordered(obj: JsonObject, order: string[]): JsonObject {
  const out: JsonObject = {};
  for (const key of order) if (obj[key] !== undefined) out[key] = obj[key];
  for (const [key, value] of Object.entries(obj)) if (!(key in out) && value !== undefined) out[key] = value;
  return out;
}

const paramKey = (p: JsonObject) => `${String(p.in)}:${String(p.name)}`;

function statusOrder(a: string, b: string): number {
  const n = (s: string) => (s === 'default' ? 1000 : Number.parseInt(s.replace(/X/gi, '0'), 10));
  return n(a) - n(b);
}

interface Context {
  ours: Ours;
  upstream: JsonObject;
  inline: Inliner;
  needs: NeedsDescription[];
}

/** Parameters with our descriptions; names of the ones we have no description for go to `missing`. */
function refreshParameters(
  upstreamParams: unknown,
  ourParams: JsonObject[],
  ctx: Context,
  missing: string[],
): JsonObject[] | undefined {
  if (!Array.isArray(upstreamParams) || upstreamParams.length === 0) return undefined;
  const ourByKey = new Map(ourParams.filter((p) => p.name).map((p) => [paramKey(p), p]));
  return upstreamParams
    .map(ctx.inline)
    .filter(isPlainObject)
    .map((p) => {
      const mine = ourByKey.get(paramKey(p));
      const next = { ...p };
      delete next.description;
      const shared = typeof p.name === 'string' ? ctx.ours.parameterDescriptions.get(p.name) : undefined;
      if (mine) {
        if (typeof mine.description === 'string') next.description = mine.description;
        for (const key of Object.keys(mine)) if (OURS(key)) next[key] = mine[key];
      } else if (shared !== undefined) {
        next.description = shared;
      } else {
        if (typeof p.description === 'string') next.description = p.description;
        missing.push(`parameter ${paramKey(p)}`);
      }
      return ordered(next, PARAMETER_KEY_ORDER);
    });
}

function refreshResponses(
  upstreamOp: JsonObject,
  mine: JsonObject | undefined,
  secured: boolean,
  ctx: Context,
): JsonObject {
  const upstreamSecured = isSecured(upstreamOp, ctx.upstream.security);
  const out: JsonObject = {};
  for (const [status, raw] of Object.entries(objectOr(upstreamOp.responses))) {
    // A public operation cannot fail authentication, whatever upstream documents for it.
    if (!secured && upstreamSecured && AUTH_ERRORS.includes(status)) continue;
    const errorRef = ctx.ours.errorRefs.get(status);
    if (errorRef && isErrorStatus(status)) {
      out[status] = { $ref: errorRef };
      continue;
    }
    const response = { ...objectOr(ctx.inline(raw)) };
    const ourDescription = at(mine, 'responses', status, 'description') ?? ctx.ours.responseDescriptions.get(status);
    if (typeof ourDescription === 'string') response.description = ourDescription;
    out[status] = ordered(response, ['description', 'content']);
  }
  // A secured operation that upstream documents as public still answers 401/403 without a key.
  if (secured && !upstreamSecured) {
    for (const status of AUTH_ERRORS) {
      const ref = ctx.ours.errorRefs.get(status);
      if (ref && !out[status]) out[status] = { $ref: ref };
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => statusOrder(a, b)));
  }
  return out;
}

function refreshOperation(key: string, upstreamOp: JsonObject, ctx: Context, pathLevelOurs: JsonObject[]): JsonObject {
  const mine = ctx.ours.operations.get(key)?.operation;
  const missing: string[] = [];
  const op: JsonObject = {};
  for (const [field, value] of Object.entries(upstreamOp)) {
    if (REFRESHED.includes(field) || (mine && OURS(field))) continue;
    op[field] = ctx.inline(value);
  }
  const ourDefault = ctx.ours.current.security;
  let secured: boolean;
  if (mine) {
    if (typeof mine.summary === 'string') op.summary = mine.summary;
    if (typeof mine.description === 'string') op.description = mine.description;
    for (const field of Object.keys(mine)) if (OURS(field)) op[field] = mine[field];
    secured = isSecured(mine, ourDefault);
    if (mine.security !== undefined) op.security = mine.security;
    else if (secured !== isSecured({}, ourDefault)) op.security = secured ? ctx.ours.securedRequirement : [];
  } else {
    for (const field of ['summary', 'description'] as const) {
      const text = upstreamOp[field];
      if (typeof text === 'string' && text.trim()) op[field] = text;
    }
    missing.push('summary', 'description');
    secured = isSecured(upstreamOp, ctx.upstream.security);
    op.security = secured ? ctx.ours.securedRequirement : [];
  }
  const ourParams = [...pathLevelOurs, ...objectsIn(mine?.parameters)];
  const parameters = refreshParameters(upstreamOp.parameters, ourParams, ctx, missing);
  if (parameters) op.parameters = parameters;
  op.responses = refreshResponses(upstreamOp, mine, secured, ctx);

  const needs = mine ? missing.filter((what) => what.startsWith('parameter ')) : missing;
  if (needs.length > 0) {
    const [method, ...rest] = key.split(' ');
    ctx.needs.push({ key, method, path: rest.join(' '), operationId: stringOr(op.operationId), what: needs });
  }
  return ordered(withOurAnnotations(op, mine), OPERATION_KEY_ORDER);
}

/** Path items with our prose and refreshed operations; path-level parameters we have no description for go to needs. */
function refreshPaths(ctx: Context): JsonObject {
  const paths: JsonObject = {};
  for (const [path, rawItem] of Object.entries(objectOr(ctx.upstream.paths))) {
    const item = objectOr(rawItem);
    const ourItem = objectOr(at(ctx.ours.current, 'paths', path));
    const ourParameters = objectsIn(ourItem.parameters);
    const out: JsonObject = {};
    for (const field of ['summary', 'description'] as const)
      if (typeof ourItem[field] === 'string') out[field] = ourItem[field];
    const pathMissing: string[] = [];
    const refreshed = refreshParameters(item.parameters, ourParameters, ctx, pathMissing);
    const pathParameters = refreshed && withOurAnnotations(refreshed, ourParameters);
    for (const [field, value] of Object.entries(item)) {
      if (field === 'summary' || field === 'description' || field === '$ref') continue;
      if (field === 'parameters') {
        if (pathParameters) out.parameters = pathParameters;
      } else if (isHttpMethod(field)) {
        out[field] = refreshOperation(operationKey(field, path), objectOr(value), ctx, ourParameters);
      } else {
        out[field] = ctx.inline(value);
      }
    }
    if (pathMissing.length > 0) ctx.needs.push({ key: path, method: '', path, what: pathMissing });
    paths[path] = out;
  }
  return paths;
}

function refreshTags(current: JsonObject, upstream: JsonObject, paths: JsonObject) {
  const used: string[] = [];
  const declared = new Map<string, JsonObject>();
  for (const tag of objectsIn(upstream.tags)) {
    if (typeof tag.name === 'string') {
      declared.set(tag.name, tag);
      if (!used.includes(tag.name)) used.push(tag.name);
    }
  }
  for (const { operation } of operationEntries({ paths }).values())
    for (const tag of arrayOr(operation.tags)) if (!used.includes(String(tag))) used.push(String(tag));
  const ourTags = objectsIn(current.tags);
  const isUsed = (tag: JsonObject) => typeof tag.name === 'string' && used.includes(tag.name);
  const newTags = used.filter((name) => !ourTags.some((t) => t.name === name));
  const tags = [
    ...ourTags.filter(isUsed),
    ...newTags.map((name) => ordered({ ...(declared.get(name) ?? { name }) }, ['name', 'description'])),
  ];
  return { tags, newTags, droppedTags: ourTags.filter((t) => !isUsed(t)).map((t) => String(t.name)) };
}

/**
 * The new spec: `upstream`'s facts with our prose and decisions from `current`. Pass `upstream` through
 * `normalizeUpstream` first so the known public operations come in public.
 */
export function refreshSpec(current: JsonObject, upstream: JsonObject): RefreshResult {
  const components = structuredClone(objectOr(current.components));
  const ctx: Context = {
    ours: collectOurs(current),
    upstream,
    inline: upstreamInliner(upstream, components),
    needs: [],
  };
  const paths = refreshPaths(ctx);
  const { tags, newTags, droppedTags } = refreshTags(current, upstream, paths);
  const info = { ...objectOr(current.info ?? upstream.info) };
  const upstreamVersion = at(upstream, 'info', 'version');
  if (typeof upstreamVersion === 'string') info.version = upstreamVersion;

  const document: JsonObject = {};
  for (const [field, value] of Object.entries(current)) {
    if (field === 'openapi') document.openapi = upstream.openapi ?? value;
    else if (field === 'info') document.info = info;
    else if (field === 'tags') document.tags = tags;
    else if (field === 'paths') document.paths = paths;
    else if (field === 'components') document.components = components;
    else document[field] = value; // servers, security, externalDocs, x-…: ours
  }
  document.openapi ??= upstream.openapi;
  document.info ??= info;
  if (tags.length > 0) document.tags ??= tags;
  document.paths ??= paths;
  if (Object.keys(components).length > 0) document.components ??= components;
  return {
    document: ordered(document, DOCUMENT_KEY_ORDER),
    needsDescription: ctx.needs,
    newTags,
    droppedTags,
    version: { before: stringOr(at(current, 'info', 'version')), after: stringOr(info.version) },
  };
}
