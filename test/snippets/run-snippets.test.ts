/**
 * The real judge of the snippet generators: every request × every target is generated with its URL pointing at a
 * loopback echo server, written to a file and executed with the real runtime (bash + curl, node fetch,
 * node + axios, python3 + requests, php + curl), one process per snippet. The echo server records what arrived;
 * method, raw path + query (byte for byte), each header the model lists (an empty value included) and the body
 * bytes must match the request model exactly.
 *
 * The requests (at least 500): the hand-written table (src/snippets/fixtures/cases.ts), fixed-seed hostile requests
 * and one or two requests per operation of openapi/tianji.yaml (src/snippets/fixtures/generated-cases.ts), the last
 * two built with `buildRequest`, as the site builds them. Prints `snippet fidelity: N requests × V variants, M mismatches`.
 *
 * The official SDK's snippet (TypeScript, types stripped by the compiler, run by node) exists only for the operations
 * the SDK has: it runs for every spec case of those, and for each one's prefilled request. It is compared with what
 * the SDK sends by its own rules (test/support/sdk-wire.ts): where that differs from the model, the
 * case names each reason, and the model itself must then not match what arrived (no reason listed that is not real).
 *
 * A runtime that is missing (or a target left out by SNIPPETS_TARGETS) is skipped with a visible warning, never
 * passed silently. axios and the SDK run only when they resolve from the project's node_modules (or from
 * SNIPPETS_NODE_MODULES, a node_modules directory to use).
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestModel } from '../../src/request/model';
import { SNIPPET_CASES as TABLE_CASES, type SnippetCase } from '../../src/snippets/fixtures/cases';
import { GENERATED_CASES, prefilledCases, specCases } from '../../src/snippets/fixtures/generated-cases';
import { caseContext, testSdkCoverage, transpileSnippet } from '../../src/snippets/fixtures/sdk';
import { SNIPPET_TARGETS, availableTargets, type SnippetContext, type SnippetTargetId } from '../../src/snippets/index';
import { SDK_DEVIATIONS, sdkWire, type SdkDeviation } from '../support/sdk-wire';
import { loadApiModel } from '../../src/openapi/model';
import { DEFAULT_SPEC } from '../../src/site-layout';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SPEC_FILE = join(ROOT, DEFAULT_SPEC);

/** The shared fixture table, the fixed-seed hostile requests and the spec's real operations. */
const OPERATIONS = (await loadApiModel(SPEC_FILE)).operations;
const SPEC_CASES = specCases(OPERATIONS);
const SNIPPET_CASES = [...TABLE_CASES, ...GENERATED_CASES, ...SPEC_CASES];
const MIN_REQUESTS = 500;
/** The SDK's calls (read from the installed package), and the prefilled requests its snippet also runs. */
const SDK_COVERAGE = testSdkCoverage(OPERATIONS);
const SDK_ONLY_CASES = prefilledCases(OPERATIONS);

const NODE_MODULES = process.env.SNIPPETS_NODE_MODULES ?? join(ROOT, 'node_modules');
const PROCESS_TIMEOUT_MS = 20_000;
/** Processes at a time: the machine has 2 cores, and a run is mostly runtime start-up (CPU). */
const CONCURRENCY = 4;
const ECHO_BODY = 'echo-ok';

// ---------------------------------------------------------------------------------------------------------------
// Runtimes

function succeeds(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: PROCESS_TIMEOUT_MS });
  return result.status === 0;
}

function findPython(): string | undefined {
  return ['python3', '/usr/bin/python3'].find((python) => succeeds(python, ['-c', 'import requests']));
}

interface Runtime {
  ext: string;
  /** Why the target cannot run here, or undefined when it can. */
  missing?: string;
  /** The file's text from the snippet, when it is not the snippet itself (TypeScript without its types). */
  prepare?: (snippet: string) => string;
  command: (file: string) => [string, string[]];
}

