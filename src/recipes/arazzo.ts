/**
 * The parts of an Arazzo 1.0 document this site reads, and the small facts over them both the recipe pages (build
 * time) and their runner (browser) need: a step's parameters with `$components` references resolved, and which
 * inputs a reader gives. Pure, browser-safe.
 */
import type { Criterion } from './expression-eval';

export interface ArazzoParameter {
  name: string;
  in?: 'path' | 'query' | 'header' | 'cookie';
  value: unknown;
}

/** A parameter written as a reference to `components.parameters` (its `value` may override the component's). */
export interface ArazzoReusable {
  reference: string;
  value?: unknown;
}

export interface ArazzoStep {
  stepId: string;
  operationId: string;
  description?: string;
  parameters?: Array<ArazzoParameter | ArazzoReusable>;
  requestBody?: { contentType?: string; payload?: unknown };
  successCriteria?: Criterion[];
  outputs?: Record<string, string>;
}

export interface ArazzoInput {
  type?: string;
  format?: string;
  default?: unknown;
  description?: string;
}

export interface ArazzoWorkflow {
  workflowId: string;
  summary?: string;
  description?: string;
  inputs?: { type?: string; required?: string[]; properties?: Record<string, ArazzoInput> };
  steps: ArazzoStep[];
  outputs?: Record<string, string>;
}

export interface ArazzoDocument {
  arazzo: string;
  info: { title: string; version: string; summary?: string; description?: string };
  sourceDescriptions: Array<{ name: string; url: string; type?: string }>;
  workflows: ArazzoWorkflow[];
  components?: { parameters?: Record<string, ArazzoParameter>; inputs?: Record<string, unknown> };
}

const COMPONENT_PARAMETER = '$components.parameters.';

/** A step's parameters as sent: references replaced by the component they name. Throws on an unknown one. */
export function stepParameters(step: ArazzoStep, document: Pick<ArazzoDocument, 'components'>): ArazzoParameter[] {
  return (step.parameters ?? []).map((parameter) => {
    if (!('reference' in parameter)) return parameter;
    const name = parameter.reference.startsWith(COMPONENT_PARAMETER)
      ? parameter.reference.slice(COMPONENT_PARAMETER.length)
      : undefined;
    const component = name === undefined ? undefined : document.components?.parameters?.[name];
    if (!component) throw new Error(`step ${step.stepId}: unknown parameter reference ${parameter.reference}`);
    return parameter.value === undefined ? component : { ...component, value: parameter.value };
  });
}

/** The input that carries the API key: the one written `format: password` (the recipes' `apiKey`). */
export function keyInputName(workflow: ArazzoWorkflow): string | undefined {
  return Object.entries(workflow.inputs?.properties ?? {}).find(([, input]) => input.format === 'password')?.[0];
}

/** A parameter that is the bearer `Authorization` header: the runner sends the key of the target's origin there. */
export function isAuthorizationHeader(parameter: ArazzoParameter): boolean {
  return parameter.in === 'header' && parameter.name.toLowerCase() === 'authorization';
}
