/** Small builders for the history's unit tests: facts of one operation and one version's record. */
import type { OperationFacts } from './facts';
import type { VersionRecord } from './record';

/** A required / an optional field or parameter of this type. */
export const R = (type: string) => ({ type, required: true });
export const O = (type: string) => ({ type, required: false });

export const op = (partial: Partial<OperationFacts> = {}): OperationFacts => ({
  method: 'get',
  path: '/x',
  parameters: {},
  request: {},
  response: {},
  ...partial,
});

export const versionRecord = (
  version: string,
  operations: Record<string, OperationFacts>,
  date = '2024-01-01',
): VersionRecord => ({ version, date, operations });
