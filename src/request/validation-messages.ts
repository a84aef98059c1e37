/**
 * Validation messages from the site's own table, in the register of the rest of the UI: a constraint said in
 * words ("at most 100 characters", "lowercase letters and digits only") rather than Ajv's or ajv-i18n's
 * sentences (whose Japanese gets min/maxLength backwards and shows raw regexes and type names). The table is
 * the UI's catalog (templates with `{placeholders}`), so every locale is translated and hash-checked like the
 * rest; a keyword it does not cover falls back to ajv-i18n.
 */
import type { ErrorObject } from 'ajv';
import type { Localize } from 'ajv-i18n/localize/types';

/** JSON Schema's types, as a reader names them. */
export type TypeName = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** Patterns that stand for a class a reader knows; keyed by the exact pattern text in the spec. */
export const PATTERN_CLASSES = {
  '^[0-9a-z]+$': 'lowercaseAlphanumeric',
  '^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$':
    'ipv4',
  '^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])\\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$':
    'hostname',
} as const satisfies Record<string, string>;

export type PatternClass = (typeof PATTERN_CLASSES)[keyof typeof PATTERN_CLASSES];

/** Formats said in words; others are named as they are. */
export type FormatName = 'date-time' | 'date' | 'email' | 'uri' | 'ipv4' | 'ipv6' | 'hostname' | 'uuid';

/** The templates, one per failure; `{name}` placeholders are filled in from the error. */
export interface ValidationMessages {
  required: string;
  /** `{type}`: one or more type names joined by `or`. */
  type: string;
  types: Record<TypeName, string>;
  or: string;
  notEmpty: string;
  minLength: string;
  maxLength: string;
  minimum: string;
  maximum: string;
  exclusiveMinimum: string;
  exclusiveMaximum: string;
  multipleOf: string;
  /** `{class}`: the pattern said in words. */
  patternClass: string;
  patternClasses: Record<PatternClass, string>;
  /** `{pattern}`: the regular expression, for a pattern with no words. */
  pattern: string;
  /** `{format}`: the format said in words. */
  formatNamed: string;
  formats: Record<FormatName, string>;
  /** `{format}`: a format with no words, by its name. */
  format: string;
  enum: string;
  const: string;
  additionalProperties: string;
  minItems: string;
  maxItems: string;
  uniqueItems: string;
  union: string;
}

type Params = Record<string, unknown>;

const fill = (template: string, values: Record<string, unknown>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

const literal = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function typeWords(types: unknown, m: ValidationMessages): string {
  const names = String(types).split(',');
  return names.map((name) => m.types[name as TypeName] ?? name).join(m.or);
}

/** The message for one Ajv error, or undefined when the table has none for its keyword. */
export function messageFor(error: ErrorObject, m: ValidationMessages): string | undefined {
  const p = error.params as Params;
  switch (error.keyword) {
    case 'required':
      return m.required;
    case 'type':
      return fill(m.type, { type: typeWords(p.type, m) });
    case 'minLength':
      return p.limit === 1 ? m.notEmpty : fill(m.minLength, p);
    case 'maxLength':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minItems':
    case 'maxItems':
    case 'multipleOf':
    case 'uniqueItems':
      return fill(m[error.keyword], p);
    case 'pattern': {
      const known = PATTERN_CLASSES[p.pattern as keyof typeof PATTERN_CLASSES];
      return known ? fill(m.patternClass, { class: m.patternClasses[known] }) : fill(m.pattern, p);
    }
    case 'format': {
      const words = m.formats[p.format as FormatName];
      return words ? fill(m.formatNamed, { format: words }) : fill(m.format, p);
    }
    case 'enum':
      return fill(m.enum, { values: (p.allowedValues as unknown[]).map(literal).join(', ') });
    case 'const':
      return fill(m.const, { value: literal(p.allowedValue) });
    case 'additionalProperties':
      return m.additionalProperties;
    case 'anyOf':
    case 'oneOf':
      return m.union;
    default:
      return undefined;
  }
}

/**
 * A `localize` (the shape ajv-i18n's take: it rewrites each error's message in place) from the table, with
 * `fallback` for the keywords the table does not cover.
 */
export function localizeWith(messages: ValidationMessages, fallback?: Localize): Localize {
  return (errors) => {
    if (!errors) return;
    const uncovered: ErrorObject[] = [];
    for (const error of errors) {
      const message = messageFor(error, messages);
      if (message === undefined) uncovered.push(error);
      else error.message = message;
    }
    if (uncovered.length) fallback?.(uncovered);
  };
}
