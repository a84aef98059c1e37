/**
 * The one request model every consumer shares: the playground sends it, each snippet target prints it,
 * the tests execute it. Values are raw (not escaped for any language); the URL is final (path values and
 * query already percent-encoded), so every target sends the very same bytes.
 */
import type { HttpMethod } from '../openapi/types';

export interface NameValue {
  name: string;
  value: string;
}

export interface RequestModel {
  method: HttpMethod;
  /** Absolute URL with the query string, e.g. `https://tianji.example.com/open/website/a%20b?x=1`. */
  url: string;
  /** Header names and values as sent, in order. Values are Latin-1 (what fetch and requests can send). */
  headers: NameValue[];
  /** The body exactly as sent, when there is one. */
  body?: { mimeType: string; text: string };
}
