/**
 * Running a recipe's steps: each step's request built from the recipe and the values of the run so far, sent by
 * the caller's `send` (the mock or the reader's instance), its answer checked against the step's success criteria,
 * and its outputs kept for the next steps. Pure apart from the `send` and `confirm` it is given; browser-safe.
 */
import type { OperationData } from '../openapi/types';
import { isJsonMediaType } from '../openapi/json';
import { buildRequest } from '../request/build';
import type { RequestModel } from '../request/model';
import type { SendOutcome } from '../request/send';
import { isAuthorizationHeader, stepParameters, type ArazzoDocument, type ArazzoStep } from './arazzo';
import {
  checkCriterion,
  evaluateExpression,
  evaluateValue,
  expressionsIn,
  type Criterion,
  type CriterionResult,
  type Exchange,
  type ExpressionContext,
} from './expression-eval';
import { parseRuntimeExpression, type RuntimeExpression } from './expression-parse';

export interface StepRequestOptions {
  /** Where the API is, with its prefix (`https://tianji.example.com/open`). */
  baseUrl: string;
  /** The key of the target's origin: sent as the bearer token where the step sends `Authorization`. */
  apiKey?: string;
  /** For code shown to readers: the key's placeholder instead of a key. */
  keyPlaceholder?: boolean;
}

export type StepRequest =
  | { ok: true; request: RequestModel; exchange: Exchange }
  /** Values the step needs that the run does not have yet (an earlier step not run, an input left empty). */
  | { ok: false; missing: RuntimeExpression[] };

/** Expressions a value of the step reads, except the key (the runner supplies it from the key store). */
function valueExpressions(step: ArazzoStep, document: Pick<ArazzoDocument, 'components'>): RuntimeExpression[] {
  const values = stepParameters(step, document)
    .filter((p) => !isAuthorizationHeader(p))
    .map((p) => p.value);
  return expressionsIn([...values, step.requestBody?.payload]);
}

const asText = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** A step's request, its values taken from the run so far. */
export function stepRequest(
  document: Pick<ArazzoDocument, 'components'>,
  step: ArazzoStep,
  operation: OperationData,
  context: ExpressionContext,
  options: StepRequestOptions,
): StepRequest {
  const missing = valueExpressions(step, document).filter((e) => evaluateExpression(e, context) === undefined);
  if (missing.length > 0) return { ok: false, missing };
  const values = {
    path: {} as Record<string, string>,
    query: {} as Record<string, string>,
    header: {} as Record<string, string>,
  };
  let authorization = false;
  for (const parameter of stepParameters(step, document)) {
    if (isAuthorizationHeader(parameter)) authorization = true;
    else if (parameter.in === 'path' || parameter.in === 'query' || parameter.in === 'header')
      values[parameter.in][parameter.name] = asText(evaluateValue(parameter.value, context));
  }
  const payload = step.requestBody?.payload;
  const body = payload === undefined ? undefined : JSON.stringify(evaluateValue(payload, context), null, 2);
  // The key goes where the step sends it, and only for an operation that takes one (buildRequest's rule).
  const request = buildRequest(authorization ? { ...operation, secured: true } : { ...operation, secured: false }, {
    baseUrl: options.baseUrl,
    pathParams: values.path,
    query: values.query,
    headers: values.header,
    body,
    apiKey: options.apiKey,
    keyPlaceholder: options.keyPlaceholder,
  });
  const headers = Object.fromEntries(request.headers.map((h) => [h.name.toLowerCase(), h.value]));
  return {
    ok: true,
    request,
    exchange: {
      headers,
      path: values.path,
      query: values.query,
      body: payload === undefined ? undefined : JSON.parse(body!),
    },
  };
}

export type StepFailure =
  /** The step needs values the run does not have (the expressions, as written). */
  | { kind: 'missing'; expressions: string[] }
  /** The request did not get an answer. */
  | { kind: 'no-answer'; reason: 'timeout' | 'aborted' | 'network' | 'cors' }
  /** The reader did not confirm a delete on their instance. */
  | { kind: 'declined' }
  /** The answer came; a success criterion is not met (the first one). */
  | { kind: 'criterion'; condition: string; result: CriterionResult };

export interface StepAnswer {
  status: number;
  statusText: string;
  contentType: string;
  durationMs: number;
  text: string;
}

export interface StepOutcome {
  stepId: string;
  passed: boolean;
  request?: RequestModel;
  answer?: StepAnswer;
  criteria: Array<{ criterion: Criterion; result: CriterionResult }>;
  outputs: Record<string, unknown>;
  failure?: StepFailure;
}

