/**
 * The small JSON facts every folder shares, each with one home: what a plain object is, which media types carry
 * JSON, and RFC 6901 JSON pointers. Pure: no DOM, no Node, so the browser and the build both import it.
 */

/** JSON values as the OpenAPI model reads them: a document, a schema, a parsed body. */
export type JsonObject = Record<string, unknown>;

/** True for `{…}` objects: not null, not an array. */
export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a media type carries one JSON document: `application/json`, `text/json` and any `+json` suffix
 * (`application/problem+json`), parameters (`; charset=utf-8`) and case ignored. Line-delimited JSON
 * (`application/jsonl`, `application/x-ndjson`) and `application/json-seq` do not count: they hold a stream of
 * documents, which `JSON.parse` cannot read whole.
 */
export function isJsonMediaType(mediaType: string | undefined): boolean {
  const essence = (mediaType ?? '').split(';')[0].trim().toLowerCase();
  return essence === 'application/json' || essence === 'text/json' || /^[\w.+-]+\/[\w.+-]+\+json$/.test(essence);
}

// JSON pointers by hand (RFC 6901 is two substitutions and a walk): the kept libraries either bring a grammar
// parser into the browser bundle (@swaggerexpert/json-pointer → apg-lite) or read through prototypes and have no
// escape function (jsonpointer).

/** One reference token as a pointer writes it: `~` → `~0`, `/` → `~1`. */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A written reference token back to the key it names: `~1` → `/`, then `~0` → `~`. */
export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The pointer to a path of keys: `['paths', '/pets']` → `/paths/~1pets`; no keys → `` (the whole document). */
export function pointerOf(keys: readonly string[]): string {
  return keys.map((key) => `/${escapePointerToken(key)}`).join('');
}

/**
 * The keys a pointer names, in order: `/paths/~1pets` → `['paths', '/pets']`, `` → `[]`. A URI fragment
 * (`#/paths/%7Bid%7D`, as `$ref`s write them) is percent-decoded first. Undefined for a string that is no pointer.
 */
export function pointerKeys(pointer: string): string[] | undefined {
  let text = pointer;
  if (text.startsWith('#')) {
    try {
      text = decodeURIComponent(text.slice(1));
    } catch {
      return undefined;
    }
  }
  if (text === '') return [];
  if (!text.startsWith('/')) return undefined;
  return text.slice(1).split('/').map(unescapePointerToken);
}

/**
 * What a pointer leads to in `value`, or undefined where it leads nowhere: own properties of objects only (never
 * `constructor` and the like), array items by their canonical index (`0`, `12`; not `01` or `-`).
 */
export function resolvePointer(value: unknown, pointer: string): unknown {
  const keys = pointerKeys(pointer);
  if (!keys) return undefined;
  let node = value;
  for (const key of keys) {
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(key)) node = node[Number(key)];
    else if (isPlainObject(node) && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}
