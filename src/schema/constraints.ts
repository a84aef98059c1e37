/**
 * A field's constraints said in words ("1 to 100 characters", "at least 0", "default: 20", "lowercase letters (a–z)
 * and digits only") rather than as JSON Schema keywords. Each is a message of the UI catalog (an id in
 * i18n/<locale>/code.json with its English text and `{placeholders}`) and the values to fill in: the page translates
 * it with Docusaurus, the Markdown twin with the locale's code.json (`fillMessage`). Pure.
 */
import type { SchemaObject } from '../openapi/types';
import { PATTERN_CLASSES } from '../request/validation-messages';

/** Every message a constraint or a value list is said with: its UI-catalog id and its English text. */
export const CONSTRAINT_MESSAGES = {
  lengthRange: { id: 'api.schema.constraint.lengthRange', message: '{min} to {max} characters' },
  lengthExact: { id: 'api.schema.constraint.lengthExact', message: 'exactly {min} characters' },
  notEmpty: { id: 'api.schema.constraint.notEmpty', message: 'not empty' },
  minLength: { id: 'api.schema.constraint.minLength', message: 'at least {min} characters' },
  maxLength: { id: 'api.schema.constraint.maxLength', message: 'at most {max} characters' },
  range: { id: 'api.schema.constraint.range', message: 'from {min} to {max}' },
  minimum: { id: 'api.schema.constraint.minimum', message: 'at least {min}' },
  maximum: { id: 'api.schema.constraint.maximum', message: 'at most {max}' },
  exclusiveMinimum: { id: 'api.schema.constraint.exclusiveMinimum', message: 'more than {min}' },
  exclusiveMaximum: { id: 'api.schema.constraint.exclusiveMaximum', message: 'less than {max}' },
  itemsRange: { id: 'api.schema.constraint.itemsRange', message: '{min} to {max} items' },
  itemsNotEmpty: { id: 'api.schema.constraint.itemsNotEmpty', message: 'at least one item' },
  minItems: { id: 'api.schema.constraint.minItems', message: 'at least {min} items' },
  maxItems: { id: 'api.schema.constraint.maxItems', message: 'at most {max} items' },
  uniqueItems: { id: 'api.schema.constraint.uniqueItems', message: 'no item twice' },
  default: { id: 'api.schema.constraint.default', message: 'default: {value}' },
  pattern: { id: 'api.schema.constraint.pattern', message: 'pattern: {pattern}' },
  // Patterns a reader knows by name: the words the parameter checks use (validation.pattern.*).
  lowercaseAlphanumeric: {
    id: 'validation.pattern.lowercaseAlphanumeric',
    message: 'lowercase letters (a–z) and digits only',
  },
  ipv4: { id: 'validation.pattern.ipv4', message: 'an IPv4 address, such as 192.0.2.1' },
  hostname: { id: 'validation.pattern.hostname', message: 'a host name, such as example.com' },
  // The heading of a field's value list, with the colon of the language.
  valuesEnforced: { id: 'api.schema.values.enforced', message: 'Allowed values:' },
  valuesDocumented: {
    id: 'api.schema.values.documented',
    message: 'Documented values (the server does not check them):',
  },
} as const satisfies Record<string, { id: string; message: string }>;

export type ConstraintKey = keyof typeof CONSTRAINT_MESSAGES;

/** Placeholders holding literal data (shown as code); the others are numbers, part of the sentence. */
export const LITERAL_PLACEHOLDERS: ReadonlySet<string> = new Set(['value', 'pattern']);

/** One constraint: which message, and the values for its placeholders. */
export interface Constraint {
  key: ConstraintKey;
  values: Record<string, string>;
}

/** A regular expression longer than this is not shown (it would say nothing at a glance). */
const LONGEST_PATTERN = 60;

/** Bounds that only say "a JavaScript-safe integer" (zod's `.int()`): noise, left out. */
const isSafeIntegerBound = (n: unknown) => Math.abs(Number(n)) === Number.MAX_SAFE_INTEGER;

const c = (key: ConstraintKey, values: Record<string, unknown> = {}): Constraint => ({
  key,
  values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
});

function lengths(s: SchemaObject, out: Constraint[]) {
  const { minLength: min, maxLength: max } = s;
  if (min !== undefined && max !== undefined) out.push(c(min === max ? 'lengthExact' : 'lengthRange', { min, max }));
  else if (min === 1) out.push(c('notEmpty'));
  else if (min !== undefined && min > 0) out.push(c('minLength', { min }));
  else if (max !== undefined) out.push(c('maxLength', { max }));
}

function bounds(s: SchemaObject, out: Constraint[]) {
  const min = isSafeIntegerBound(s.minimum) ? undefined : s.minimum;
  const max = isSafeIntegerBound(s.maximum) ? undefined : s.maximum;
  if (min !== undefined && max !== undefined) out.push(c('range', { min, max }));
  else if (min !== undefined) out.push(c('minimum', { min }));
  else if (max !== undefined) out.push(c('maximum', { max }));
  if (typeof s.exclusiveMinimum === 'number') out.push(c('exclusiveMinimum', { min: s.exclusiveMinimum }));
  if (typeof s.exclusiveMaximum === 'number') out.push(c('exclusiveMaximum', { max: s.exclusiveMaximum }));
}

function items(s: SchemaObject, out: Constraint[]) {
  const min = typeof s.minItems === 'number' ? s.minItems : undefined;
  const max = typeof s.maxItems === 'number' ? s.maxItems : undefined;
  if (min !== undefined && max !== undefined) out.push(c('itemsRange', { min, max }));
  else if (min === 1) out.push(c('itemsNotEmpty'));
  else if (min !== undefined && min > 0) out.push(c('minItems', { min }));
  else if (max !== undefined) out.push(c('maxItems', { max }));
  if (s.uniqueItems === true) out.push(c('uniqueItems'));
}

/**
 * The constraints worth showing beside a field, in the order readers look for them: length, range, items,
 * pattern, default. Its type and format are in the type label, its values in their own list (values.ts).
 */
export function schemaConstraints(schema: unknown): Constraint[] {
  if (!schema || typeof schema !== 'object') return [];
  const s = schema as SchemaObject;
  const out: Constraint[] = [];
  lengths(s, out);
  bounds(s, out);
  items(s, out);
  if (typeof s.pattern === 'string') {
    // Patterns a reader knows by name: the classes of the parameter checks, said with their words.
    const known = PATTERN_CLASSES[s.pattern as keyof typeof PATTERN_CLASSES] as ConstraintKey | undefined;
    if (known) out.push(c(known));
    else if (s.pattern.length <= LONGEST_PATTERN) out.push(c('pattern', { pattern: s.pattern }));
  }
  if (s.default !== undefined) out.push(c('default', { value: JSON.stringify(s.default) }));
  return out;
}

/** A message with its `{placeholders}` filled in (Docusaurus' own syntax, for text outside React). */
export function fillMessage(template: string, values: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The constraints as words with the given templates (a locale's, or English: `englishTemplates`). */
export function constraintWords(list: Constraint[], templates: Record<ConstraintKey, string>): string[] {
  return list.map((item) => fillMessage(templates[item.key], item.values));
}

/** The English templates, as written in the table above. */
export const englishTemplates = Object.fromEntries(
  Object.entries(CONSTRAINT_MESSAGES).map(([key, m]) => [key, m.message]),
) as Record<ConstraintKey, string>;
