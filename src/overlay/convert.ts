/**
 * The one-time conversion of our hand-merged spec into overlays: what `ours` (openapi/tianji.yaml as it was) has
 * that `upstream` (the server's document) has not, as OpenAPI Overlay 1.0 actions, sorted by concern into files.
 * Used once by scripts/overlay-convert.ts; since then the overlays are edited by hand. Pure.
 *
 * Overlay 1.0 `update` merges objects and appends to arrays, so a value that replaces upstream's (a different
 * scalar type, another array, a `$ref` for an inline object) is written as a `remove` of upstream's node followed by
 * an `update` of its parent; both land in the same file, the removal first.
 */
import { isDeepStrictEqual } from 'node:util';
import { isPlainObject, type JsonObject } from '../openapi/json';
import { isHttpMethod } from '../openapi/methods';
import { targetOf, type TargetStep } from './target';

export interface OverlayAction {
  target: string;
  update?: unknown;
  remove?: true;
}

/** The concerns our layer is split into; each becomes one `<n>-<concern>.overlay.yaml`. */
export const CONCERNS = ['document', 'operations', 'parameters', 'errors', 'schemas', 'examples', 'links'] as const;
export type Concern = (typeof CONCERNS)[number];

const OPERATION_FIELDS = ['operationId', 'tags', 'summary', 'description', 'security', 'externalDocs', 'deprecated'];
const isErrorStatus = (status: string) => /^[45]/.test(status) || status === 'default';

/** Which concern the value at `steps` (a key or a parameter) belongs to. */
export function concernOf(steps: readonly TargetStep[]): Concern {
  const keys = steps.map((s) => (typeof s === 'object' ? 'parameter' : String(s)));
  for (let i = 0; i < keys.length; i++) {
    const parent = keys[i - 1];
    if (parent === 'properties') continue;
    if (keys[i] === 'example' || keys[i] === 'examples') return 'examples';
    if (keys[i] === 'links' && keys[i - 2] === 'responses') return 'links';
  }
  if (keys[0] === 'components')
    return keys[1] === 'responses' || (keys[1] === 'schemas' && /^(Error|error\.)/.test(keys[2] ?? ''))
      ? 'errors'
      : keys[1] === 'securitySchemes'
        ? 'document'
        : 'schemas';
  if (keys[0] !== 'paths') return 'document';
  if (keys.length <= 2) return 'operations';
  if (keys[2] === 'parameters') return 'parameters';
  if (!isHttpMethod(keys[2])) return 'operations';
  if (keys.length === 3) return 'operations';
  const field = keys[3];
  if (field === 'parameters') return 'parameters';
  if (field === 'responses' && keys[4] !== undefined && isErrorStatus(keys[4])) return 'errors';
  if (OPERATION_FIELDS.includes(field) || field.startsWith('x-')) return 'operations';
  return 'schemas';
}

interface Collected {
  removes: { steps: TargetStep[]; concern: Concern }[];
  /** Keys to set on the node at `steps`, by concern. */
  sets: Map<string, { steps: TargetStep[]; concern: Concern; update: JsonObject }>;
}

const isParameter = (p: unknown): p is JsonObject =>
  isPlainObject(p) && typeof p.name === 'string' && typeof p.in === 'string';
const paramStep = (p: JsonObject) => ({ name: String(p.name), in: String(p.in) });
const sameParam = (a: JsonObject, b: JsonObject) => a.name === b.name && a.in === b.in;

function set(out: Collected, steps: TargetStep[], key: string, value: unknown) {
  const concern = concernOf([...steps, key]);
  const id = `${targetOf(steps)}\n${concern}`;
  const entry = out.sets.get(id) ?? { steps, concern, update: {} };
  entry.update[key] = value;
  out.sets.set(id, entry);
}

function diffNode(up: unknown, ours: unknown, steps: TargetStep[], out: Collected) {
  if (isPlainObject(up) && isPlainObject(ours)) {
    const replaced = '$ref' in up !== '$ref' in ours;
    if (!replaced) {
      for (const key of Object.keys(up))
        if (!(key in ours)) out.removes.push({ steps: [...steps, key], concern: concernOf([...steps, key]) });
      for (const [key, value] of Object.entries(ours)) {
        if (!(key in up)) set(out, steps, key, value);
        else diffChild(up[key], value, steps, key, out);
      }
    }
    return;
  }
}

/** The child `key` of the node at `steps`: equal, recursed into, or replaced (remove + set on the parent). */
function diffChild(up: unknown, ours: unknown, steps: TargetStep[], key: string, out: Collected) {
  if (isDeepStrictEqual(up, ours)) return;
  const here = [...steps, key];
  if (isPlainObject(up) && isPlainObject(ours) && '$ref' in up === '$ref' in ours) {
    diffNode(up, ours, here, out);
    return;
  }
  if (Array.isArray(up) && Array.isArray(ours) && up.every(isParameter) && ours.every(isParameter)) {
    for (const p of up)
      if (!ours.some((q) => sameParam(p, q)))
        out.removes.push({ steps: [...here, paramStep(p)], concern: concernOf([...here, paramStep(p)]) });
    const added: JsonObject[] = [];
    for (const q of ours) {
      const p = up.find((candidate) => sameParam(candidate, q));
      if (p) diffNode(p, q, [...here, paramStep(q)], out);
      else added.push(q);
    }
    if (added.length > 0) set(out, steps, key, added);
    return;
  }
  if (!isPlainObject(ours) && !Array.isArray(ours) && !isPlainObject(up) && !Array.isArray(up)) {
    set(out, steps, key, ours); // a scalar over a scalar: the merge replaces it
    return;
  }
  out.removes.push({ steps: here, concern: concernOf(here) });
  set(out, steps, key, ours);
}

