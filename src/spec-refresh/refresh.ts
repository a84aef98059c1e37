/**
 * The refreshed spec for `npm run spec:pull`: the facts a Tianji server publishes (paths, methods, parameters,
 * schemas, tags, security of new operations) with what is ours kept from the current spec — operation, tag and
 * parameter prose, info, servers, top-level security, components (the `bearerAuth` scheme, the documented error
 * responses) and the public/secured decision of every operation we already document. Pure: documents in,
 * document out; `toYaml` writes it the way openapi/tianji.yaml is formatted.
 */
import YAML from 'yaml';
import { isSecured } from '../openapi/operations';
import { HTTP_METHODS } from '../openapi/methods';
import { pointerGet } from '../openapi/refs';
import { operationEntries, operationKey, type OperationEntry, type OperationRef } from './diff';

type AnyObject = Record<string, any>;

/** Public operations the server publishes as secured (they are how one gets a token in the first place). */
export const KNOWN_PUBLIC = ['GET /global/config', 'POST /login', 'POST /loginWithToken', 'POST /register'];

const AUTH_ERRORS = ['401', '403'];

/** The upstream document with the known public operations marked public and their auth errors dropped. */
export function normalizeUpstream(upstream: AnyObject, knownPublic: string[] = KNOWN_PUBLIC): AnyObject {
  const out = structuredClone(upstream);
  for (const entry of operationEntries(out).values()) {
    if (!knownPublic.includes(entry.key)) continue;
    entry.operation.security = [];
    for (const status of AUTH_ERRORS) delete entry.operation.responses?.[status];
  }
  return out;
}

export interface NeedsDescription extends OperationRef {
  /** What still carries upstream text (or none): `summary`, `description`, `parameter query:limit`. */
  what: string[];
}

export interface RefreshResult {
  document: AnyObject;
  /** Operations and parameters whose prose is not ours yet: write it before publishing. */
  needsDescription: NeedsDescription[];
  /** Tags new to the spec, without our description. */
  newTags: string[];
  /** Our tags that no operation uses any more (dropped). */
  droppedTags: string[];
  /** `info.version` before and after. */
  version: { before?: string; after?: string };
}

const OPERATION_KEY_ORDER = [
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
/** Operation fields that are ours even though upstream could carry them too. */
const OURS = (key: string) => key === 'externalDocs' || key.startsWith('x-');

function ordered(obj: AnyObject, order: string[]): AnyObject {
  const out: AnyObject = {};
  for (const key of order) if (obj[key] !== undefined) out[key] = obj[key];
  for (const [key, value] of Object.entries(obj)) if (!(key in out) && value !== undefined) out[key] = value;
  return out;
}

const paramKey = (p: AnyObject) => `${p.in}:${p.name}`;

function statusOrder(a: string, b: string): number {
  const n = (s: string) => (s === 'default' ? 1000 : Number.parseInt(s.replace(/X/gi, '0'), 10));
  return n(a) - n(b);
}

/** Facts from our current spec that a refresh keeps. */
interface Ours {
  current: AnyObject;
  operations: Map<string, OperationEntry>;
  /** Parameter descriptions by name, from anywhere in our spec (the catalogs translate them by name too). */
  parameterDescriptions: Map<string, string>;
  /** The description we give most often to each success status, e.g. 200 → "The request succeeded.". */
  responseDescriptions: Map<string, string>;
  /** The `$ref` our documented error responses use per status, e.g. 400 → #/components/responses/BadRequest. */
  errorRefs: Map<string, string>;
  /** Our security requirement for secured operations, e.g. `[{ bearerAuth: [] }]`. */
  securedRequirement: AnyObject[];
}

function mostCommon(counts: Map<string, Map<string, number>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, values] of counts) out.set(key, [...values.entries()].sort((a, b) => b[1] - a[1])[0][0]);
  return out;
}

function count(counts: Map<string, Map<string, number>>, key: string, value: string) {
  const values = counts.get(key) ?? new Map<string, number>();
  values.set(value, (values.get(value) ?? 0) + 1);
  counts.set(key, values);
}

const CONVENTIONAL_ERRORS: Record<string, string> = {
  '400': 'BadRequest',
  '401': 'Unauthorized',
  '403': 'Forbidden',
  '404': 'NotFound',
  '500': 'InternalError',
};