const python = findPython();
const RUNTIMES: Record<SnippetTargetId, Runtime> = {
  curl: {
    ext: 'sh',
    missing: succeeds('bash', ['-c', 'curl --version'])
      ? undefined
      : 'bash or curl not installed (apt-get install curl)',
    command: (file) => ['bash', ['--norc', '--noprofile', file]],
  },
  fetch: {
    ext: 'mjs',
    missing: typeof fetch === 'function' ? undefined : 'this Node has no global fetch (Node 18+ needed)',
    command: (file) => [process.execPath, [file]],
  },
  axios: {
    ext: 'mjs',
    missing: existsSync(join(NODE_MODULES, 'axios', 'package.json'))
      ? undefined
      : `axios does not resolve from ${NODE_MODULES} (add it as a devDependency, or set SNIPPETS_NODE_MODULES)`,
    command: (file) => [process.execPath, [file]],
  },
  python: {
    ext: 'py',
    missing: python ? undefined : 'no python3 with requests (apt-get install python3-requests)',
    command: (file) => [python!, [file]],
  },
  php: {
    ext: 'php',
    missing: succeeds('php', ['-r', 'exit(function_exists("curl_init") ? 0 : 1);'])
      ? undefined
      : 'no php with the curl extension (apt-get install php-cli php-curl)',
    command: (file) => ['php', [file]],
  },
  sdk: {
    ext: 'mjs',
    missing: existsSync(join(NODE_MODULES, 'tianji-client-sdk', 'package.json'))
      ? undefined
      : `tianji-client-sdk does not resolve from ${NODE_MODULES} (a devDependency: npm ci)`,
    prepare: transpileSnippet,
    command: (file) => [process.execPath, [file]],
  },
};

// SNIPPETS_TARGETS=sdk,curl runs only those targets while working on them; the others are reported as skipped.
const ONLY = process.env.SNIPPETS_TARGETS?.split(',').map((id) => id.trim());
for (const target of SNIPPET_TARGETS) {
  if (ONLY && !ONLY.includes(target.id)) RUNTIMES[target.id].missing ??= `not in SNIPPETS_TARGETS=${ONLY.join(',')}`;
}
for (const target of SNIPPET_TARGETS) {
  const { missing } = RUNTIMES[target.id];
  if (missing) console.warn(`\n⚠ SKIPPING executed snippets for "${target.id}": ${missing}\n`);
}
const RUNNABLE = SNIPPET_TARGETS.filter((target) => !RUNTIMES[target.id].missing);

// ---------------------------------------------------------------------------------------------------------------
// Echo server: records every request by its first path segment (the run id).

interface Received {
  method: string;
  url: string;
  rawHeaders: string[];
  body: Buffer;
}

const received = new Map<string, Received[]>();

function startEchoServer(): Promise<Server> {
  // 1 MiB of request line + headers: hostile requests carry 10 KB values, up to ~25 KB once percent-encoded.
  const server = createServer({ maxHeaderSize: 1024 * 1024 }, (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const runId = (req.url ?? '').split('/')[1] ?? '';
      const list = received.get(runId) ?? [];
      list.push({
        method: req.method ?? '',
        url: req.url ?? '',
        rawHeaders: req.rawHeaders,
        body: Buffer.concat(chunks),
      });
      received.set(runId, list);
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end(ECHO_BODY);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------------------------------------------
// Running one snippet

interface Run {
  targetId: SnippetTargetId;
  caseName: string;
  runId: string;
  request: RequestModel;
  /** What must arrive: the request, or what the SDK sends for it (with the reasons it differs). */
  expected: RequestModel;
  reasons: SdkDeviation[];
  snippet: string;
  exitCode: number | null;
  stdout: string;
  stderr: string;
  problems: string[];
}

/** Replaces the origin of an absolute URL (scheme://host) by the echo server's, plus a run-id path prefix. */
function pointAtEcho(url: string, origin: string, runId: string): string {
  const pathStart = url.indexOf('/', url.indexOf('//') + 2);
  return `${origin}/${runId}${pathStart === -1 ? '/' : url.slice(pathStart)}`;
}

const CHILD_ENV: NodeJS.ProcessEnv = (() => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_PROXY: '*',
    no_proxy: '*',
    PYTHONIOENCODING: 'utf-8',
    LC_ALL: 'C.UTF-8',
  };
  for (const name of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY']) {
    delete env[name];
  }
  delete env.NODE_OPTIONS; // vitest's loader options must not leak into the snippets
  // Plain http to loopback needs no CA bundle, and Node parses NODE_EXTRA_CA_CERTS at every start (~80 ms a run).
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
})();

function execute(
  command: string,
  args: string[],
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { timeout: PROCESS_TIMEOUT_MS, env: CHILD_ENV, maxBuffer: 10 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        const timedOut = error && error.killed ? `\n[killed after ${PROCESS_TIMEOUT_MS} ms]` : '';
        resolve({ exitCode, stdout, stderr: stderr + timedOut });
      },
    );
  });
}

const show = (value: string | Buffer): string => JSON.stringify(value.toString().slice(0, 300));

