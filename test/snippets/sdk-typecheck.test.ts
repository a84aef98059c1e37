/**
 * Every SDK snippet type-checks against the SDK's own types (`tianji-client-sdk`'s lib/*.d.ts), as a reader's
 * project would check it: strict TypeScript, an ES module with top-level await. The snippets of every spec case and
 * every prefilled request of the operations the SDK has are written to a temporary folder and checked in one
 * program. One planted snippet with known type errors is checked with them, so the check shows it can fail.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, expect, it } from 'vitest';
import { loadApiModel } from '../../src/openapi/model';
import { DEFAULT_SPEC } from '../../src/site-layout';
import { prefilledCases, specCases } from '../../src/snippets/fixtures/generated-cases';
import { caseContext, testSdkCoverage } from '../../src/snippets/fixtures/sdk';
import { generateSnippet } from '../../src/snippets';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OPERATIONS = (await loadApiModel(join(ROOT, DEFAULT_SPEC))).operations;
const COVERAGE = testSdkCoverage(OPERATIONS);
const CASES = [...specCases(OPERATIONS), ...prefilledCases(OPERATIONS)]
  .map((fixture) => ({ fixture, context: caseContext(COVERAGE, fixture) }))
  .filter(({ context }) => context.sdk !== undefined);

/** A snippet the SDK's types must refuse: a number for a string, a string for a number, a property it lacks. */
const PLANTED = `import { initOpenapiSDK, openApiClient } from 'tianji-client-sdk';
initOpenapiSDK('https://tianji.example.com/open', { apiKey: 'k' });
await openApiClient.WebsiteService.websiteAll({ workspaceId: 1 });
await openApiClient.AiGatewayService.aiGatewayLogs({ workspaceId: 'w', gatewayId: 'g', limit: '20' });
await openApiClient.WebsiteService.websiteInfo({ workspaceId: 'w', websiteId: 's', logId: 'x' });`;

const dir = mkdtempSync(join(tmpdir(), 'tianji-sdk-typecheck-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('covers every operation the SDK has', () => {
  expect(new Set(CASES.map(({ fixture }) => fixture.operationId)).size).toBe(Object.keys(COVERAGE.calls).length);
});

it('type-checks every SDK snippet against the SDK types (and refuses the planted one)', () => {
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  mkdirSync(join(dir, 'snippets'));
  const files = new Map<string, string>();
  CASES.forEach(({ fixture, context }, i) => {
    const file = join(dir, 'snippets', `case-${i}.ts`);
    writeFileSync(file, generateSnippet('sdk', fixture.request, context));
    files.set(file, fixture.name);
  });
  const planted = join(dir, 'snippets', 'planted.ts');
  writeFileSync(planted, PLANTED);

  const started = Date.now();
  const program = ts.createProgram([...files.keys(), planted], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ({
    file: d.file?.fileName ?? '',
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
    text: ts.flattenDiagnosticMessageText(d.messageText, ' '),
  }));
  console.log(`SDK snippets type-checked: ${files.size} files in ${Date.now() - started} ms`);

  const problems = diagnostics
    .filter((d) => d.file !== planted)
    .map((d) => `${files.get(d.file) ?? d.file}:${d.line}: ${d.text}`);
  expect(problems).toEqual([]);
  expect(diagnostics.filter((d) => d.file === planted).map((d) => d.line)).toEqual([3, 4, 5]);
});
