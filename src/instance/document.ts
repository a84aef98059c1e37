/**
 * Reading an instance's own OpenAPI document (`<base>/_document`) and health answer as text the browser received:
 * size-capped, parsed only when it is JSON, and described in a word when it is not (HTML, not JSON, not OpenAPI,
 * too large). Pure; the caller fetches.
 */
import { isPlainObject, type JsonObject } from '../openapi/json';
import { HTTP_METHODS } from '../openapi/methods';

/** Tianji's document is about 240 KB; anything past this is not one. */
export const MAX_DOCUMENT_BYTES = 5_000_000;

export type DocumentRead =
  | { ok: true; document: JsonObject; version?: string }
  | { ok: false; reason: 'too-large' | 'html' | 'not-json' | 'not-openapi' };

export function looksLikeHtml(text: string, contentType = ''): boolean {
  return /html/i.test(contentType) || /^\s*<(!doctype|html|head|body)/i.test(text);
}

export function parseInstanceDocument(text: string, contentType = ''): DocumentRead {
  if (text.length > MAX_DOCUMENT_BYTES) return { ok: false, reason: 'too-large' };
  if (looksLikeHtml(text, contentType)) return { ok: false, reason: 'html' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isPlainObject(data) || typeof data.openapi !== 'string' || !isPlainObject(data.paths)) {
    return { ok: false, reason: 'not-openapi' };
  }
  const info = isPlainObject(data.info) ? data.info : {};
  return { ok: true, document: data, version: versionText(info.version) };
}

/** A health answer: JSON (Tianji answers one), and the version when it states one. */
export function parseHealth(text: string, contentType = ''): { json: boolean; version?: string } {
  if (text.length > 100_000 || looksLikeHtml(text, contentType)) return { json: false };
  try {
    const data: unknown = JSON.parse(text);
    if (!isPlainObject(data)) return { json: false };
    return { json: true, version: versionText(data.version) };
  } catch {
    return { json: false };
  }
}

/** `1.22.0` and `v1.22.0` are the same version; the history writes `v1.22.0`. */
export function versionText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^v?(\d+\.\d+\.\d+)$/.exec(value.trim());
  return match ? `v${match[1]}` : undefined;
}

/**
 * The document with only what its facts are made of (operation ids, parameters, request bodies, success
 * responses): the error responses and prose Tianji repeats on every operation are dropped before `$ref`s are
 * resolved, which makes reading the facts of a 240 KB document several times faster. Same facts (tested).
 */
export function pruneForFacts(document: JsonObject): JsonObject {
  const paths: JsonObject = {};
  for (const [path, item] of Object.entries(isPlainObject(document.paths) ? document.paths : {})) {
    if (!isPlainObject(item)) continue;
    const kept: JsonObject = item.parameters === undefined ? {} : { parameters: item.parameters };
    if (typeof item.$ref === 'string') kept.$ref = item.$ref;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isPlainObject(op)) continue;
      const responses = isPlainObject(op.responses) ? op.responses : {};
      kept[method] = {
        operationId: op.operationId,
        parameters: op.parameters,
        requestBody: op.requestBody,
        responses: Object.fromEntries(Object.entries(responses).filter(([status]) => /^2/.test(status))),
      };
    }
    paths[path] = kept;
  }
  return { ...document, paths };
}