function collectOurs(current: AnyObject): Ours {
  const operations = operationEntries(current);
  const parameterDescriptions = new Map<string, string>();
  const responseCounts = new Map<string, Map<string, number>>();
  const refCounts = new Map<string, Map<string, number>>();
  for (const entry of operations.values()) {
    for (const p of [...entry.pathParameters, ...(entry.operation.parameters ?? [])]) {
      if (p && typeof p.name === 'string' && typeof p.description === 'string' && !parameterDescriptions.has(p.name)) {
        parameterDescriptions.set(p.name, p.description);
      }
    }
    for (const [status, response] of Object.entries((entry.operation.responses ?? {}) as AnyObject)) {
      if (typeof response?.$ref === 'string' && response.$ref.startsWith('#/components/responses/'))
        count(refCounts, status, response.$ref);
      else if (typeof response?.description === 'string') count(responseCounts, status, response.description);
    }
  }
  const errorRefs = mostCommon(refCounts);
  for (const [status, name] of Object.entries(CONVENTIONAL_ERRORS)) {
    if (!errorRefs.has(status) && current.components?.responses?.[name])
      errorRefs.set(status, `#/components/responses/${name}`);
  }
  const scheme =
    Object.keys(current.components?.securitySchemes ?? {})[0] ??
    (Array.isArray(current.security)
      ? Object.keys(current.security.find((r: AnyObject) => Object.keys(r ?? {}).length > 0) ?? {})[0]
      : undefined) ??
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

/** Local `$ref`s found in `value` (not following them). */
function refsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value as AnyObject)) {
      if (key === '$ref' && typeof v === 'string' && v.startsWith('#')) out.add(v);
      else refsIn(v, out);
    }
  }
  return out;
}

/** Whether following `ref` in `document` can lead back to `ref` (a recursive schema). */
function isCircular(ref: string, document: AnyObject, memo: Map<string, boolean>): boolean {
  const known = memo.get(ref);
  if (known !== undefined) return known;
  const seen = new Set<string>();
  const queue = [...refsIn(pointerGet(document, ref))];
  let circular = false;
  while (queue.length > 0 && !circular) {
    const next = queue.pop()!;
    if (next === ref) circular = true;
    else if (!seen.has(next)) {
      seen.add(next);
      queue.push(...refsIn(pointerGet(document, next)));
    }
  }
  memo.set(ref, circular);
  return circular;
}

/**
 * Upstream's component references in `value` resolved inline (our spec keeps schemas inline), except the
 * recursive ones: those stay `$ref`s and their targets are copied into `components`.
 */
function inlineUpstream(
  value: unknown,
  upstream: AnyObject,
  components: AnyObject,
  memo = new Map<string, boolean>(),
): any {
  const walk = (node: unknown): any => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const obj = node as AnyObject;
    const ref = obj.$ref;
    if (typeof ref === 'string' && ref.startsWith('#')) {
      const target = pointerGet(upstream, ref);
      if (target === undefined) return { ...obj };
      if (isCircular(ref, upstream, memo)) {
        const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
        if (match) {
          const [, section, name] = match;
          components[section] ??= {};
          if (components[section][name] === undefined) {
            components[section][name] = {}; // placeholder: the target refers to itself
            components[section][name] = walk(target);
          }
        }
        return { ...obj };
      }
      const siblings = Object.fromEntries(Object.entries(obj).filter(([k]) => k !== '$ref'));
      const resolved = walk(target);
      return Object.keys(siblings).length > 0 && resolved && typeof resolved === 'object' && !Array.isArray(resolved)
        ? { ...resolved, ...walk(siblings) }
        : resolved;
    }
    return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, walk(v)]));
  };
  return walk(value);
}

interface Context {
  ours: Ours;
  upstream: AnyObject;
  components: AnyObject;
  needs: NeedsDescription[];
  circular: Map<string, boolean>;
}

/** Parameters with our descriptions; names of the ones we have no description for go to `missing`. */
function refreshParameters(
  upstreamParams: unknown,
  ourParams: AnyObject[],
  ctx: Context,
  missing: string[],
): AnyObject[] | undefined {
  if (!Array.isArray(upstreamParams) || upstreamParams.length === 0) return undefined;
  const ourByKey = new Map(ourParams.filter((p) => p && p.name).map((p) => [paramKey(p), p]));
  return upstreamParams.map((raw) => {
    const p = inlineUpstream(raw, ctx.upstream, ctx.components, ctx.circular) as AnyObject;
    const mine = ourByKey.get(paramKey(p));
    const next = { ...p };
    delete next.description;
    if (mine) {
      if (typeof mine.description === 'string') next.description = mine.description;
      for (const key of Object.keys(mine)) if (OURS(key)) next[key] = mine[key];
    } else if (ctx.ours.parameterDescriptions.has(p.name)) {
      next.description = ctx.ours.parameterDescriptions.get(p.name);
    } else {
      if (typeof p.description === 'string') next.description = p.description;
      missing.push(`parameter ${paramKey(p)}`);
    }
    return ordered(next, PARAMETER_KEY_ORDER);
  });
}

