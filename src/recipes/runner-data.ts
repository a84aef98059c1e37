/**
 * What a recipe page gives its runner in the browser: the workflow as written (steps, inputs, components), the few
 * facts of each operation a request is built from (method, path, parameters, body media type: no schemas), and the
 * steps' prose in the page's language. Written into the page by src/recipes/page.ts; browser-safe.
 */
import type { OperationData } from '../openapi/types';
import type { ArazzoDocument, ArazzoWorkflow } from './arazzo';
import type { RecipeProse } from './prose';
import { initialInputs } from './inputs';

/** An operation as the runner builds its request from (buildRequest's needs; isDestructive's). */
export type RunnerOperation = Pick<OperationData, 'id' | 'method' | 'path' | 'secured' | 'summary' | 'tag'> & {
  parameters: Array<Pick<OperationData['parameters'][number], 'name' | 'in' | 'required'>>;
  requestBody?: { mediaType: string };
};

export interface RunnerRecipe {
  file: string;
  title: string;
  workflow: ArazzoWorkflow;
  components: ArazzoDocument['components'];
  operations: Record<string, RunnerOperation>;
  /** The steps' descriptions in the page's language, by step id. */
  stepTitles: Record<string, string>;
  /** The inputs' starting values (src/recipes/inputs.ts), the key input left out. */
  inputs: Record<string, unknown>;
}

export function runnerRecipe(
  file: string,
  document: ArazzoDocument,
  operations: ReadonlyMap<string, OperationData>,
  prose: RecipeProse,
): RunnerRecipe {
  const workflow = document.workflows[0];
  const used: Record<string, RunnerOperation> = {};
  for (const step of workflow.steps) {
    const op = operations.get(step.operationId);
    if (!op) continue;
    used[op.id] = {
      id: op.id,
      method: op.method,
      path: op.path,
      secured: op.secured,
      summary: op.summary,
      tag: op.tag,
      parameters: op.parameters.map((p) => ({ name: p.name, in: p.in, required: p.required })),
      requestBody: op.requestBody && { mediaType: op.requestBody.mediaType },
    };
  }
  // Without its prose: the runner shows the page's language (stepTitles), and the English stays out of the page.
  const { summary: _summary, description: _description, ...rest } = workflow;
  const bare: ArazzoWorkflow = {
    ...rest,
    steps: workflow.steps.map(({ description: _d, ...step }) => step),
    inputs: workflow.inputs && {
      ...workflow.inputs,
      properties: Object.fromEntries(
        Object.entries(workflow.inputs.properties ?? {}).map(([name, { description: _d, ...input }]) => [name, input]),
      ),
    },
  };
  return {
    file,
    title: prose.title,
    workflow: bare,
    components: document.components,
    operations: used,
    stepTitles: prose.steps,
    inputs: initialInputs(workflow, (step) => operations.get(step.operationId), document),
  };
}

/** A runner operation where the request model expects a full one (schemas are not needed to build a request). */
export function asOperation(op: RunnerOperation): OperationData {
  return {
    ...op,
    parameters: op.parameters.map((p) => ({ ...p, schema: {} })),
    requestBody: op.requestBody && { ...op.requestBody, required: true, schema: {} },
    responses: [],
  };
}