export interface RunStepOptions extends StepRequestOptions {
  send: (request: RequestModel) => Promise<SendOutcome>;
  /** Asked before the request goes out when given (a delete on the reader's instance); false stops the step. */
  confirm?: (request: RequestModel) => Promise<boolean>;
}

/** What a condition sees of the answer: its status, lower-case headers, and its body (parsed when JSON). */
export function answerContext(
  context: ExpressionContext,
  request: RequestModel,
  exchange: Exchange,
  answer: { status: number; contentType: string; headers: Array<[string, string]>; text: string },
): ExpressionContext {
  let body: unknown = answer.text;
  if (isJsonMediaType(answer.contentType.split(';')[0].trim())) {
    try {
      body = JSON.parse(answer.text);
    } catch {
      // Left as text: a criterion on a field fails and shows what came.
    }
  }
  return {
    ...context,
    url: request.url,
    method: request.method,
    statusCode: answer.status,
    request: exchange,
    response: { headers: Object.fromEntries(answer.headers.map(([n, v]) => [n.toLowerCase(), v])), body },
  };
}

/** Sends one step and judges its answer. */
export async function runStep(
  document: Pick<ArazzoDocument, 'components'>,
  step: ArazzoStep,
  operation: OperationData,
  context: ExpressionContext,
  options: RunStepOptions,
): Promise<StepOutcome> {
  const base = { stepId: step.stepId, criteria: [], outputs: {} };
  const built = stepRequest(document, step, operation, context, options);
  if (!built.ok)
    return { ...base, passed: false, failure: { kind: 'missing', expressions: built.missing.map(expressionText) } };
  const { request, exchange } = built;
  if (options.confirm && !(await options.confirm(request)))
    return { ...base, request, passed: false, failure: { kind: 'declined' } };
  const outcome = await options.send(request);
  if (outcome.kind === 'failure')
    return { ...base, request, passed: false, failure: { kind: 'no-answer', reason: outcome.reason } };
  const answer: StepAnswer = {
    status: outcome.status,
    statusText: outcome.statusText,
    contentType: outcome.contentType,
    durationMs: outcome.durationMs,
    text: outcome.text,
  };
  const after = answerContext(context, request, exchange, outcome);
  const criteria = (step.successCriteria ?? []).map((criterion) => ({
    criterion,
    result: checkCriterion(criterion, after),
  }));
  const failed = criteria.find((c) => !c.result.passed);
  // Without criteria, Arazzo counts a 2xx answer as success.
  const implicit = criteria.length === 0 && (answer.status < 200 || answer.status > 299);
  const outputs = Object.fromEntries(
    Object.entries(step.outputs ?? {}).map(([name, text]) => [
      name,
      evaluateExpression(parseRuntimeExpression(text), after),
    ]),
  );
  if (failed || implicit) {
    const first = failed ?? {
      criterion: { condition: '$statusCode >= 200 && $statusCode < 300' },
      result: { passed: false as const, reason: 'not-met' as const, actual: answer.status },
    };
    return {
      ...base,
      request,
      answer,
      criteria,
      passed: false,
      failure: { kind: 'criterion', condition: first.criterion.condition, result: first.result },
    };
  }
  return { ...base, request, answer, criteria, outputs, passed: true };
}

/** The run's values after a step: its outputs, under its id, for the next steps. */
export function withOutputs(context: ExpressionContext, outcome: StepOutcome): ExpressionContext {
  return { ...context, steps: { ...context.steps, [outcome.stepId]: outcome.passed ? outcome.outputs : undefined } };
}

/** An expression written back as the recipe writes it. */
export function expressionText(expression: RuntimeExpression): string {
  switch (expression.kind) {
    case 'url':
    case 'method':
    case 'statusCode':
      return `$${expression.kind}`;
    case 'inputs':
    case 'outputs':
      return `$${expression.kind}.${expression.name}${expression.pointer !== undefined ? `#${expression.pointer}` : ''}`;
    case 'steps':
      return `$steps.${expression.stepId}.outputs.${expression.output}${expression.pointer !== undefined ? `#${expression.pointer}` : ''}`;
    case 'request':
    case 'response': {
      const s = expression.source;
      const source =
        s.kind === 'body' ? `body${s.pointer !== undefined ? `#${s.pointer}` : ''}` : `${s.kind}.${s.name}`;
      return `$${expression.kind}.${source}`;
    }
    default:
      return `$${expression.kind}.${expression.names.join('.')}`;
  }
}
