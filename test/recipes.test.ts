/**
 * The recipes (openapi/recipes/*.arazzo.yaml, Arazzo 1.0) checked by the standard tools, as a reader would run
 * them elsewhere: Redocly's Arazzo linter, then Redocly Respect running every recipe end to end against the mock
 * as a local server (`npm run mock`), started here on a free port. Recipes broken on purpose must fail, and say why.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadApiModel } from '../src/openapi/model';
import { DEMO_API_KEY } from '../src/mock/auth';
import { resourceCollections } from '../src/openapi/resources';
import { startMockServer, type MockServer } from '../src/mock/server';
import { DEFAULT_SPEC } from '../src/site-layout';
import { listRecipes, RECIPE_SOURCE_NAME } from '../src/recipes/recipes';

/** The workspace of the spec's examples, whose records the mock seeds. */
const WORKSPACE = 'clnzoxcy10001vy2ohi4obbi0';
const REDOCLY = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

const recipes = listRecipes(process.cwd());
const model = await loadApiModel(path.resolve(DEFAULT_SPEC));
const operationById = new Map(model.operations.map((op) => [op.id, op]));
let server: MockServer;
/** Each Redocly run starts a Node process; on a loaded machine (the whole suite in parallel) it takes a while. */
const RUN_TIMEOUT = 180_000;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'recipes-'));

