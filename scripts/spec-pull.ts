/**
 * `npm run spec:pull -- https://tianji.example.com [--yes] [--out openapi/tianji.yaml] [--timeout 30]`
 *
 * Fetches the OpenAPI document a Tianji server publishes (`/open/_document`, served when the server runs with
 * ALLOW_OPENAPI=true), validates it, prints what changed against our spec (operations added, removed, changed;
 * prose is ignored) and, with --yes or after a y/N confirmation on a terminal, writes the refreshed spec:
 * upstream facts with our prose, info, servers, security scheme, error responses and public/secured decisions.
 * When it writes, the API history beside the spec (openapi/history.json, or --history <file>) gains the document's
 * version if it is newer than every recorded one (src/history/extend.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { isPlainObject, type JsonObject } from '../src/openapi/json';
import { DEFAULT_SPEC, HISTORY_FILE } from '../src/site-layout';
// The spec modules (Redocly, the sampler, yaml) load after the fetch, so a bad answer is reported fast.

const root = path.resolve(__dirname, '..');
const USAGE =
  'usage: npm run spec:pull -- https://your-tianji-host [--yes] [--out openapi/tianji.yaml] [--history <file>] [--timeout 30]';
const MAX_PROBLEMS = 20;

/** An error meant for the user: printed as one `spec:pull: …` line (plus `details`), exit 1. */
class PullError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** A bare origin gets `/open/_document`; a URL ending in `/_document` is used as is. */
function documentUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `https://${input}`);
  } catch {
    throw new PullError(`not a URL: ${input} (expected e.g. https://tianji.example.com)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new PullError(`not an http(s) URL: ${input}`);
  const base = url.pathname.replace(/\/+$/, '');
  if (!base.endsWith('/_document'))
    url.pathname = base.endsWith('/open') ? `${base}/_document` : `${base}/open/_document`;
  return url;
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.message) return cause.message;
  if (cause?.code) return cause.code;
  return error instanceof Error ? error.message : String(error);
}

async function fetchDocument(url: URL, timeoutSeconds: number): Promise<unknown> {
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(timeoutSeconds * 1000),
    });
    body = await response.text();
  } catch (error) {
    if ((error as Error)?.name === 'TimeoutError' || (error as Error)?.name === 'AbortError') {
      throw new PullError(`no answer from ${url} within ${timeoutSeconds} s`);
    }
    throw new PullError(`cannot reach ${url}: ${networkReason(error)}`);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    const hint =
      response.status === 404 || response.status === 403
        ? ' The server publishes its OpenAPI document only when it runs with ALLOW_OPENAPI=true; set it in the server environment and restart.'
        : '';
    throw new PullError(`GET ${url} answered ${status}.${hint}`);
  }
  const type = response.headers.get('content-type') ?? '';
  const start = body.trimStart();
  if (/html/i.test(type) || /^<(!doctype|html|head|body|\?xml|!--)/i.test(start)) {
    throw new PullError(
      `${url} answered with an HTML page, not the JSON OpenAPI document (is this your Tianji server's address?)`,
    );
  }
  try {
    return JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const preview = JSON.stringify(start.slice(0, 40));
    throw new PullError(`${url} did not answer JSON (${reason}); the body starts with ${preview}`);
  }
}

function checkOpenApi(url: URL, doc: unknown): JsonObject {
  const what = `${url} is not an OpenAPI 3.x document`;
  if (!isPlainObject(doc)) {
    throw new PullError(
      `${what}: it is JSON ${Array.isArray(doc) ? 'array' : doc === null ? 'null' : typeof doc}, not an object`,
    );
  }
  if (typeof doc.swagger === 'string') throw new PullError(`${what}: it is Swagger ${doc.swagger}`);
  if (typeof doc.openapi !== 'string') {
    const keys = Object.keys(doc).slice(0, 5).join(', ') || 'none';
    throw new PullError(`${what}: it has no "openapi" version field (top-level keys: ${keys})`);
  }
  if (!doc.openapi.startsWith('3.')) throw new PullError(`${what}: it declares openapi ${doc.openapi}`);
  if (!doc.paths || typeof doc.paths !== 'object') throw new PullError(`${what}: it has no "paths"`);
  return doc;
}