function compare(run: Run, request: RequestModel): string[] {
  const problems: string[] = [];
  if (run.exitCode !== 0) problems.push(`exit code ${run.exitCode}: ${run.stderr.trim().slice(-800)}`);
  const requests = received.get(run.runId) ?? [];
  if (requests.length !== 1) {
    problems.push(`${requests.length} requests arrived, expected 1`);
    if (requests.length === 0) return problems;
  }
  const got = requests[0];
  const expectedUrl = request.url;

  // Method and URL, byte for byte.
  if (got.method !== request.method) problems.push(`method ${got.method}, expected ${request.method}`);
  const expectedPath = expectedUrl.slice(expectedUrl.indexOf('/', expectedUrl.indexOf('//') + 2));
  if (got.url !== expectedPath) problems.push(`URL ${show(got.url)}, expected ${show(expectedPath)}`);

  // Every header once, with its exact value (Node decodes header bytes as Latin-1, as they are meant).
  for (const { name, value } of request.headers) {
    const values: string[] = [];
    for (let i = 0; i < got.rawHeaders.length; i += 2) {
      if (got.rawHeaders[i].toLowerCase() === name.toLowerCase()) values.push(got.rawHeaders[i + 1]);
    }
    if (values.length !== 1 || values[0] !== value) {
      problems.push(`header ${name}: got ${JSON.stringify(values)}, expected ${JSON.stringify(value)}`);
    }
  }

  // Body bytes (UTF-8 of the text; nothing when the model has no body).
  const expectedBody = Buffer.from(request.body?.text ?? '', 'utf8');
  if (!got.body.equals(expectedBody)) {
    problems.push(
      `body (${got.body.length} bytes) ${show(got.body)}, expected (${expectedBody.length} bytes) ${show(expectedBody)}`,
    );
  }

  // The snippet printed the response (HEAD has no body to print).
  if (request.method !== 'HEAD' && run.exitCode === 0 && !run.stdout.includes(ECHO_BODY)) {
    problems.push(`response not printed; stdout: ${show(run.stdout)}`);
  }
  return problems;
}

async function runAll<T>(items: T[], limit: number, worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await worker(items[next++]);
  });
  await Promise.all(lanes);
}

// ---------------------------------------------------------------------------------------------------------------
// The tests

it('has at least 500 requests, each with its own name', () => {
  expect(SNIPPET_CASES.length).toBeGreaterThanOrEqual(MIN_REQUESTS);
  expect(new Set(SNIPPET_CASES.map((fixture) => fixture.name)).size).toBe(SNIPPET_CASES.length);
});

const contextOf = (fixture: SnippetCase): SnippetContext => caseContext(SDK_COVERAGE, fixture);
/** Every case, and the prefilled requests (run by the SDK target only). */
const ALL_CASES = [...SNIPPET_CASES, ...SDK_ONLY_CASES];
const SDK_ONLY = new Set(SDK_ONLY_CASES);

/** Whether a target runs a case: it can write it (the SDK: its operation is in the SDK) and its runtime can send it. */
function runsCase(targetId: SnippetTargetId, fixture: SnippetCase): boolean {
  if (fixture.runtimeLimits?.[targetId]) return false;
  if (SDK_ONLY.has(fixture) && targetId !== 'sdk') return false;
  return availableTargets(contextOf(fixture)).some((target) => target.id === targetId);
}

/** For a test's name: how the SDK's request differs from the model, by reason. */
function differences(targetId: SnippetTargetId, fixture: SnippetCase): string {
  const sdk = contextOf(fixture).sdk;
  if (targetId !== 'sdk' || !sdk) return '';
  const { reasons } = sdkWire(fixture.request, sdk.call);
  return reasons.length
    ? ` (differs from the model: ${reasons.map((r) => `${r}: ${SDK_DEVIATIONS[r]}`).join('; ')})`
    : '';
}

it('runs the SDK snippet for every operation the SDK has, and only for those', () => {
  const sdkOperations = new Set(ALL_CASES.filter((f) => runsCase('sdk', f)).map((f) => f.operationId));
  expect([...sdkOperations].sort()).toEqual(Object.keys(SDK_COVERAGE.calls).sort());
  expect(ALL_CASES.filter((f) => runsCase('sdk', f) && !f.operationId)).toEqual([]);
});

