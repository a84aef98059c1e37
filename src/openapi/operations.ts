/**
 * From a dereferenced OpenAPI operation to the site's `OperationData` (see types.ts). Used by the page
 * generator and by the mock data writer, so pages, playground and mock read the same facts.
 */
import { sample } from 'openapi-sampler';
import { HTTP_METHODS } from './methods';
import type { HttpMethod, JsonSchema, OperationData, OperationParameter, OperationResponse } from './types';

type AnyObject = Record<string, any>;

export interface OperationSource {
  method: string;
  path: string;
  operation: AnyObject;
  /** Document-level `security`, the default for operations without their own. */
  defaultSecurity?: unknown[];
  /** Parameters declared on the path item, shared by its operations. */
  pathParameters?: AnyObject[];
}

const JSON_MEDIA = /^application\/([\w.+-]*\+)?json/i;

function pickJsonContent(content: AnyObject | undefined): [string, AnyObject] | undefined {
  if (!content) return undefined;
  const entry = Object.entries(content).find(([type]) => JSON_MEDIA.test(type)) ?? Object.entries(content)[0];
  return entry as [string, AnyObject] | undefined;
}

/** An example for a media type object: its own example, the first of `examples`, or one sampled from the schema. */
export function exampleOf(media: AnyObject | undefined): unknown {
  if (!media) return undefined;
  if (media.example !== undefined) return media.example;
  const first = media.examples && Object.values(media.examples)[0];
  if (first && typeof first === 'object' && 'value' in first) return (first as AnyObject).value;
  if (media.schema && typeof media.schema === 'object') {
    try {
      return sample(media.schema, { skipReadOnly: true, quiet: true });
    } catch {
      return undefined; // A schema the sampler cannot handle simply gets no example.
    }
  }
  return undefined;
}

export function isSecured(operation: AnyObject, defaultSecurity: unknown[] | undefined): boolean {
  const security = (operation.security ?? defaultSecurity ?? []) as AnyObject[];
  // `{}` in the list means "no auth" is one accepted option, so the key is optional.
  return security.length > 0 && !security.some((req) => Object.keys(req ?? {}).length === 0);
}

export function toOperationData(source: OperationSource): OperationData {
  const { operation: op } = source;
  const byKey = new Map<string, AnyObject>();
  for (const p of [...(source.pathParameters ?? []), ...(op.parameters ?? [])]) {
    if (p && typeof p === 'object' && p.name && p.in) byKey.set(`${p.in}:${p.name}`, p);
  }
  const parameters: OperationParameter[] = [...byKey.values()]
    .filter((p) => p.in === 'path' || p.in === 'query' || p.in === 'header')
    .map((p) => ({
      name: String(p.name),
      in: p.in,
      required: p.in === 'path' || p.required === true,
      description: typeof p.description === 'string' ? p.description : undefined,
      schema: (p.schema && typeof p.schema === 'object' ? p.schema : {}) as JsonSchema,
    }));

  const body = pickJsonContent(op.requestBody?.content);
  const responses: OperationResponse[] = Object.entries((op.responses ?? {}) as AnyObject).map(([status, r]) => {
    const media = pickJsonContent(r?.content);
    return {
      status,
      description: typeof r?.description === 'string' ? r.description : '',
      mediaType: media?.[0],
      schema: media?.[1]?.schema,
      example: exampleOf(media?.[1]),
    };
  });

  return {
    id: String(op.operationId ?? `${source.method}-${source.path}`),
    method: source.method.toUpperCase() as HttpMethod,
    path: source.path,
    tag: Array.isArray(op.tags) && op.tags.length > 0 ? String(op.tags[0]) : '',
    summary: String(op.summary ?? op.operationId ?? `${source.method.toUpperCase()} ${source.path}`),
    description: typeof op.description === 'string' && op.description !== op.summary ? op.description : undefined,
    secured: isSecured(op, source.defaultSecurity),
    parameters,
    requestBody: body
      ? {
          required: op.requestBody?.required === true,
          mediaType: body[0],
          schema: (body[1].schema ?? {}) as JsonSchema,
          example: exampleOf(body[1]),
        }
      : undefined,
    responses,
  };
}

/** Every operation of a dereferenced document, in document order. */
export function operationsOf(document: AnyObject): OperationData[] {
  const out: OperationData[] = [];
  for (const [path, item] of Object.entries((document.paths ?? {}) as AnyObject)) {
    for (const method of HTTP_METHODS) {
      if (item?.[method]) {
        out.push(
          toOperationData({
            method,
            path,
            operation: item[method],
            defaultSecurity: document.security,
            pathParameters: item.parameters,
          }),
        );
      }
    }
  }
  return out;
}
