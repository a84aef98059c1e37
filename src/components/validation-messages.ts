/** The validation messages' templates in the reader's language (see src/request/validation-messages.ts). */
import { translate } from '@docusaurus/Translate';
import type { ValidationMessages } from '../request/validation-messages';

export function validationMessages(): ValidationMessages {
  return {
    required: translate({ id: 'validation.required', message: 'Required.' }),
    type: translate({ id: 'validation.type', message: 'Must be {type}.' }),
    types: {
      string: translate({ id: 'validation.type.string', message: 'text' }),
      integer: translate({ id: 'validation.type.integer', message: 'a whole number' }),
      number: translate({ id: 'validation.type.number', message: 'a number' }),
      boolean: translate({ id: 'validation.type.boolean', message: 'true or false' }),
      object: translate({ id: 'validation.type.object', message: 'an object' }),
      array: translate({ id: 'validation.type.array', message: 'a list' }),
      null: translate({ id: 'validation.type.null', message: 'null' }),
    },
    or: translate({ id: 'validation.or', message: ' or ' }),
    notEmpty: translate({ id: 'validation.notEmpty', message: 'Must not be empty.' }),
    minLength: translate({ id: 'validation.minLength', message: 'At least {limit} characters.' }),
    maxLength: translate({ id: 'validation.maxLength', message: 'At most {limit} characters.' }),
    minimum: translate({ id: 'validation.minimum', message: 'Must be {limit} or more.' }),
    maximum: translate({ id: 'validation.maximum', message: 'Must be {limit} or less.' }),
    exclusiveMinimum: translate({ id: 'validation.exclusiveMinimum', message: 'Must be more than {limit}.' }),
    exclusiveMaximum: translate({ id: 'validation.exclusiveMaximum', message: 'Must be less than {limit}.' }),
    multipleOf: translate({ id: 'validation.multipleOf', message: 'Must be a multiple of {multipleOf}.' }),
    patternClass: translate({ id: 'validation.patternClass', message: 'Must be {class}.' }),
    patternClasses: {
      lowercaseAlphanumeric: translate({
        id: 'validation.pattern.lowercaseAlphanumeric',
        message: 'lowercase letters (a–z) and digits only',
      }),
      ipv4: translate({ id: 'validation.pattern.ipv4', message: 'an IPv4 address, such as 192.0.2.1' }),
      hostname: translate({ id: 'validation.pattern.hostname', message: 'a host name, such as example.com' }),
    },
    pattern: translate({ id: 'validation.pattern', message: 'Must match the pattern {pattern}.' }),
    formatNamed: translate({ id: 'validation.formatNamed', message: 'Must be {format}.' }),
    formats: {
      'date-time': translate({ id: 'validation.format.dateTime', message: 'a date and time (ISO 8601)' }),
      date: translate({ id: 'validation.format.date', message: 'a date (YYYY-MM-DD)' }),
      email: translate({ id: 'validation.format.email', message: 'an email address' }),
      uri: translate({ id: 'validation.format.uri', message: 'a full URL, such as https://example.com' }),
      ipv4: translate({ id: 'validation.format.ipv4', message: 'an IPv4 address' }),
      ipv6: translate({ id: 'validation.format.ipv6', message: 'an IPv6 address' }),
      hostname: translate({ id: 'validation.format.hostname', message: 'a host name' }),
      uuid: translate({ id: 'validation.format.uuid', message: 'a UUID' }),
    },
    format: translate({ id: 'validation.format', message: 'Must be in the {format} format.' }),
    enum: translate({ id: 'validation.enum', message: 'Must be one of: {values}.' }),
    const: translate({ id: 'validation.const', message: 'Must be {value}.' }),
    additionalProperties: translate({
      id: 'validation.additionalProperties',
      message: 'This object has no such field.',
    }),
    minItems: translate({ id: 'validation.minItems', message: 'At least {limit} items.' }),
    maxItems: translate({ id: 'validation.maxItems', message: 'At most {limit} items.' }),
    uniqueItems: translate({ id: 'validation.uniqueItems', message: 'Items {j} and {i} are the same.' }),
    union: translate({ id: 'validation.union', message: 'Matches none of the allowed forms.' }),
  };
}
