/**
 * What a recipe run starts with: each input's default, else the spec's example for the parameter it feeds (on the
 * mock, the demo workspace whose records the mock seeds). The key input is left out: the runner takes the key of the
 * target's origin from the key store. Pure, browser-safe.
 */
import type { OperationData } from '../openapi/types';
import { initialValues } from '../playground/initial-values';
import { keyInputName, stepParameters, type ArazzoDocument, type ArazzoStep, type ArazzoWorkflow } from './arazzo';
import { parseRuntimeExpression, isRuntimeExpression } from './expression-parse';

/** The parameter (and its operation) that takes an input as its whole value, first in step order. */
function parameterFed(
  workflow: ArazzoWorkflow,
  document: Pick<ArazzoDocument, 'components'>,
  input: string,
  operationOf: (step: ArazzoStep) => OperationData | undefined,
): { operation: OperationData; name: string; in: 'path' | 'query' | 'header' } | undefined {
  for (const step of workflow.steps) {
    const operation = operationOf(step);
    if (!operation) continue;
    for (const parameter of stepParameters(step, document)) {
      if (!isRuntimeExpression(parameter.value)) continue;
      const expression = parseRuntimeExpression(parameter.value as string);
      if (expression.kind !== 'inputs' || expression.name !== input) continue;
      if (parameter.in === 'path' || parameter.in === 'query' || parameter.in === 'header')
        return { operation, name: parameter.name, in: parameter.in };
    }
  }
  return undefined;
}

/** Input name → starting value (as text for the form; numbers stay numbers). */
export function initialInputs(
  workflow: ArazzoWorkflow,
  operationOf: (step: ArazzoStep) => OperationData | undefined,
  document: Pick<ArazzoDocument, 'components'> = {},
): Record<string, unknown> {
  const key = keyInputName(workflow);
  const inputs: Record<string, unknown> = {};
  for (const [name, input] of Object.entries(workflow.inputs?.properties ?? {})) {
    if (name === key) continue;
    if (input.default !== undefined) {
      inputs[name] = input.default;
      continue;
    }
    const fed = parameterFed(workflow, document, name, operationOf);
    const example = fed ? initialValues(fed.operation)[fed.in][fed.name] : undefined;
    if (example) inputs[name] = example;
  }
  return inputs;
}
