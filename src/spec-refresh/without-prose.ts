/**
 * The server's document as we store it (openapi/upstream/): its facts without its prose. Tianji's own sentences
 * (summaries and descriptions) are not ours to keep; every text the site shows comes from our overlays, so a
 * pulled operation that still needs our words shows none until an overlay gives them (the description check
 * says which). A response keeps an empty `description`, which OpenAPI requires. Data stays as it is: examples,
 * defaults, enums and constants are values, not prose, even where they hold a `description` key. Pure.
 */
import { isPlainObject, type JsonObject } from '../openapi/json';
import { LITERAL_KEYWORDS, NAME_MAP_KEYWORDS } from '../openapi/keywords';

const PROSE = new Set(['summary', 'description']);
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
    // A media type's `examples` maps names to Example objects, whose prose goes (their `value` is data); a
    // schema's `examples` is a list of values.
    else if (key === 'examples' && isPlainObject(value)) out[key] = strip(value, 'names');
    else if (LITERAL_KEYWORDS.has(key)) out[key] = value;
    else if (key === 'responses' && isPlainObject(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([code, r]) => [code, strip(r, 'response')]));
    else out[key] = strip(value, NAME_MAP_KEYWORDS.has(key) && isPlainObject(value) ? 'names' : 'object');
  }
  return out;
}

export function withoutProse(document: JsonObject): JsonObject {
  return strip(document) as JsonObject;
}
