/**
 * How to walk an OpenAPI document without mistaking names or data for its keywords: the one home of these two
 * sets, read by the catalogs' text walk (src/i18n/spec-texts.ts), the upstream's prose stripping
 * (src/spec-refresh/without-prose.ts) and the check of value meanings (src/overlay/enum-meanings.ts).
 */

/** Keywords whose value is data written by the spec's author (shown literally, never translated nor stripped). */
export const LITERAL_KEYWORDS: ReadonlySet<string> = new Set([
  'example',
  'examples',
  'default',
  'enum',
  'const',
  'value',
  'externalValue',
]);

/** Keywords whose value maps names (chosen by the author) to objects: their keys are never keywords. */
export const NAME_MAP_KEYWORDS: ReadonlySet<string> = new Set([
  'paths',
  'webhooks',
  'properties',
  'patternProperties',
  'dependentSchemas',
  '$defs',
  'definitions',
  'schemas',
  'responses',
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
]);
