/** Where a body stops being JSON and what to do about it, one sentence per kind of mistake, translated. */
import { translate } from '@docusaurus/Translate';
import type { JsonErrorKind, JsonSyntaxError } from '../../request/json-error';

/** The message for one syntax error (src/request/json-error.ts), its line and column filled in. */
export function jsonErrorMessage(error: JsonSyntaxError): string {
  const values = { line: error.line, column: error.column, found: error.found ?? '' };
  const messages: Record<JsonErrorKind, string> = {
    empty: translate(
      {
        id: 'playground.json.error.empty',
        message: 'Line {line}, column {column}: the body is empty. Write a JSON value, for example an object.',
      },
      values,
    ),
    'unexpected-end': translate(
      {
        id: 'playground.json.error.unexpected-end',
        message: 'Line {line}, column {column}: the JSON ends too early. Is a closing bracket or brace missing?',
      },
      values,
    ),
    'unterminated-string': translate(
      {
        id: 'playground.json.error.unterminated-string',
        message: 'Line {line}, column {column}: this string is never closed. Add its closing double quote.',
      },
      values,
    ),
    'trailing-comma': translate(
      {
        id: 'playground.json.error.trailing-comma',
        message: 'Line {line}, column {column}: remove this comma. JSON allows none before a closing bracket or brace.',
      },
      values,
    ),
    'unquoted-key': translate(
      {
        id: 'playground.json.error.unquoted-key',
        message: 'Line {line}, column {column}: put this property name in double quotes.',
      },
      values,
    ),
    'single-quote': translate(
      {
        id: 'playground.json.error.single-quote',
        message: 'Line {line}, column {column}: JSON strings take double quotes ("), not single ones.',
      },
      values,
    ),
    'typographic-quote': translate(
      {
        id: 'playground.json.error.typographic-quote',
        message: 'Line {line}, column {column}: replace the curly quote {found} with a straight double quote (").',
      },
      values,
    ),
    'full-width': translate(
      {
        id: 'playground.json.error.full-width',
        message:
          'Line {line}, column {column}: {found} is a full-width character. Type it in half-width, with the input method off.',
      },
      values,
    ),
    'missing-comma': translate(
      {
        id: 'playground.json.error.missing-comma',
        message: 'Line {line}, column {column}: a comma is missing before this.',
      },
      values,
    ),
    'missing-colon': translate(
      {
        id: 'playground.json.error.missing-colon',
        message: 'Line {line}, column {column}: a colon (:) is missing after the property name.',
      },
      values,
    ),
    'invalid-number': translate(
      {
        id: 'playground.json.error.invalid-number',
        message:
          'Line {line}, column {column}: this number is not valid JSON: no leading zero, and digits on both sides of the point.',
      },
      values,
    ),
    'control-character': translate(
      {
        id: 'playground.json.error.control-character',
        message: 'Line {line}, column {column}: a line break or tab inside a string is written \\n or \\t.',
      },
      values,
    ),
    'bad-escape': translate(
      {
        id: 'playground.json.error.bad-escape',
        message: 'Line {line}, column {column}: this backslash starts no valid escape. Write \\\\ for a backslash.',
      },
      values,
    ),
    comment: translate(
      {
        id: 'playground.json.error.comment',
        message: 'Line {line}, column {column}: JSON has no comments. Remove this one.',
      },
      values,
    ),
    'trailing-content': translate(
      {
        id: 'playground.json.error.trailing-content',
        message: 'Line {line}, column {column}: there is more text after the end of the JSON value.',
      },
      values,
    ),
    'unexpected-token': translate(
      {
        id: 'playground.json.error.unexpected-token',
        message: 'Line {line}, column {column}: {found} cannot be here.',
      },
      values,
    ),
  };
  return messages[error.kind];
}
