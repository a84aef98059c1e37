/**
 * From a dereferenced OpenAPI document to the site's `OperationData` (see types.ts): the one derivation that
 * pages, playground, mock, guides and tests read (through src/openapi/model.ts).
 */
import { sample } from 'openapi-sampler';
import { isJsonMediaType, isPlainObject, type JsonObject } from './json';
import { HTTP_METHODS } from './methods';
import { RESOURCE_EXTENSION, resourceOf } from './resources';
import type {
  HttpMethod,
  JsonSchema,
  OperationData,
  OperationLink,
  OperationParameter,
  OperationResponse,
} from './types';

export interface OperationSource {
  method: string;
  path: string;
  operation: JsonObject;
  /** Document-level `security`, the default for operations without their own. */
  defaultSecurity?: unknown;
  /** Parameters declared on the path item, shared by its operations. */
  pathParameters?: unknown;
}

const objects = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isPlainObject) : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function pickJsonContent(content: unknown): [string, JsonObject] | undefined {
  if (!isPlainObject(content)) return undefined;
  const entries = Object.entries(content).filter((e): e is [string, JsonObject] => isPlainObject(e[1]));
  return entries.find(([type]) => isJsonMediaType(type)) ?? entries[0];
}

/** An example for a media type object: its own example, the first of `examples`, or one sampled from the schema. */
export function exampleOf(media: JsonObject | undefined): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const first = isPlainObject(media.examples) ? Object.values(media.examples)[0] : undefined;
  if (isPlainObject(first) && 'value' in first) return first.value;
  if (isPlainObject(media.schema)) {
    try {
      return sample(media.schema, { skipReadOnly: true, quiet: true });
    } catch {
      return undefined; // A schema the sampler cannot handle simply gets no example.
    }
  }
  return undefined;
}

export function isSecured(operation: JsonObject, defaultSecurity: unknown): boolean {
  const security = Array.isArray(operation.security) ? operation.security : Array.isArray(defaultSecurity) ? defaultSecurity : [];
  // `{}` in the list means "no auth" is one accepted option, so the key is optional.
  return security.length > 0 && !security.some((req) => !isPlainObject(req) || Object.keys(req).length === 0);
}

function parametersOf(source: OperationSource): OperationParameter[] {
  // An operation's own parameter overrides the path item's of the same name and location.
  const byKey = new Map<string, JsonObject>();
  for (const p of [...objects(source.pathParameters), ...objects(source.operation.parameters)]) {
    if (p.name && p.in) byKey.set(`${p.in}:${p.name}`, p);
  }
  return [...byKey.values()]
    .filter((p) => p.in === 'path' || p.in === 'query' || p.in === 'header')
    .map((p) => ({
      name: String(p.name),
      in: p.in as OperationParameter['in'],
      required: p.in === 'path' || p.required === true,
      description: text(p.description),
      schema: (isPlainObject(p.schema) ? p.schema : {}) as JsonSchema,
    }));
}

function responsesOf(operation: JsonObject): OperationResponse[] {
  const responses = isPlainObject(operation.responses) ? operation.responses : {};
  return Object.entries(responses).map(([status, r]) => {
    const response = isPlainObject(r) ? r : {};
    const media = pickJsonContent(response.content);
    return {
      status,
      description: text(response.description) ?? '',
      mediaType: media?.[0],
      schema: media?.[1].schema as JsonSchema | undefined,
      example: exampleOf(media?.[1]),
      ...(isPlainObject(response.links) && { links: linksOf(response.links) }),
    };
  });
}

function linksOf(links: JsonObject): OperationLink[] {
  return Object.entries(links)
    .filter((e): e is [string, JsonObject] => isPlainObject(e[1]))
    .map(([name, link]) => ({
      name,
      operationId: text(link.operationId),
      parameters: isPlainObject(link.parameters) ? link.parameters : {},
    }));
}

export function toOperationData(source: OperationSource): OperationData {
  const { operation: op } = source;
  const requestBody = isPlainObject(op.requestBody) ? op.requestBody : undefined;
  const body = pickJsonContent(requestBody?.content);
  const method = source.method.toUpperCase() as HttpMethod;
  const summary = text(op.summary);
  const resource = resourceOf(op[RESOURCE_EXTENSION]);
  return {
    id: String(op.operationId ?? `${source.method}-${source.path}`),
    method,
    path: source.path,
    tag: Array.isArray(op.tags) && op.tags.length > 0 ? String(op.tags[0]) : '',
    summary: summary ?? String(op.operationId ?? `${method} ${source.path}`),
    description: text(op.description) !== summary ? text(op.description) : undefined,
    secured: isSecured(op, source.defaultSecurity),
    parameters: parametersOf(source),
    requestBody: body
      ? {
          required: requestBody?.required === true,
          mediaType: body[0],
          schema: (isPlainObject(body[1].schema) ? body[1].schema : {}) as JsonSchema,
          example: exampleOf(body[1]),
        }
      : undefined,
    responses: responsesOf(op),
    ...(resource && { resource }),
  };
}

/** Every operation of a dereferenced document, in document order. */
export function operationsOf(document: JsonObject): OperationData[] {
  const out: OperationData[] = [];
  const paths = isPlainObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isPlainObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isPlainObject(operation)) continue;
      out.push(
        toOperationData({
          method,
          path,
          operation,
          defaultSecurity: document.security,
          pathParameters: item.parameters,
        }),
      );
    }
  }
  return out;
}
