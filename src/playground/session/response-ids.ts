/**
 * Ids in a response that other operations take, offered as shared values. Two sources, in this order:
 *  1. the OpenAPI `links` of the response, where the spec declares them: exactly those (an empty `links: {}`
 *     means "none"), resolved from their runtime expressions;
 *  2. otherwise the rule, on each record of the body (the body itself, the items of an array body, or of its
 *     `items`/`list` array):
 *     - a property named like a shared parameter (`workspaceId`, `monitorId`, …) offers its value for it;
 *     - the record's `id` offers itself for the parameter the operation's `x-tianji-resource` says it `offers`
 *       (`website-add` → `websiteId`; src/openapi/resources.ts). An operation that returns things inside a
 *       resource it takes (a website's reports, a monitor's events) declares none.
 * Values the request itself sent for the same parameter are not offered again. Pure: no DOM, no React.
 */
import { isPlainObject, type JsonObject } from '../../openapi/json';
import { documentedResponse, listItems } from '../../openapi/responses';
import type { OperationData, OperationLink } from '../../openapi/types';
import type { PlaygroundValues } from '../initial-values';
import { evaluateExpression } from '../../recipes/expression-eval';
import { parseRuntimeExpression, type RuntimeExpression } from '../../recipes/expression-parse';

export interface IdOffer {
  /** The parameter it is for. */
  name: string;
  value: string;
  /** The operations a link sends it to; empty when the rule found it (every operation that takes `name`). */
  operations: string[];
  /** The record's name, title or domain, to tell the items of a list apart. */
  label?: string;
}

export interface ResponseIdsInput {
  operation: Pick<OperationData, 'responses' | 'resource'>;
  status: number;
  /** The parsed JSON body. */
  body: unknown;
  headers?: ReadonlyArray<[string, string]>;
  /** What was sent: parameter values and the body as typed. */
  request: PlaygroundValues;
  sharedNames: ReadonlySet<string>;
}

/** Past this many records a list's ids are not all worth a button. */
export const MAX_OFFERS = 20;

function idText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

interface ExpressionContext {
  status: number;
  body: unknown;
  headers: ReadonlyArray<[string, string]>;
  request: PlaygroundValues;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const lowerCased = (entries: Iterable<[string, string]>): Record<string, string> =>
  Object.fromEntries([...entries].map(([name, value]) => [name.toLowerCase(), value]));

/**
 * Evaluates an OpenAPI runtime expression (`$response.body#/id`, `$request.path.workspaceId`, …) with the recipes'
 * Arazzo expression parser and evaluator (Arazzo's grammar extends OpenAPI's), or passes a constant through; an
 * expression that does not parse names nothing.
 */
export function resolveExpression(expression: unknown, ctx: ExpressionContext): unknown {
  if (typeof expression !== 'string' || !expression.startsWith('$')) return expression;
  let parsed: RuntimeExpression;
  try {
    parsed = parseRuntimeExpression(expression);
  } catch {
    return undefined;
  }
  const { request } = ctx;
  return evaluateExpression(parsed, {
    inputs: {},
    steps: {},
    statusCode: ctx.status,
    request: {
      path: request.path,
      query: request.query,
      headers: lowerCased(Object.entries(request.header)),
      body: parseJson(request.body),
    },
    response: { headers: lowerCased(ctx.headers), body: ctx.body },
  });
}

function linkOffers(links: OperationLink[], ctx: ExpressionContext): IdOffer[] {
  return links.flatMap((link) =>
    Object.entries(link.parameters).flatMap(([param, expression]) => {
      const value = idText(resolveExpression(expression, ctx));
      // A link may name its parameter `path.websiteId` to say where it goes; the name is what is shared.
      const name = param.replace(/^(path|query|header|cookie)\./, '');
      return value === undefined ? [] : [{ name, value, operations: link.operationId ? [link.operationId] : [] }];
    }),
  );
}

function recordsOf(body: unknown): JsonObject[] {
  const items = (listItems(body) ?? []).filter(isPlainObject);
  return isPlainObject(body) ? [body, ...items] : items;
}

function labelOf(record: JsonObject): string | undefined {
  const label = [record.name, record.title, record.domain].find((v) => typeof v === 'string' && v.trim() !== '');
  return typeof label === 'string' ? label.slice(0, 80) : undefined;
}

function ruleOffers(input: ResponseIdsInput): IdOffer[] {
  const idName = input.operation.resource?.offers;
  return recordsOf(input.body).flatMap((record) => {
    const label = labelOf(record);
    const offers: IdOffer[] = [];
    const id = idText(record.id);
    if (idName && id !== undefined) offers.push({ name: idName, value: id, operations: [], label });
    for (const [name, raw] of Object.entries(record)) {
      const value = idText(raw);
      if (input.sharedNames.has(name) && value !== undefined) offers.push({ name, value, operations: [], label });
    }
    return offers;
  });
}

export function responseIdOffers(input: ResponseIdsInput): IdOffer[] {
  if (input.status < 200 || input.status > 299) return [];
  const links = documentedResponse(input.operation.responses, input.status)?.links;
  const ctx = { status: input.status, body: input.body, headers: input.headers ?? [], request: input.request };
  const found = links ? linkOffers(links, ctx) : ruleOffers(input);
  const sent = { ...input.request.query, ...input.request.path };
  const offers = new Map<string, IdOffer>();
  for (const offer of found) {
    if (sent[offer.name] === offer.value) continue;
    const key = `${offer.name}\u0000${offer.value}`;
    const known = offers.get(key);
    if (known) known.operations = [...new Set([...known.operations, ...offer.operations])];
    else if (offers.size < MAX_OFFERS) offers.set(key, { ...offer });
  }
  return [...offers.values()];
}
