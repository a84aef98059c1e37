/**
 * The server's document as we store it (openapi/upstream/): its facts without its prose. Tianji's own sentences
 * (summaries and descriptions) are not ours to keep; every text the site shows comes from our overlays, so a
 * pulled operation that still needs our words shows none until an overlay gives them (the description check
 * says which). A response keeps an empty `description`, which OpenAPI requires. Data stays as it is: examples,
 * defaults, enums and constants are values, not prose, even where they hold a `description` key. Pure.
 */
import { isPlainObject, type JsonObject } from '../openapi/json';

const PROSE = new Set(['summary', 'description']);
/** Keys whose value is data of the API, never walked. */
const DATA = new Set(['example', 'default', 'const', 'enum', 'value']);
/** Keys whose value maps names (of fields, paths, media types…) to objects: a name there is never prose nor data. */
const NAMED = new Set([
  'properties',
  'patternProperties',
  'dependentSchemas',
  '$defs',
  'definitions',
  'paths',
  'webhooks',
  'schemas',
  'parameters',
  'requestBodies',
  'headers',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
  'content',
  'encoding',
  'variables',
  'examples',
]);

/** `as`: what `node` is, an OpenAPI or schema object, a map of names, or a Response (whose description stays, empty). */
function strip(node: unknown, as: 'object' | 'names' | 'response' = 'object'): unknown {
  if (Array.isArray(node)) return node.map((item) => strip(item));
  if (!isPlainObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (as === 'names') out[key] = strip(value);
    else if (PROSE.has(key) && typeof value === 'string') {
      if (as === 'response' && key === 'description') out[key] = '';
    }
    // A schema's `examples` is a list of values; a media type's is a map of Example objects (their `value` is data).
    else if (DATA.has(key) || (key === 'examples' && Array.isArray(value))) out[key] = value;
    else if (key === 'responses' && isPlainObject(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([code, r]) => [code, strip(r, 'response')]));
    else out[key] = strip(value, NAMED.has(key) && isPlainObject(value) ? 'names' : 'object');
  }
  return out;
}

export function withoutProse(document: JsonObject): JsonObject {
  return strip(document) as JsonObject;
}
