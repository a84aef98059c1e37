/**
 * What the SDK puts on the wire for a request model, and each way it differs from the model, by name. The executed
 * and in-process snippet tests compare the SDK snippet's request with `expected` byte for byte, and check that the
 * model itself would not have matched (so no reason is listed that is not needed). Derived from the SDK's own
 * rules (its request.ts: `encodeURIComponent` for query keys and values, in the order of its call; the body passed
 * through `JSON.stringify`) and its types (a body field they lack cannot be passed), not from the snippet's text.
 */
import type { RequestModel } from '../../src/request/model';
import { buildQueryString } from '../../src/request/build';
import { pruneToShape, type SdkCall } from '../../src/snippets/targets/ts-sdk/coverage';
import { requestParts } from '../../src/snippets/targets/ts-sdk/parts';

export const SDK_DEVIATIONS = {
  'compact-body': 'the SDK sends the body as JSON.stringify writes it (compact)',
  'query-not-in-sdk': 'the published SDK has no such query parameter, so it is not sent',
  'query-order': 'the SDK writes query parameters in the order of its own call',
  'query-sub-delims': 'the SDK encodes query values with encodeURIComponent, which leaves ! ( ) * as they are',
  'body-not-in-sdk': 'the SDK call takes no body, so none is sent',
  'body-field-not-in-sdk': "the SDK's type for the body lacks a field, so the snippet leaves it out",
} as const;

export type SdkDeviation = keyof typeof SDK_DEVIATIONS;

export interface SdkWire {
  /** The request the SDK sends for `request`. */
  expected: RequestModel;
  /** Why it differs from `request`; empty when it is the same request. */
  reasons: SdkDeviation[];
}

/** Query encoding as the SDK writes it, after the WHATWG URL parser of fetch has encoded `'` in the query. */
const sdkEncode = (text: string): string => encodeURIComponent(text).replace(/'/g, '%27');

export function sdkWire(request: RequestModel, call: SdkCall): SdkWire {
  const reasons: SdkDeviation[] = [];
  const parts = requestParts(request, call.path);
  const queryStart = request.url.indexOf('?');
  const beforeQuery = queryStart === -1 ? request.url : request.url.slice(0, queryStart);

  // Query: only the SDK's parameters, in the SDK's order, encoded the SDK's way.
  const sdkNames = call.query.map((p) => p.name);
  const kept = parts.query.filter((pair) => sdkNames.includes(pair.name));
  if (kept.length < parts.query.length) reasons.push('query-not-in-sdk');
  const ordered = [...kept].sort((a, b) => sdkNames.indexOf(a.name) - sdkNames.indexOf(b.name));
  if (ordered.some((pair, i) => pair !== kept[i])) reasons.push('query-order');
  const query = ordered.map((p) => `${sdkEncode(p.name)}=${sdkEncode(p.value)}`).join('&');
  if (query !== buildQueryString(ordered)) reasons.push('query-sub-delims');

  // Body: none if the call takes none; else what JSON.stringify makes of the parsed text.
  let body = request.body;
  if (body && !call.body) {
    reasons.push('body-not-in-sdk');
    body = undefined;
  } else if (body) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.text);
    } catch {
      parsed = undefined; // not JSON: the snippet's JSON.parse throws, nothing is sent (the test sees it)
    }
    if (parsed !== undefined) {
      if (JSON.stringify(parsed) !== body.text) reasons.push('compact-body');
      const pruned = pruneToShape(parsed, call.body!.shape);
      if (pruned.dropped.length > 0) reasons.push('body-field-not-in-sdk');
      body = { ...body, text: JSON.stringify(pruned.value) };
    }
  }
  const headers = body ? request.headers : request.headers.filter((h) => h.name.toLowerCase() !== 'content-type');

  return {
    expected: { method: request.method, url: query ? `${beforeQuery}?${query}` : beforeQuery, headers, body },
    reasons,
  };
}