beforeAll(async () => {
  server = await startMockServer({ operations: model.operations, apiPrefix: model.apiPrefix, port: 0 });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function redocly(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    // NO_COLOR keeps the messages asserted below free of escape codes.
    execFile(
      process.execPath,
      [REDOCLY, ...args],
      {
        env: { ...process.env, NO_COLOR: '1', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        // Stopped before the test times out, rather than left running.
        timeout: RUN_TIMEOUT - 5_000,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The exact command CI and the README use, against a server's base URL; the JSON report goes to `report`. */
function respectArgs(files: string[], baseUrl: string, report: string): string[] {
  return [
    'respect',
    ...files,
    '--server',
    `${RECIPE_SOURCE_NAME}=${baseUrl}`,
    '--input',
    `apiKey=${DEMO_API_KEY},workspaceId=${WORKSPACE}`,
    '--json-output',
    report,
  ];
}

interface RespectCheck {
  name: string;
  passed: boolean;
  message?: string;
  condition?: string;
}
interface RespectStep {
  stepId: string;
  status: string;
  checks: RespectCheck[];
}
interface RespectReport {
  files: Record<
    string,
    { executedWorkflows: Array<{ workflowId: string; status: string; executedSteps: RespectStep[] }> }
  >;
}

const readReport = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as RespectReport;
const reportOf = (report: RespectReport, file: string) =>
  Object.entries(report.files).find(([name]) => path.resolve(name) === path.resolve(file))?.[1];

describe('recipes', { timeout: RUN_TIMEOUT }, () => {
  it('are at least six, each referring to the spec by operationIds it has and ending by deleting', () => {
    expect(recipes.length).toBeGreaterThanOrEqual(6);
    for (const recipe of recipes) {
      const { document } = recipe;
      expect(document.arazzo, recipe.file).toMatch(/^1\.0\.\d+$/);
      expect(document.sourceDescriptions, recipe.file).toEqual([
        { name: RECIPE_SOURCE_NAME, url: '../tianji.yaml', type: 'openapi' },
      ]);
      for (const workflow of document.workflows) {
        for (const step of workflow.steps) {
          expect(operationById.has(step.operationId), `${recipe.file} ${step.stepId}: ${step.operationId}`).toBe(true);
        }
        const last = operationById.get(workflow.steps.at(-1)!.operationId)!;
        expect(last.method === 'DELETE' || /delete/i.test(last.id), `${recipe.file}: the last step cleans up`).toBe(
          true,
        );
      }
    }
  });

  it('pass the Arazzo linter without a problem', async () => {
    const run = await redocly(['lint', '--format=stylish', ...recipes.map((r) => r.path)]);
    expect(run.stdout.trim(), run.stdout).toBe('');
    expect(run.code, run.stderr).toBe(0);
    for (const recipe of recipes) expect(run.stderr).toContain(`${recipe.relativePath}: validated`);
  });

  it('run end to end with Respect against the local mock server, every step passing, and clean up', async () => {
    const report = path.join(tmp, 'recipes.json');
    const started = Date.now();
    const run = await redocly(
      respectArgs(
        recipes.map((r) => r.path),
        server.baseUrl,
        report,
      ),
    );
    console.info(`Respect ran ${recipes.length} recipes in ${Date.now() - started} ms`);
    const results = readReport(report);
    for (const recipe of recipes) {
      const result = reportOf(results, recipe.path);
      expect(result, `${recipe.file} has no result`).toBeDefined();
      const workflows = result!.executedWorkflows;
      expect(workflows.map((w) => w.workflowId)).toEqual(recipe.document.workflows.map((w) => w.workflowId));
      for (const [i, workflow] of workflows.entries()) {
        const failed = workflow.executedSteps
          .flatMap((step) => step.checks.filter((c) => !c.passed).map((c) => `${step.stepId}: ${c.name} ${c.message}`))
          .join('\n');
        expect(failed, `${recipe.file} ${workflow.workflowId}`).toBe('');
        expect(workflow.executedSteps.map((s) => s.stepId)).toEqual(
          recipe.document.workflows[i].steps.map((s) => s.stepId),
        );
        expect(workflow.executedSteps.every((s) => s.status === 'success')).toBe(true);
      }
    }
    expect(run.code, run.stdout).toBe(0);
    // Cleaned up: nothing a recipe created is left in the workspace.
    for (const collection of resourceCollections(model.operations)) {
      const left = server.store.list(collection, WORKSPACE).filter((r) => /recipe/i.test(String(r.name ?? r.title)));
      expect(left, collection).toEqual([]);
    }
  });

  describe('broken on purpose', () => {
    const [base] = recipes.filter((r) => r.file === 'website-traffic.arazzo.yaml');
    /** A copy of a recipe in the temp dir, its source pointing at the spec's absolute path, changed by `edit`. */
    function brokenCopy(name: string, edit: (doc: any) => void): string {
      const doc = structuredClone(base.document) as any;
      doc.sourceDescriptions[0].url = path.resolve(DEFAULT_SPEC);
      edit(doc);
      const file = path.join(tmp, `${name}.arazzo.yaml`);
      fs.writeFileSync(file, stringify(doc));
      return file;
    }

    it('fail the linter on a structural mistake, naming the rule', async () => {
      const file = brokenCopy('duplicate-step', (doc) => {
        doc.workflows[0].steps[1].stepId = doc.workflows[0].steps[0].stepId;
      });
      const run = await redocly(['lint', '--format=stylish', file]);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toContain('stepId-unique');
    });

    it('fail in Respect on a wrong operationId and on a failing success criterion, saying which and why', async () => {
      const wrongOperation = brokenCopy('wrong-operation', (doc) => {
        doc.workflows[0].steps[0].operationId = 'website-addd';
      });
      const failingCriterion = brokenCopy('failing-criterion', (doc) => {
        doc.workflows[0].steps[1].successCriteria.push({ condition: "$response.body#/name == 'Another name'" });
      });
      const report = path.join(tmp, 'broken.json');
      const run = await redocly(respectArgs([wrongOperation, failingCriterion], server.baseUrl, report));
      expect(run.code).not.toBe(0);
      const output = run.stdout + run.stderr;
      expect(output).toContain('Unknown operationId website-addd');
      expect(output).toContain("$response.body#/name == 'Another name'");

      const results = readReport(report);
      const [wrongStep] = reportOf(results, wrongOperation)!.executedWorkflows[0].executedSteps;
      expect(wrongStep).toMatchObject({ stepId: 'addWebsite', status: 'error' });
      expect(wrongStep.checks.find((c) => !c.passed)?.message).toMatch(/Unknown operationId website-addd/);

      const steps = reportOf(results, failingCriterion)!.executedWorkflows[0].executedSteps;
      // The run stops at the failing step: the website was added, read back, and the criterion failed there.
      expect(steps.map((s) => [s.stepId, s.status])).toEqual([
        ['addWebsite', 'success'],
        ['readWebsite', 'error'],
      ]);
      expect(steps[1].checks.filter((c) => !c.passed).map((c) => c.condition)).toEqual([
        "$response.body#/name == 'Another name'",
      ]);
    });
  });
});
