/**
 * A prepared request as a link: operation, target, parameters and body go into one URL parameter, so a
 * reader can send a colleague exactly what they built. The API key is never part of it, and neither are
 * header parameters whose names say they carry a credential. Opened, a link fills in values only: where it wants
 * requests to go is offered to the reader (linkTargetChange), never taken.
 */
import { parseInstanceUrl, type DestinationKind } from '../request/destination';
import { CREDENTIAL_NAME } from '../openapi/credentials';
import type { PlaygroundValues } from './initial-values';
import type { PlaygroundSettings } from './settings';

export const SHARE_PARAM = 'request';

export interface SharedRequest {
  operation: string;
  target: DestinationKind;
  instanceUrl?: string;
  values: PlaygroundValues;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeShare(shared: SharedRequest): string {
  const header = Object.fromEntries(
    Object.entries(shared.values.header).filter(([name]) => !CREDENTIAL_NAME.test(name)),
  );
  return toBase64Url(
    JSON.stringify({
      v: 1,
      o: shared.operation,
      t: shared.target,
      u: shared.target === 'instance' ? shared.instanceUrl : undefined,
      p: shared.values.path,
      q: shared.values.query,
      h: header,
      b: shared.values.body,
    }),
  );
}

function stringRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The shared request in a link, or undefined for anything that is not one (links are untrusted input). */
export function decodeShare(encoded: string): SharedRequest | undefined {
  try {
    const data = JSON.parse(fromBase64Url(encoded)) as Record<string, unknown>;
    if (data.v !== 1 || typeof data.o !== 'string') return undefined;
    return {
      operation: data.o,
      target: data.t === 'instance' ? 'instance' : 'mock',
      instanceUrl: typeof data.u === 'string' ? data.u : undefined,
      values: {
        path: stringRecord(data.p),
        query: stringRecord(data.q),
        header: Object.fromEntries(
          Object.entries(stringRecord(data.h)).filter(([name]) => !CREDENTIAL_NAME.test(name)),
        ),
        body: typeof data.b === 'string' ? data.b : '',
      },
    };
  } catch {
    return undefined;
  }
}

/** What the playground holds once a shared request fills it in; a body only for an operation that takes one. */
export function withShared(current: PlaygroundValues, shared: PlaygroundValues, hasBody: boolean): PlaygroundValues {
  return {
    path: { ...current.path, ...shared.path },
    query: { ...current.query, ...shared.query },
    header: { ...current.header, ...shared.header },
    body: hasBody ? shared.body : current.body,
  };
}

/** The page URL with the shared request, opening on the playground. */
export function shareUrl(pageUrl: string, shared: SharedRequest): string {
  const url = new URL(pageUrl);
  url.searchParams.set(SHARE_PARAM, encodeShare(shared));
  url.hash = 'playground';
  return url.toString();
}

/**
 * Where a link wants requests to go, when that is not where the reader has them: a link is untrusted input, so
 * it never moves the target by itself; the page says where it points and waits for the reader's choice.
 * `origin` is what the reader is shown (an http(s) origin, never the raw text of the link).
 */
export type LinkTarget =
  { kind: 'mock' } | { kind: 'instance'; instanceUrl: string; origin: string } | { kind: 'invalid' };

export function linkTargetChange(
  shared: Pick<SharedRequest, 'target' | 'instanceUrl'>,
  current: Pick<PlaygroundSettings, 'target' | 'instanceUrl'>,
  apiPrefix: string,
): LinkTarget | undefined {
  if (shared.target === 'mock') return current.target === 'mock' ? undefined : { kind: 'mock' };
  const wanted = parseInstanceUrl(shared.instanceUrl ?? '', apiPrefix);
  if (!wanted.ok) return { kind: 'invalid' };
  const have = current.target === 'instance' ? parseInstanceUrl(current.instanceUrl, apiPrefix) : undefined;
  if (have?.ok && have.baseUrl === wanted.baseUrl) return undefined;
  return { kind: 'instance', instanceUrl: shared.instanceUrl ?? '', origin: new URL(wanted.baseUrl).origin };
}
