/**
 * The ids of one operation page, claimed in page order from one registry: parameters, then the request body's
 * fields, then each response's. Pure.
 */
import type { OperationData } from '../openapi/types';
import { bodyAnchor, createIdRegistry, paramAnchor, responseAnchor } from './anchors';
import { schemaTree, type SchemaNode } from './tree';

export interface OperationOutline {
  /** A parameter's id by `in:name`. */
  params: Map<string, string>;
  body?: SchemaNode;
  responses: Array<{ status: string; id: string; tree?: SchemaNode }>;
}

/** The id of the request body's heading (its fields' ids start with `body.`, which no element carries). */
export const REQUEST_BODY_SECTION_ID = 'request-body';

export const paramKey = (p: { in: string; name: string }) => `${p.in}:${p.name}`;

export function operationOutline(
  op: Pick<OperationData, 'parameters' | 'requestBody' | 'responses'>,
): OperationOutline {
  const registry = createIdRegistry();
  const params = new Map(op.parameters.map((p) => [paramKey(p), registry.claim(paramAnchor(p.in, p.name))]));
  const body = op.requestBody
    ? schemaTree(op.requestBody.schema, registry.claim(bodyAnchor()), registry, op.requestBody.example)
    : undefined;
  const responses = op.responses.map((r) => {
    const id = registry.claim(responseAnchor(r.status));
    return { status: r.status, id, tree: r.schema ? schemaTree(r.schema, id, registry, r.example) : undefined };
  });
  return { params, body, responses };
}
