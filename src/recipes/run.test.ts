import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiModel } from '../openapi/model';
import { DEMO_API_KEY } from '../mock/auth';
import { startMockServer, type MockServer } from '../mock/server';
import { sendRequest } from '../request/send';
import { DEFAULT_SPEC } from '../site-layout';
import { keyInputName } from './arazzo';
import type { ExpressionContext } from './expression-eval';
import { listRecipes } from './recipes';
import { initialInputs } from './inputs';
import { runStep, stepRequest, withOutputs, type StepOutcome } from './run';

const model = await loadApiModel(path.resolve(DEFAULT_SPEC));
const operationById = new Map(model.operations.map((op) => [op.id, op]));
const recipes = listRecipes(process.cwd());
let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ operations: model.operations, apiPrefix: model.apiPrefix, port: 0 });
});
afterAll(() => server?.close());

const send = (request: Parameters<typeof sendRequest>[0]) => sendRequest(request, { timeoutMs: 10_000 });

describe('running a recipe step by step against the mock', () => {
  it.each(recipes.map((r) => [r.file, r] as const))('%s: every step passes and ids flow', async (_file, recipe) => {
    const workflow = recipe.document.workflows[0];
    let context: ExpressionContext = {
      inputs: initialInputs(workflow, (step) => operationById.get(step.operationId), recipe.document),
      steps: {},
    };
    const outcomes: StepOutcome[] = [];
    for (const step of workflow.steps) {
      const outcome = await runStep(recipe.document, step, operationById.get(step.operationId)!, context, {
        baseUrl: server.baseUrl,
        apiKey: DEMO_API_KEY,
        send,
      });
      outcomes.push(outcome);
      context = withOutputs(context, outcome);
    }
    expect(outcomes.map((o) => [o.stepId, o.passed, o.failure])).toEqual(
      workflow.steps.map((s) => [s.stepId, true, undefined]),
    );
    // The first step's id is in a later step's request.
    const [first, ...later] = outcomes;
    const id = Object.values(first.outputs)[0];
    expect(typeof id).toBe('string');
    expect(
      later.some((o) => o.request!.url.includes(id as string) || o.request!.body?.text.includes(id as string)),
    ).toBe(true);
  });
});

describe('a step that cannot run or fails', () => {
  const recipe = recipes.find((r) => r.file === 'website-traffic.arazzo.yaml')!;
  const workflow = recipe.document.workflows[0];
  const [add, read] = workflow.steps;
  const op = (id: string) => operationById.get(id)!;
  const context: ExpressionContext = { inputs: { workspaceId: 'ws1', domain: 'a.example.com' }, steps: {} };

  it('names the values it still needs', async () => {
    const outcome = await runStep(recipe.document, read, op(read.operationId), context, {
      baseUrl: 'http://127.0.0.1:9/open',
      send: () => Promise.reject(new Error('not sent')),
    });
    expect(outcome).toMatchObject({
      passed: false,
      failure: { kind: 'missing', expressions: ['$steps.addWebsite.outputs.websiteId'] },
    });
  });

  it('says which criterion was not met and what came', async () => {
    const outcome = await runStep(recipe.document, add, op(add.operationId), context, {
      baseUrl: 'http://127.0.0.1:9/open',
      apiKey: 'sk_x',
      send: async () => ({
        kind: 'response',
        status: 500,
        statusText: 'Internal Server Error',
        headers: [['content-type', 'application/json']],
        contentType: 'application/json',
        durationMs: 1,
        size: 2,
        text: '{}',
        truncated: false,
        blob: new Blob(),
      }),
    });
    expect(outcome.failure).toEqual({
      kind: 'criterion',
      condition: '$statusCode == 200',
      result: { passed: false, reason: 'not-met', actual: 500 },
    });
  });

  it('sends nothing when a delete is not confirmed', async () => {
    const del = workflow.steps.at(-1)!;
    let sent = 0;
    const outcome = await runStep(
      recipe.document,
      del,
      op(del.operationId),
      { ...context, steps: { addWebsite: { websiteId: 'w1' } } },
      {
        baseUrl: 'https://tianji.example.com/open',
        send: async () => {
          sent++;
          throw new Error('sent');
        },
        confirm: async () => false,
      },
    );
    expect(sent).toBe(0);
    expect(outcome.failure).toEqual({ kind: 'declined' });
  });

  it('puts the key of the target in Authorization, or its placeholder in code shown to readers', () => {
    const built = stepRequest(recipe.document, add, op(add.operationId), context, {
      baseUrl: 'https://tianji.example.com/open',
      keyPlaceholder: true,
    });
    expect(built.ok && built.request.headers[0]).toEqual({
      name: 'Authorization',
      value: 'Bearer <your_api_key_here>',
    });
    expect(built.ok && built.request.url).toBe('https://tianji.example.com/open/workspace/ws1/website/add');
    expect(built.ok && JSON.parse(built.request.body!.text)).toEqual({
      name: 'Recipe website',
      domain: 'a.example.com',
    });
    expect(keyInputName(workflow)).toBe('apiKey');
  });
});