describe.skipIf(RUNNABLE.length === 0)('executed snippets against an echo server', () => {
  const runs = new Map<string, Run>();
  let mismatches = 0;
  const key = (targetId: string, caseName: string) => `${targetId} :: ${caseName}`;
  let server: Server;
  let dir: string;

  beforeAll(async () => {
    server = await startEchoServer();
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), 'tianji-snippets-'));
    // So that `import axios from 'axios'` in a snippet file resolves, as it would in the reader's project.
    if (existsSync(NODE_MODULES)) symlinkSync(NODE_MODULES, join(dir, 'node_modules'), 'dir');

    // Request by request (all targets of one request together), so light and heavy runtimes interleave.
    const jobs = ALL_CASES.flatMap((fixture, index) =>
      RUNNABLE.filter((target) => runsCase(target.id, fixture)).map((target) => ({
        target,
        fixture,
        runId: `run-${target.id}-${index}`,
      })),
    );
    const started = Date.now();
    await runAll(jobs, CONCURRENCY, async ({ target, fixture, runId }) => {
      const request = { ...fixture.request, url: pointAtEcho(fixture.request.url, origin, runId) };
      const context = contextOf(fixture);
      const snippet = target.generate(request, context);
      const file = join(dir, `${runId}.${RUNTIMES[target.id].ext}`);
      writeFileSync(file, `${RUNTIMES[target.id].prepare?.(snippet) ?? snippet}\n`);
      const [command, args] = RUNTIMES[target.id].command(file);
      const result = await execute(command, args);
      const wire = target.id === 'sdk' ? sdkWire(request, context.sdk!.call) : { expected: request, reasons: [] };
      const run: Run = {
        targetId: target.id,
        caseName: fixture.name,
        runId,
        request,
        ...wire,
        snippet,
        ...result,
        problems: [],
      };
      run.problems = compare(run, run.expected);
      // A listed difference must be real: the model's own request would not have matched what arrived.
      if (run.reasons.length > 0 && run.problems.length === 0 && compare(run, request).length === 0) {
        run.problems.push(`listed as differing (${run.reasons.join(', ')}), yet the request arrived as modelled`);
      }
      runs.set(key(target.id, fixture.name), run);
    });

    mismatches = [...runs.values()].filter((run) => run.problems.length > 0).length;
    const missing = SNIPPET_TARGETS.filter((t) => RUNTIMES[t.id].missing);
    const limited = SNIPPET_CASES.flatMap((fixture) =>
      RUNNABLE.filter((t) => fixture.runtimeLimits?.[t.id]).map((t) => `${t.id}: ${fixture.runtimeLimits![t.id]}`),
    );
    const reasons = [...new Set(limited)].map((reason) => `${reason} (${limited.filter((r) => r === reason).length})`);
    const sdkRuns = [...runs.values()].filter((run) => run.targetId === 'sdk');
    const differing = (Object.keys(SDK_DEVIATIONS) as SdkDeviation[])
      .map((reason) => `${reason} (${sdkRuns.filter((run) => run.reasons.includes(reason)).length})`)
      .join(', ');
    const covered = Object.keys(SDK_COVERAGE.calls).length;
    console.log(
      `\nsnippet fidelity: ${SNIPPET_CASES.length} requests × ${RUNNABLE.length} variants, ${mismatches} mismatches` +
        (limited.length ? `, ${limited.length} skipped (runtime limits: ${reasons.join('; ')})` : '') +
        (missing.length
          ? `; SKIPPED variants (runtime missing): ${missing.map((t) => `${t.id}: ${RUNTIMES[t.id].missing}`).join('; ')}`
          : '') +
        `\n  sdk: ${SDK_COVERAGE.package} ${SDK_COVERAGE.version} has ${covered} of ${OPERATIONS.length} operations ` +
        `(the others have no SDK snippet); ${sdkRuns.length} requests run, of which differ from the model by: ${differing}` +
        `\n  ${runs.size} runs (${RUNNABLE.map((t) => t.id).join(', ')}), ${CONCURRENCY} at a time, in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }, 1_800_000); // took 342 s to 785 s on a 2-core machine busy with other work: generous on purpose

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('0 mismatches', () => {
    const failed = [...runs.values()].filter((run) => run.problems.length > 0);
    expect(
      failed.map((run) => `${run.targetId} :: ${run.caseName}: ${run.problems.join(' | ').slice(0, 500)}`),
    ).toEqual([]);
    expect(mismatches).toBe(0);
  });

  for (const target of SNIPPET_TARGETS) {
    describe.skipIf(Boolean(RUNTIMES[target.id].missing))(`${target.label}`, () => {
      const limited = SNIPPET_CASES.filter((fixture) => fixture.runtimeLimits?.[target.id]);
      for (const fixture of limited) {
        console.warn(`⚠ SKIPPING "${fixture.name}" for "${target.id}": ${fixture.runtimeLimits![target.id]}`);
      }
      it.skip.each(limited.map((fixture) => [fixture.name, fixture.runtimeLimits![target.id]]))(
        '%s (runtime limit: %s)',
        () => {},
      );

      const checked = ALL_CASES.filter((fixture) => runsCase(target.id, fixture));
      it.each(checked.map((fixture) => [fixture.name, differences(target.id, fixture)]))('%s%s', (caseName) => {
        const run = runs.get(key(target.id, caseName));
        expect(run, 'the snippet was run').toBeDefined();
        expect(run!.problems, `snippet:\n${run!.snippet.slice(0, 3000)}\n`).toEqual([]);
      });
    });
  }
});
