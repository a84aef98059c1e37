/**
 * Builds the request model from an operation and what the reader typed in. Pure: no DOM, no React.
 */
import type { OperationData } from '../openapi/types';
import type { NameValue, RequestModel } from './model';

/** What snippets show instead of the key until the reader reveals it. */
export const API_KEY_PLACEHOLDER = '<your_api_key_here>';

export interface RequestInputs {
  /** Base URL including the API prefix, e.g. `https://tianji.example.com/open` (no trailing slash needed). */
  baseUrl: string;
  pathParams: Record<string, string>;
  /** Query values; empty or missing optional values are left out. */
  query: Record<string, string>;
  headers: Record<string, string>;
  /** The JSON body as typed, sent verbatim. */
  body?: string;
  /** The key to put in `Authorization`. Not used for public operations. */
  apiKey?: string;
  /**
   * For code shown to readers: without a key, write `Bearer <your_api_key_here>` so the snippet shows where
   * the key goes. A request that is actually sent carries no `Authorization` header without a key.
   */
  keyPlaceholder?: boolean;
}

/** RFC 3986 encoding of one path segment or query component (spaces as %20, not `+`). */
export function encodeComponent(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function expandPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeComponent(values[name] ?? ''));
}

export function buildQueryString(pairs: NameValue[]): string {
  return pairs.map((p) => `${encodeComponent(p.name)}=${encodeComponent(p.value)}`).join('&');
}

export function buildRequest(op: OperationData, inputs: RequestInputs): RequestModel {
  const base = inputs.baseUrl.replace(/\/+$/, '');
  const query: NameValue[] = [];
  const headers: NameValue[] = [];
  for (const param of op.parameters) {
    if (param.in === 'query') {
      const value = inputs.query[param.name];
      if (value !== undefined && (value !== '' || param.required)) query.push({ name: param.name, value });
    } else if (param.in === 'header') {
      const value = inputs.headers[param.name];
      if (value !== undefined && (value !== '' || param.required)) headers.push({ name: param.name, value });
    }
  }
  const queryString = buildQueryString(query);
  const url = `${base}${expandPath(op.path, inputs.pathParams)}${queryString ? `?${queryString}` : ''}`;

  const key = inputs.apiKey || (inputs.keyPlaceholder ? API_KEY_PLACEHOLDER : undefined);
  if (op.secured && key) headers.unshift({ name: 'Authorization', value: `Bearer ${key}` });
  const hasBody = op.requestBody !== undefined && inputs.body !== undefined && inputs.body.trim() !== '';
  if (hasBody) headers.push({ name: 'Content-Type', value: op.requestBody!.mediaType });

  return {
    method: op.method,
    url,
    headers,
    body: hasBody ? { mimeType: op.requestBody!.mediaType, text: inputs.body! } : undefined,
  };
}
