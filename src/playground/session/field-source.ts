/**
 * Where the value in a playground field came from, derived from what is there now (no bookkeeping that could
 * drift): the shared value of its name (typed on a page, or from a response), the spec's default or example,
 * or nothing to say (the reader typed it, or it is empty).
 */
import type { OperationParameter } from '../../openapi/types';
import type { SharedValue, ValueSource } from './shared-values';

export type FieldSource =
  { kind: 'shared'; source: ValueSource } | { kind: 'default' } | { kind: 'example' } | { kind: 'none' };

export interface FieldSourceInput {
  param: Pick<OperationParameter, 'name' | 'schema'>;
  value: string;
  /** The field's value before anything filled it in (initialValues). */
  initial: string;
  /** The shared value of the parameter's name, when it is a shared parameter and has one. */
  shared?: SharedValue;
}

export function fieldSource({ param, value, initial, shared }: FieldSourceInput): FieldSource {
  if (value === '') return { kind: 'none' };
  if (shared && shared.value === value) return { kind: 'shared', source: shared.source };
  if (value !== initial) return { kind: 'none' };
  return (param.schema as { default?: unknown }).default !== undefined ? { kind: 'default' } : { kind: 'example' };
}
