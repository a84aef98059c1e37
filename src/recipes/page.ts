/**
 * A recipe's page as MDX, in one locale: why and when, what the reader gives, then each step with its operation
 * (linked), the values it sends and where they come from (in words), its request as cURL (the snippet module, as
 * the playground writes it), what success means and what it keeps; the runner comes last, as a component. Prose from
 * the recipe's catalog (English: the recipe itself), fixed wording from the recipes guide catalog. Pure.
 */
import { codeFence } from '../markdown';
import { pointerKeys } from '../openapi/json';
import type { OperationData } from '../openapi/types';
import { initialValues } from '../playground/initial-values';
import { escapeMdxText, mdxJsonProp } from '../reference-pages/mdx';
import { generateSnippet } from '../snippets';
import { keyInputName, stepParameters, isAuthorizationHeader, type ArazzoDocument, type ArazzoStep } from './arazzo';
import { expressionsIn, type ExpressionContext } from './expression-eval';
import { parseCondition, parseRuntimeExpression, type Condition, type RuntimeExpression } from './expression-parse';
import { initialInputs } from './inputs';
import type { RecipeProse } from './prose';
import { stepRequest } from './run';
import { runnerRecipe } from './runner-data';

export type Labels = Record<string, string | string[]>;

export interface RecipePageFacts {
  /** File name, e.g. `website-traffic.arazzo.yaml`. */
  file: string;
  document: ArazzoDocument;
  operations: ReadonlyMap<string, OperationData>;
  /** The base URL readers replace, as in every example (`https://your-tianji-domain.com/open`). */
  baseUrl: string;
  /** The operation's summary in the page's language. */
  operationSummary: (operation: OperationData) => string;
  /** Where an operation's page is, from this page (`../api/website-add`). */
  operationLink: (operation: OperationData) => string;
  /** Where the recipe file is published, from this page. */
  downloadUrl: string;
}