/**
 * Actions that say once what holds for every operation: each error status answers the response we document for
 * it in `components.responses` (the one most of our operations use), in place of upstream's inline error. New
 * operations a pull brings get them too.
 */
export function errorRules(ours: JsonObject): OverlayAction[] {
  const counts = new Map<string, Map<string, number>>();
  for (const item of Object.values(isPlainObject(ours.paths) ? ours.paths : {}))
    for (const [method, operation] of Object.entries(isPlainObject(item) ? item : {})) {
      if (!isHttpMethod(method) || !isPlainObject(operation) || !isPlainObject(operation.responses)) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        const ref = isPlainObject(response) ? response.$ref : undefined;
        if (!isErrorStatus(status) || typeof ref !== 'string') continue;
        const byRef = counts.get(status) ?? new Map<string, number>();
        byRef.set(ref, (byRef.get(ref) ?? 0) + 1);
        counts.set(status, byRef);
      }
    }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([status, byRef]) => {
      const ref = [...byRef.entries()].sort((a, b) => b[1] - a[1])[0][0];
      const every = targetOf(['paths', '*', '*', 'responses', status]).replace(/\['\*'\]/g, '.*');
      return [
        { target: every, update: { $ref: ref } },
        { target: `${every}.description`, remove: true as const },
        { target: `${every}.content`, remove: true as const },
      ];
    });
}

/**
 * Upstream's per-operation requirements name its own scheme (`Authorization`); ours is `bearerAuth`, declared at the
 * top level. Every upstream requirement goes, so an operation a pull brings is secured by the top-level default;
 * the diff then sets ours (public or secured) on each operation we document.
 */
export function securityRules(ours: JsonObject): OverlayAction[] {
  return Array.isArray(ours.security) ? [{ target: '$.paths.*.*.security', remove: true }] : [];
}

/**
 * A parameter that several operations take (same name and location) and that our spec describes the same way
 * everywhere gets its description in one action, operations a pull brings included.
 */
export function parameterRules(ours: JsonObject): OverlayAction[] {
  const seen = new Map<string, { step: { name: string; in: string }; uses: number; texts: Set<unknown> }>();
  for (const item of Object.values(isPlainObject(ours.paths) ? ours.paths : {}))
    for (const [method, operation] of Object.entries(isPlainObject(item) ? item : {})) {
      if (!isHttpMethod(method) || !isPlainObject(operation) || !Array.isArray(operation.parameters)) continue;
      for (const p of operation.parameters.filter(isParameter)) {
        const step = paramStep(p);
        const id = `${step.in}:${step.name}`;
        const entry = seen.get(id) ?? { step, uses: 0, texts: new Set() };
        entry.uses++;
        entry.texts.add(p.description);
        seen.set(id, entry);
      }
    }
  return [...seen.values()]
    .filter(({ uses, texts }) => uses > 1 && texts.size === 1 && typeof [...texts][0] === 'string')
    .map(({ step, texts }) => ({
      target: targetOf(['paths', '*', '*', 'parameters', step]).replace(/\['\*'\]/g, '.*'),
      update: { description: [...texts][0] },
    }));
}

/** Each success status whose responses all carry the same description in our spec gets it in one action. */
export function successRules(ours: JsonObject): OverlayAction[] {
  const seen = new Map<string, Set<unknown>>();
  for (const item of Object.values(isPlainObject(ours.paths) ? ours.paths : {}))
    for (const [method, operation] of Object.entries(isPlainObject(item) ? item : {})) {
      if (!isHttpMethod(method) || !isPlainObject(operation) || !isPlainObject(operation.responses)) continue;
      for (const [status, response] of Object.entries(operation.responses))
        if (!isErrorStatus(status) && isPlainObject(response))
          seen.set(status, (seen.get(status) ?? new Set()).add(response.description));
    }
  return [...seen.entries()]
    .filter(([, descriptions]) => descriptions.size === 1 && typeof [...descriptions][0] === 'string')
    .map(([status, descriptions]) => ({
      target: targetOf(['paths', '*', '*', 'responses', status]).replace(/\['\*'\]/g, '.*'),
      update: { description: [...descriptions][0] },
    }));
}

/** The overlay actions turning `upstream` into `ours`, by concern, removals first, each in document order. */
export function overlayActions(upstream: JsonObject, ours: JsonObject): Map<Concern, OverlayAction[]> {
  const out: Collected = { removes: [], sets: new Map() };
  diffNode(upstream, ours, [], out);
  const byConcern = new Map<Concern, OverlayAction[]>(CONCERNS.map((c) => [c, []]));
  for (const { steps, concern } of out.removes) byConcern.get(concern)!.push({ target: targetOf(steps), remove: true });
  for (const { steps, concern, update } of out.sets.values())
    byConcern.get(concern)!.push({ target: targetOf(steps), update });
  return byConcern;
}