function refreshResponses(
  upstreamOp: AnyObject,
  mine: AnyObject | undefined,
  secured: boolean,
  ctx: Context,
): AnyObject {
  const upstreamSecured = isSecured(upstreamOp, ctx.upstream.security);
  const ourResponses = (mine?.responses ?? {}) as AnyObject;
  const out: AnyObject = {};
  for (const [status, raw] of Object.entries((upstreamOp.responses ?? {}) as AnyObject)) {
    // A public operation cannot fail authentication, whatever upstream documents for it.
    if (!secured && upstreamSecured && AUTH_ERRORS.includes(status)) continue;
    const errorRef = ctx.ours.errorRefs.get(status);
    if (errorRef && (status === 'default' || /^[45]/.test(status))) {
      out[status] = { $ref: errorRef };
      continue;
    }
    const response = { ...(inlineUpstream(raw, ctx.upstream, ctx.components, ctx.circular) as AnyObject) };
    const ourDescription = ourResponses[status]?.description ?? ctx.ours.responseDescriptions.get(status);
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

function refreshOperation(key: string, upstreamOp: AnyObject, ctx: Context, pathLevelOurs: AnyObject[]): AnyObject {
  const mineEntry = ctx.ours.operations.get(key);
  const mine = mineEntry?.operation;
  const missing: string[] = [];
  const op: AnyObject = {};
  for (const [field, value] of Object.entries(upstreamOp)) {
    if (['summary', 'description', 'security', 'parameters', 'responses'].includes(field) || (mine && OURS(field)))
      continue;
    op[field] = inlineUpstream(value, ctx.upstream, ctx.components, ctx.circular);
  }
  let secured: boolean;
  if (mine) {
    if (typeof mine.summary === 'string') op.summary = mine.summary;
    if (typeof mine.description === 'string') op.description = mine.description;
    for (const field of Object.keys(mine)) if (OURS(field)) op[field] = mine[field];
    secured = isSecured(mine, ctx.ours.current.security);
    if (mine.security !== undefined) op.security = mine.security;
    else if (secured !== isSecured({}, ctx.ours.current.security))
      op.security = secured ? ctx.ours.securedRequirement : [];
  } else {
    for (const field of ['summary', 'description'] as const) {
      if (typeof upstreamOp[field] === 'string' && upstreamOp[field].trim()) op[field] = upstreamOp[field];
    }
    missing.push('summary', 'description');
    secured = isSecured(upstreamOp, ctx.upstream.security);
    op.security = secured ? ctx.ours.securedRequirement : [];
  }
  const ourParams = [...pathLevelOurs, ...((mine?.parameters ?? []) as AnyObject[])];
  const parameters = refreshParameters(upstreamOp.parameters, ourParams, ctx, missing);
  if (parameters) op.parameters = parameters;
  op.responses = refreshResponses(upstreamOp, mine, secured, ctx);

  const needs = mine ? missing.filter((what) => what.startsWith('parameter ')) : missing;
  if (needs.length > 0) {
    const [method, ...rest] = key.split(' ');
    ctx.needs.push({ key, method, path: rest.join(' '), operationId: op.operationId, what: needs });
  }
  return ordered(op, OPERATION_KEY_ORDER);
}

function refreshTags(current: AnyObject, upstream: AnyObject, paths: AnyObject) {
  const used: string[] = [];
  const declared = new Map<string, AnyObject>();
  for (const tag of Array.isArray(upstream.tags) ? upstream.tags : []) {
    if (tag && typeof tag.name === 'string') {
      declared.set(tag.name, tag);
      if (!used.includes(tag.name)) used.push(tag.name);
    }
  }
  for (const item of Object.values(paths)) {
    for (const method of HTTP_METHODS)
      for (const tag of item?.[method]?.tags ?? []) if (!used.includes(String(tag))) used.push(String(tag));
  }
  const ourTags = (Array.isArray(current.tags) ? current.tags : []) as AnyObject[];
  const kept = ourTags.filter((t) => used.includes(t.name));
  const newTags = used.filter((name) => !ourTags.some((t) => t.name === name));
  const tags = [
    ...kept,
    ...newTags.map((name) => {
      const tag = { ...(declared.get(name) ?? { name }) };
      return ordered(tag, ['name', 'description']);
    }),
  ];
  return { tags, newTags, droppedTags: ourTags.filter((t) => !used.includes(t.name)).map((t) => String(t.name)) };
}

/**
 * The new spec: `upstream`'s facts with our prose and decisions from `current`. Pass `upstream` through
 * `normalizeUpstream` first so the known public operations come in public.
 */
export function refreshSpec(current: AnyObject, upstream: AnyObject): RefreshResult {
  const ours = collectOurs(current);
  const components: AnyObject = structuredClone(current.components ?? {});
  const ctx: Context = { ours, upstream, components, needs: [], circular: new Map() };

  const paths: AnyObject = {};
  for (const [path, rawItem] of Object.entries((upstream.paths ?? {}) as AnyObject)) {
    const item = (rawItem ?? {}) as AnyObject;
    const ourItem = (current.paths?.[path] ?? {}) as AnyObject;
    const out: AnyObject = {};
    for (const field of ['summary', 'description'] as const)
      if (typeof ourItem[field] === 'string') out[field] = ourItem[field];
    const pathMissing: string[] = [];
    const pathParameters = refreshParameters(item.parameters, ourItem.parameters ?? [], ctx, pathMissing);
    for (const [field, value] of Object.entries(item)) {
      if (field === 'summary' || field === 'description' || field === '$ref') continue;
      if (field === 'parameters') {
        if (pathParameters) out.parameters = pathParameters;
      } else if ((HTTP_METHODS as readonly string[]).includes(field)) {
        out[field] = refreshOperation(operationKey(field, path), value as AnyObject, ctx, ourItem.parameters ?? []);
      } else {
        out[field] = inlineUpstream(value, upstream, components, ctx.circular);
      }
    }
    if (pathMissing.length > 0) {
      ctx.needs.push({ key: path, method: '', path, what: pathMissing });
    }
    paths[path] = out;
  }

  const { tags, newTags, droppedTags } = refreshTags(current, upstream, paths);
  const info = { ...(current.info ?? upstream.info ?? {}) };
  if (typeof upstream.info?.version === 'string') info.version = upstream.info.version;

  const document: AnyObject = {};
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
    document: ordered(document, ['openapi', 'info', 'servers', 'security', 'tags', 'paths', 'components']),
    needsDescription: ctx.needs,
    newTags,
    droppedTags,
    version: { before: current.info?.version, after: info.version },
  };
}

/** The comment lines (and blank lines) a YAML file starts with, e.g. the spec's one-line header. */
export function headerComment(text: string): string {
  return /^(?:#[^\n]*\n|[ \t]*\n)*/.exec(text)?.[0] ?? '';
}

const WIDTH = 120;
const KEY_LINE = /^( *)((?:- )*)((?:[\w$.\-/{}]+|'(?:[^']|'')*'): )?(.*)$/;

/**
 * Folds one long `key: value` (or `- value`) line the way openapi/tianji.yaml is wrapped (PyYAML, width 120:
 * a line breaks at the first single space after column 120), so unchanged prose yields unchanged lines.
 */
function foldLine(line: string): string {
  if (line.length <= WIDTH) return line;
  const match = KEY_LINE.exec(line);
  if (!match) return line;
  const [, indent, dashes, key = '', value] = match;
  if (!value || /^["|>&*!%@`{[]/.test(value) || (value.startsWith("'") && !value.endsWith("'"))) return line;
  const quoted = value.startsWith("'");
  const continuation = ' '.repeat(indent.length + dashes.length + (key ? 2 : 0));
  const words = value.split(/(?<! ) (?! )/);
  const lines: string[] = [];
  let current = indent + dashes + key + words[0];
  for (let i = 1; i < words.length; i++) {
    const lastOfQuoted = quoted && i === words.length - 1 && words[i] === "'";
    if (current.length > WIDTH && !lastOfQuoted) {
      lines.push(current);
      current = continuation + words[i];
    } else current += ` ${words[i]}`;
  }
  lines.push(current);
  const folded = lines.join('\n');
  if (folded === line) return line;
  // Keep the fold only when it reads back as the same value.
  const dedent = (text: string) =>
    text
      .split('\n')
      .map((l) => l.slice(indent.length))
      .join('\n');
  try {
    return JSON.stringify(YAML.parse(dedent(folded))) === JSON.stringify(YAML.parse(dedent(line))) ? folded : line;
  } catch {
    return line;
  }
}

/** `document` as YAML in the spec's style (block sequences not indented, single quotes, prose wrapped at 120). */
export function toYaml(document: unknown, header = ''): string {
  const flat = YAML.stringify(document, {
    indentSeq: false,
    lineWidth: 0,
    singleQuote: true,
    aliasDuplicateObjects: false,
  });
  const out: string[] = [];
  let blockIndent = -1; // inside a `|`/`>` block scalar: its parent line's indent
  for (const line of flat.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0 && (line.trim() === '' || indent > blockIndent)) {
      out.push(line);
      continue;
    }
    blockIndent = /(?:^|:| -|^-) [|>][+-]?\d*$|^\s*- [|>][+-]?\d*$/.test(line) ? indent : -1;
    out.push(blockIndent >= 0 ? line : foldLine(line));
  }
  const text = out.join('\n');
  // Belt and braces: if folding changed any value, write the unfolded text.
  return header + (JSON.stringify(YAML.parse(text)) === JSON.stringify(document) ? text : flat);
}