/** A message with its `{placeholders}` filled in. */
function fill(labels: Labels, key: string, values: Record<string, string | number> = {}): string {
  const message = labels[key];
  if (typeof message !== 'string') throw new Error(`recipe pages: message "${key}" is missing or not a string`);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

/** Where a value comes from, in words: the key, an input, an earlier step's output, or the recipe itself. */
export function sourceInWords(
  value: unknown,
  steps: readonly ArazzoStep[],
  defaults: Record<string, unknown>,
  keyInput: string | undefined,
  labels: Labels,
): string {
  const expressions = expressionsIn(value);
  if (expressions.length === 0) return fill(labels, 'source.fixed', { value: JSON.stringify(value) });
  return expressions.map((e) => expressionInWords(e, steps, defaults, keyInput, labels)).join(', ');
}

function expressionInWords(
  expression: RuntimeExpression,
  steps: readonly ArazzoStep[],
  defaults: Record<string, unknown>,
  keyInput: string | undefined,
  labels: Labels,
): string {
  if (expression.kind === 'inputs') {
    if (expression.name === keyInput) return fill(labels, 'source.key');
    const value = defaults[expression.name];
    return value === undefined
      ? fill(labels, 'source.input', { name: expression.name })
      : fill(labels, 'source.inputDefault', { name: expression.name, value: String(value) });
  }
  if (expression.kind === 'steps') {
    const n = steps.findIndex((s) => s.stepId === expression.stepId) + 1;
    return fill(labels, 'source.step', { output: expression.output, n, stepId: expression.stepId });
  }
  return code(`{${expressionTextOf(expression)}}`);
}

function expressionTextOf(expression: RuntimeExpression): string {
  return expression.kind === 'statusCode' ? '$statusCode' : JSON.stringify(expression);
}

/** A success criterion in words where its shape is a common one, else as written. */
export function conditionInWords(
  text: string,
  steps: readonly ArazzoStep[],
  defaults: Record<string, unknown>,
  keyInput: string | undefined,
  labels: Labels,
): string {
  let condition: Condition;
  try {
    condition = parseCondition(text);
  } catch {
    return fill(labels, 'success.written', { condition: text });
  }
  if (condition.kind === 'compare' && condition.operator === '==' && condition.left.kind === 'expression') {
    const left = condition.left.expression;
    const right = condition.right;
    if (right.kind === 'literal') {
      const value = code(right.value);
      if (left.kind === 'statusCode') return fill(labels, 'success.status', { value: String(right.value) });
      if (left.kind === 'response' && left.source.kind === 'body')
        return left.source.pointer
          ? fill(labels, 'success.field', { field: fieldName(left.source.pointer), value })
          : fill(labels, 'success.body', { value });
    }
    if (right.kind === 'expression' && left.kind === 'response' && left.source.kind === 'body' && left.source.pointer)
      return fill(labels, 'success.sameAs', {
        field: fieldName(left.source.pointer),
        source: expressionInWords(right.expression, steps, defaults, keyInput, labels),
      });
  }
  return fill(labels, 'success.written', { condition: text });
}

/** `/items/0/id` → `items[0].id`: a field as a reader of JSON names it. */
function fieldName(pointer: string): string {
  return (pointerKeys(pointer) ?? []).reduce(
    (out, key) => (/^\d+$/.test(key) ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/** Body fields that hold expressions, as `field.path` → value. */
function payloadFields(payload: unknown, prefix = ''): Array<[string, unknown]> {
  if (Array.isArray(payload)) return payload.flatMap((item, i) => payloadFields(item, `${prefix}[${i}]`));
  if (payload && typeof payload === 'object')
    return Object.entries(payload).flatMap(([key, value]) => payloadFields(value, prefix ? `${prefix}.${key}` : key));
  return expressionsIn(payload).length > 0 ? [[prefix, payload]] : [];
}

/**
 * The context the page's example requests are built in: the inputs' starting values, and for each earlier step's
 * output the spec's example of the parameter it feeds, else `<name>`.
 */
function exampleContext(facts: RecipePageFacts, inputs: Record<string, unknown>): ExpressionContext {
  const { document } = facts;
  const workflow = document.workflows[0];
  const steps: Record<string, Record<string, unknown>> = {};
  for (const step of workflow.steps) {
    const operation = facts.operations.get(step.operationId);
    const examples = operation ? initialValues(operation) : undefined;
    for (const parameter of stepParameters(step, document)) {
      for (const expression of expressionsIn(parameter.value)) {
        if (expression.kind !== 'steps') continue;
        const example =
          parameter.in === 'path' || parameter.in === 'query' ? examples?.[parameter.in][parameter.name] : undefined;
        (steps[expression.stepId] ??= {})[expression.output] ??= example || `<${expression.output}>`;
      }
    }
    for (const expression of expressionsIn(step.requestBody?.payload))
      if (expression.kind === 'steps')
        (steps[expression.stepId] ??= {})[expression.output] ??= `<${expression.output}>`;
  }
  return { inputs, steps };
}

export function renderRecipePage(facts: RecipePageFacts, prose: RecipeProse, labels: Labels): string {
  const { document } = facts;
  const workflow = document.workflows[0];
  const keyInput = keyInputName(workflow);
  const operationOf = (step: ArazzoStep) => facts.operations.get(step.operationId);
  const inputs = initialInputs(workflow, operationOf, document);
  const defaults = Object.fromEntries(
    Object.entries(workflow.inputs?.properties ?? {}).flatMap(([name, input]) =>
      input.default === undefined ? [] : [[name, input.default]],
    ),
  );
  const context = exampleContext(facts, inputs);
  const text = (markdown: string) => escapeMdxText(markdown);

  const inputItems = Object.keys(workflow.inputs?.properties ?? {}).map((name) => {
    if (name === keyInput)
      return `- ${fill(labels, 'item', { label: `\`${name}\``, text: text(fill(labels, 'inputs.key')) })}`;
    const required = workflow.inputs?.required?.includes(name);
    const value = defaults[name];
    const description = prose.inputs[name] ?? '';
    const label =
      required || value === undefined
        ? `\`${name}\``
        : fill(labels, 'input.withDefault', { name, value: String(value) });
    return `- ${fill(labels, 'item', { label, text: text(description) })}`;
  });

  const stepSections = workflow.steps.map((step, i) => {
    const operation = operationOf(step);
    if (!operation)
      throw new Error(`${facts.file}: step ${step.stepId} calls ${step.operationId}, which the spec lacks`);
    const parts = [`### ${text(fill(labels, 'step.heading', { n: i + 1, stepId: step.stepId }))}`];
    if (prose.steps[step.stepId]) parts.push(text(prose.steps[step.stepId]));
    const operationLabel = fill(labels, 'operation.label', {
      summary: text(facts.operationSummary(operation)),
      method: operation.method,
      path: operation.path,
    });
    const operationLink = `[${operationLabel}](${facts.operationLink(operation)})`;
    parts.push(fill(labels, 'step.operation', { operation: operationLink }));

    const words = (value: unknown) => text(sourceInWords(value, workflow.steps, defaults, keyInput, labels));
    const sent = [
      ...stepParameters(step, document).map(
        (p) =>
          `- ${fill(labels, 'item', {
            label: fill(labels, 'value.where', { name: p.name, where: fill(labels, `where.${p.in ?? 'query'}`) }),
            text: isAuthorizationHeader(p) ? text(fill(labels, 'source.key')) : words(p.value),
          })}`,
      ),
      ...payloadFields(step.requestBody?.payload).map(
        ([field, value]) =>
          `- ${fill(labels, 'item', {
            label: fill(labels, 'value.where', { name: field, where: fill(labels, 'where.body') }),
            text: words(value),
          })}`,
      ),
    ];
    parts.push(
      sent.length > 0 ? `${fill(labels, 'step.values')}\n\n${sent.join('\n')}` : fill(labels, 'step.noValues'),
    );

    const built = stepRequest(document, step, operation, context, { baseUrl: facts.baseUrl, keyPlaceholder: true });
    if (built.ok)
      parts.push(`${fill(labels, 'step.request')}\n\n${codeFence('bash', generateSnippet('curl', built.request))}`);

    const criteria = (step.successCriteria ?? []).map(
      (c) => `- ${text(conditionInWords(c.condition, workflow.steps, defaults, keyInput, labels))}`,
    );
    if (criteria.length > 0) parts.push(`${fill(labels, 'step.success')}\n\n${criteria.join('\n')}`);

    const outputs = Object.entries(step.outputs ?? {}).map(([name, expressionText]) => {
      const expression = parseRuntimeExpression(expressionText);
      const pointer =
        expression.kind === 'response' && expression.source.kind === 'body' ? expression.source.pointer : undefined;
      return `- ${text(
        pointer
          ? fill(labels, 'output.field', { name, field: fieldName(pointer) })
          : fill(labels, 'output.body', { name }),
      )}`;
    });
    if (outputs.length > 0) parts.push(`${fill(labels, 'step.outputs')}\n\n${outputs.join('\n')}`);
    return parts.join('\n\n');
  });

  const runner = runnerRecipe(facts.file, document, facts.operations, prose);
  return (
    [
      `# ${text(prose.title)}`,
      text(prose.description),
      `## ${text(fill(labels, 'why.heading'))}`,
      text([prose.summary, prose.details].filter(Boolean).join('\n\n')),
      fill(labels, 'download', { link: `[${facts.file}](${facts.downloadUrl})` }),
      `## ${text(fill(labels, 'inputs.heading'))}`,
      inputItems.join('\n'),
      `## ${text(fill(labels, 'steps.heading'))}`,
      ...stepSections,
      text(fill(labels, 'run.intro')),
      `<RecipeRunner recipe={${mdxJsonProp(runner)}} />`,
    ].join('\n\n') + '\n'
  );
}
