/**
 * The shape of one API operation as the site uses it, both at build time (page generation) and in the
 * browser (playground, snippets, mock). Produced from the OpenAPI document by `src/openapi/operations.ts`:
 * `$ref`s resolved, text already localized, nothing React- or Docusaurus-specific.
 */
import type { HttpMethod } from './methods';

export type { HttpMethod };

/** A JSON Schema object as found in the spec (OpenAPI 3.1 = JSON Schema 2020-12). */
export type JsonSchema = Record<string, unknown>;

/** The extension holding each value's meaning (Redocly's name, read by other renderers too). */
export const ENUM_DESCRIPTIONS = 'x-enumDescriptions';

/** The keywords the reference pages read from a schema, typed; anything else stays `unknown`. */
export interface SchemaObject {
  type?: string | string[];
  format?: string;
  description?: string;
  properties?: Record<string, SchemaObject>;
  items?: SchemaObject;
  required?: string[];
  anyOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  allOf?: SchemaObject[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  /** What each value means (value → text): on an `enum`, or alone for a list the server does not enforce. */
  'x-enumDescriptions'?: Record<string, string>;
  [keyword: string]: unknown;
}

export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description?: string;
  schema: JsonSchema;
}

export interface OperationRequestBody {
  required: boolean;
  mediaType: string;
  schema: JsonSchema;
  /** An example body, from the spec or sampled from the schema at build time. */
  example?: unknown;
}

export interface OperationResponse {
  status: string;
  description: string;
  mediaType?: string;
  schema?: JsonSchema;
  example?: unknown;
  /** The response's OpenAPI `links`, when it declares any (even an empty map: "none"). */
  links?: OperationLink[];
}

/** One OpenAPI link: values of this response (runtime expressions) for the parameters of another operation. */
export interface OperationLink {
  name: string;
  operationId?: string;
  /** Parameter name → runtime expression (`$response.body#/id`) or constant. */
  parameters: Record<string, unknown>;
}

export type ResourceAction = 'list' | 'get' | 'create' | 'upsert' | 'update' | 'delete';

/** Records of a collection, and the request names (parameters, body fields) that carry their id, tried in order. */
export interface RecordRef {
  collection: string;
  ids: string[];
}

export type ViewKind = 'count' | 'add' | 'list' | 'get' | 'set' | 'countOne' | 'countEach';

/** An answer the store derives (src/mock/views.ts): a count of collections, or child records under a parent. */
export interface OperationView {
  kind: ViewKind;
  /** `count`: a response property → the collection it counts, where the two names differ. */
  counts?: Record<string, string>;
  /** The child records' collection (every kind but `count`). */
  collection?: string;
  /** The parent: its collection and the child's field naming it, also the request name of the parent's id. */
  parent?: { collection: string; key: string };
  /** `get`, `set`: the request name carrying the child's id. */
  id?: string;
  /** `set`: the fields it sets. */
  fields?: Record<string, unknown>;
}

/** The operation's relations, from its `x-tianji-resource` extension (src/openapi/resources.ts). */
export interface OperationResource {
  /** The record it reads or writes, and how; `id` is tried after `ids`. */
  record?: RecordRef & { action: ResourceAction };
  /** The records it works under, which must exist (a website's stats, a channel's events). */
  within?: RecordRef[];
  /** The parameter the `id` of a record in its response is for. */
  offers?: string;
  /** The answer the store derives instead of the example. */
  view?: OperationView;
}

export interface OperationData {
  id: string;
  method: HttpMethod;
  /** Path template as in the spec, e.g. `/workspace/{workspaceId}/website/all`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** True when the operation needs `Authorization: Bearer <key>`. */
  secured: boolean;
  parameters: OperationParameter[];
  requestBody?: OperationRequestBody;
  responses: OperationResponse[];
  /** Its relations, when the spec declares them. */
  resource?: OperationResource;
}
