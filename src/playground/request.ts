/** The request for what the reader typed in: the one Send sends, and the one the snippets print. */
import type { OperationData } from '../openapi/types';
import { buildRequest } from '../request/build';
import type { RequestModel } from '../request/model';
import type { PlaygroundValues } from './initial-values';

export interface RequestTarget {
  baseUrl: string;
  apiKey?: string;
  /** For snippets: show where the key goes while there is none to show. */
  keyPlaceholder: boolean;
}

export function playgroundRequest(op: OperationData, values: PlaygroundValues, target: RequestTarget): RequestModel {
  return buildRequest(op, {
    baseUrl: target.baseUrl,
    pathParams: values.path,
    query: values.query,
    headers: values.header,
    body: values.body,
    apiKey: target.apiKey,
    keyPlaceholder: target.keyPlaceholder,
  });
}
