/**
 * The example an operation answers with: the documented one, else one sampled from the response schema
 * (openapi-sampler), sampled once per operation and kept for the handlers' lifetime.
 */
import { sample } from 'openapi-sampler';
import type { OperationData, OperationResponse } from '../openapi/types';

type SamplerSchema = Parameters<typeof sample>[0];

export type ExampleOf = (op: OperationData, response: OperationResponse | undefined) => unknown;

export function createExampleCache(): ExampleOf {
  const sampled = new Map<string, unknown>();
  return (op, response) => {
    if (!response) return undefined;
    if (response.example !== undefined) return response.example;
    if (!response.schema) return undefined;
    if (!sampled.has(op.id)) {
      let value: unknown = null;
      try {
        value = sample(response.schema as SamplerSchema, { skipWriteOnly: true, quiet: true });
      } catch {
        // An unsampleable schema still deserves an answer; null is valid JSON and obviously a placeholder.
      }
      sampled.set(op.id, value);
    }
    return sampled.get(op.id);
  };
}