/** Validates `text` as a spec file in a temp dir; the file stays there for inspection when it is invalid. */
async function validateText(text: string, name: string, problem: string): Promise<void> {
  const { formatProblem, SpecValidationError, validateSpec } = await import('../src/openapi/validate');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-pull-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  try {
    await validateSpec(file, dir);
  } catch (error) {
    if (!(error instanceof SpecValidationError)) throw error;
    const lines = error.problems
      .slice(0, MAX_PROBLEMS)
      .map((p) => formatProblem({ ...p, file: path.resolve(dir, p.file) }));
    if (error.problems.length > MAX_PROBLEMS) lines.push(`… and ${error.problems.length - MAX_PROBLEMS} more`);
    throw new PullError(
      `${problem} (${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}, saved as ${file}):`,
      lines,
    );
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

async function confirm(question: string): Promise<boolean> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/** Adds the pulled version to the history file, if there is one and the version is newer than all it records. */
async function extendHistoryFile(file: string, document: unknown): Promise<void> {
  const label = path.relative(process.cwd(), file) || file;
  if (!fs.existsSync(file)) {
    console.log(`History: no ${label}, not extended.`);
    return;
  }
  const { extendHistory } = await import('../src/history/extend');
  const { historyText } = await import('../src/history/record');
  const { readHistoryFile } = await import('../src/history/sources');
  const outcome = extendHistory(readHistoryFile(file), document, new Date().toISOString().slice(0, 10));
  if (outcome.kind === 'appended') {
    fs.writeFileSync(file, historyText(outcome.history));
    console.log(`History: ${outcome.version} added to ${label}.`);
  } else if (outcome.kind === 'recorded') console.log(`History: ${outcome.version} is already in ${label}.`);
  else if (outcome.kind === 'differs') {
    console.log(`History: ${label} already records ${outcome.version} with other facts; left as it is.`);
  } else if (outcome.kind === 'older') {
    console.log(`History: ${outcome.version} is older than ${outcome.newest}, the newest in ${label}; not added.`);
  } else
    console.log(`History: the document names no release (info.version ${outcome.version ?? 'missing'}); not added.`);
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        yes: { type: 'boolean', short: 'y' },
        out: { type: 'string', short: 'o' },
        history: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`spec:pull: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const timeout = Number(args.values.timeout ?? 30);
  if (!Number.isFinite(timeout) || timeout <= 0) {
    console.error(`spec:pull: --timeout takes seconds, got ${args.values.timeout}\n${USAGE}`);
    return 2;
  }
  const out = args.values.out ? path.resolve(args.values.out) : path.join(root, DEFAULT_SPEC);
  const relative = path.relative(process.cwd(), out);
  const outLabel = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : out;

  const url = documentUrl(args.positionals[0]);
  if (!fs.existsSync(out)) throw new PullError(`no spec at ${outLabel} to refresh (check --out)`);
  const currentText = fs.readFileSync(out, 'utf8');

  console.log(`Fetching ${url}`);
  const fetched = checkOpenApi(url, await fetchDocument(url, timeout));
  await validateText(
    JSON.stringify(fetched, null, 2),
    '_document.json',
    `the document from ${url} is not a valid OpenAPI document`,
  );

  const { default: YAML } = await import('yaml');
  const { diffSpecs, formatDiff, isEmptyDiff, operationEntries } = await import('../src/spec-refresh/diff');
  const { normalizeUpstream, refreshSpec } = await import('../src/spec-refresh/refresh');
  const { headerComment, toYaml } = await import('../src/spec-refresh/write-yaml');
  const { at } = await import('../src/spec-refresh/json-read');
  let current: unknown;
  try {
    current = YAML.parse(currentText);
  } catch (error) {
    throw new PullError(`cannot read ${outLabel}: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!isPlainObject(current)) throw new PullError(`cannot read ${outLabel}: it is not a YAML mapping`);
  const upstream = normalizeUpstream(fetched);
  const diff = diffSpecs(current, upstream);
  const refreshed = refreshSpec(current, upstream);
  const text = toYaml(refreshed.document, headerComment(currentText));

  const title = [at(fetched, 'info', 'title'), at(fetched, 'info', 'version')].filter(Boolean).join(' ');
  console.log(
    `Upstream: ${title || '(untitled)'}, OpenAPI ${String(fetched.openapi)}, ${operationEntries(fetched).size} operations`,
  );
  console.log(`Compared with ${outLabel} (${operationEntries(current).size} operations):`);
  for (const line of formatDiff(diff)) console.log(line);
  if (diff.changed.some((op) => op.changes.some((c) => c.startsWith('security:')))) {
    console.log(
      '  (security changes are not applied to operations we already document: our public/secured decision stays)',
    );
  }
  if (refreshed.version.before !== refreshed.version.after) {
    console.log(`\nVersion: ${refreshed.version.before ?? '(none)'} → ${refreshed.version.after}`);
  }
  if (refreshed.needsDescription.length > 0 || refreshed.newTags.length > 0) {
    console.log('\nNeeds our own description (upstream text, if any, is used until then):');
    for (const op of refreshed.needsDescription) {
      console.log(
        `  ${op.method ? `${op.key}${op.operationId ? `  (${op.operationId})` : ''}` : op.path}: ${op.what.join(', ')}`,
      );
    }
    for (const tag of refreshed.newTags) console.log(`  tag ${tag}: description`);
  }
  if (refreshed.droppedTags.length > 0)
    console.log(`\nTags no operation uses any more (dropped): ${refreshed.droppedTags.join(', ')}`);
  console.log('');

  if (text === currentText) {
    console.log(`${outLabel} is up to date: nothing to write`);
    return 0;
  }
  if (isEmptyDiff(diff)) console.log('No operation changed; the rewrite only touches formatting or top-level fields.');
  let write = args.values.yes === true;
  if (!write && process.stdin.isTTY && process.stdout.isTTY) write = await confirm(`Write ${outLabel}? [y/N] `);
  if (!write) {
    console.log(`dry run: nothing written (pass --yes to write ${outLabel})`);
    return 0;
  }
  await validateText(
    text,
    path.basename(out),
    'the refreshed spec does not validate (a spec:pull bug; nothing written)',
  );
  const temp = `${out}.spec-pull-${process.pid}`;
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, out);
  console.log(`Wrote ${outLabel}.`);
  const historyFile = args.values.history
    ? path.resolve(args.values.history)
    : path.join(path.dirname(out), path.basename(HISTORY_FILE));
  await extendHistoryFile(historyFile, fetched);
  console.log('Next: run `npm run i18n:check` to see translations made stale or missing by this refresh.');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof PullError) {
      console.error(`spec:pull: ${error.message}`);
      for (const line of error.details) console.error(`  ${line}`);
    } else {
      console.error('spec:pull: unexpected error:', error);
    }
    process.exitCode = 1;
  },
);
