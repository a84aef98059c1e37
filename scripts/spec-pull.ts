/**
 * `npm run spec:pull -- https://tianji.example.com | path/to/document.json [--yes] [--out openapi/tianji.yaml]
 * [--history <file>] [--timeout 30]`
 *
 * Takes the OpenAPI document a Tianji server publishes (`/open/_document`, served when the server runs with
 * ALLOW_OPENAPI=true), or a saved copy of it, validates it and prints what changed against the last pulled one
 * (operations added, removed, changed; prose ignored). It then applies our overlays (openapi/overlays, beside the
 * spec) to it and lists every overlay action whose target matches nothing in the new document (an orphan), the new
 * operations and parameters that need our text, and the version before and after. With --yes (or a y/N
 * confirmation on a terminal) it writes the document as the new upstream (openapi/upstream/tianji-openapi.json)
 * and the result as the spec, and the API history beside the spec (openapi/history.json, or --history <file>) gains
 * the document's version if it is newer than every recorded one (src/history/extend.ts). Orphans make it exit 1,
 * written or not: fix or delete those actions, then `npm run spec:overlay`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { isPlainObject, type JsonObject } from '../src/openapi/json';
import { OVERLAY_DIR, UPSTREAM_SPEC } from '../src/overlay/layout';
import { DEFAULT_SPEC, HISTORY_FILE } from '../src/site-layout';
// The spec modules (Redocly, the sampler, yaml) load after the fetch, so a bad answer is reported fast.

const root = path.resolve(__dirname, '..');
const USAGE =
  'usage: npm run spec:pull -- https://your-tianji-host|document.json [--yes] [--out openapi/tianji.yaml] [--history <file>] [--timeout 30]';
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

/** The document's text and what it parsed to. */
interface Fetched {
  text: string;
  value: unknown;
}

async function fetchDocument(url: URL, timeoutSeconds: number): Promise<Fetched> {
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
  return parseJson(body, `${url} did not answer JSON`);
}

function parseJson(text: string, what: string): Fetched {
  try {
    return { text, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const preview = JSON.stringify(text.trimStart().slice(0, 40));
    throw new PullError(`${what} (${reason}); the body starts with ${preview}`);
  }
}

/** A saved document: an existing file named on the command line. */
function readDocumentFile(file: string): Fetched {
  return parseJson(fs.readFileSync(file, 'utf8'), `${file} is not JSON`);
}

function checkOpenApi(url: URL | string, doc: unknown): JsonObject {
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
  const label = (file: string) => {
    const relative = path.relative(process.cwd(), file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  };
  // The spec's neighbours, as in openapi/: upstream/tianji-openapi.json and overlays/.
  const specDir = path.dirname(out);
  const upstreamFile = path.join(specDir, path.relative(path.dirname(DEFAULT_SPEC), UPSTREAM_SPEC));
  const overlayDir = path.join(specDir, path.relative(path.dirname(DEFAULT_SPEC), OVERLAY_DIR));
  if (!fs.existsSync(overlayDir)) throw new PullError(`no overlays at ${label(overlayDir)} to apply (check --out)`);

  const input = args.positionals[0];
  const fromFile = !/^[a-z][a-z0-9+.-]*:\/\//i.test(input) && fs.existsSync(input) && fs.statSync(input).isFile();
  const source = fromFile ? input : documentUrl(input);
  console.log(fromFile ? `Reading ${input}` : `Fetching ${String(source)}`);
  const fetched = fromFile ? readDocumentFile(input) : await fetchDocument(source as URL, timeout);
  const next = checkOpenApi(source, fetched.value);
  await validateText(
    JSON.stringify(next, null, 2),
    '_document.json',
    `the document from ${String(source)} is not a valid OpenAPI document`,
  );

  const { default: YAML } = await import('yaml');
  const { diffSpecs, formatDiff, isEmptyDiff, operationEntries } = await import('../src/spec-refresh/diff');
  const { pullReport } = await import('../src/spec-refresh/report');
  const { applyOverlays, formatOrphan, readOverlays } = await import('../src/overlay/apply');
  const { SPEC_HEADER } = await import('../src/overlay/generate');
  const { toYaml } = await import('../src/overlay/write-yaml');
  const { at } = await import('../src/spec-refresh/json-read');
  const readJson = (file: string): JsonObject | undefined => {
    if (!fs.existsSync(file)) return undefined;
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return isPlainObject(value) ? value : undefined;
  };
  const previous = readJson(upstreamFile);
  const currentText = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  const current: unknown = currentText ? YAML.parse(currentText) : undefined;

  let overlays;
  try {
    overlays = readOverlays(overlayDir);
  } catch (error) {
    throw new PullError((error as Error).message);
  }
  const result = await applyOverlays(next, overlays);
  const text = toYaml(result.document, SPEC_HEADER);
  const report = pullReport(previous, next, isPlainObject(current) ? current : undefined, result.document);

  const title = [at(next, 'info', 'title'), at(next, 'info', 'version')].filter(Boolean).join(' ');
  console.log(
    `Upstream: ${title || '(untitled)'}, OpenAPI ${String(next.openapi)}, ${operationEntries(next).size} operations`,
  );
  if (previous) {
    console.log(`Compared with ${label(upstreamFile)} (${operationEntries(previous).size} operations):`);
    for (const line of formatDiff(diffSpecs(previous, next))) console.log(line);
  } else console.log(`No ${label(upstreamFile)} yet: every operation is new.`);
  console.log(
    `\nOverlays: ${overlays.length} files, ${result.applied} actions applied, ${result.orphans.length} orphans.`,
  );
  if (report.version.before !== report.version.after)
    console.log(`\nVersion: ${report.version.before ?? '(none)'} → ${report.version.after}`);
  if (report.needsDescription.length > 0 || report.newTags.length > 0) {
    console.log('\nNeeds our own description (upstream text, if any, is used until then; add it in an overlay):');
    for (const op of report.needsDescription)
      console.log(`  ${op.key}${op.operationId ? `  (${op.operationId})` : ''}: ${op.what.join(', ')}`);
    for (const tag of report.newTags) console.log(`  tag ${tag}: description`);
  }
  if (result.orphans.length > 0) {
    console.log('\nOrphans: overlay actions whose target matches nothing in this document (fix or delete them):');
    for (const orphan of result.orphans) console.log(`  ${formatOrphan(orphan)}`);
  }
  console.log('');

  const orphanExit = () => {
    if (result.orphans.length === 0) return 0;
    console.error(`spec:pull: ${result.orphans.length} orphan overlay action(s); see "Orphans" above.`);
    return 1;
  };
  if (
    text === currentText &&
    fetched.text === (fs.existsSync(upstreamFile) ? fs.readFileSync(upstreamFile, 'utf8') : '')
  ) {
    console.log(`${label(out)} and ${label(upstreamFile)} are up to date: nothing to write`);
    return orphanExit();
  }
  if (previous && isEmptyDiff(diffSpecs(previous, next)))
    console.log('No operation changed; the rewrite only touches prose, formatting or top-level fields.');
  let write = args.values.yes === true;
  if (!write && process.stdin.isTTY && process.stdout.isTTY)
    write = await confirm(`Write ${label(upstreamFile)} and ${label(out)}? [y/N] `);
  if (!write) {
    console.log(`dry run: nothing written (pass --yes to write ${label(upstreamFile)} and ${label(out)})`);
    return orphanExit();
  }
  await validateText(text, path.basename(out), 'the spec with our overlays does not validate (nothing written)');
  for (const [file, content] of [
    [upstreamFile, fetched.text],
    [out, text],
  ] as const) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.spec-pull-${process.pid}`;
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, file);
    console.log(`Wrote ${label(file)}.`);
  }
  const historyFile = args.values.history
    ? path.resolve(args.values.history)
    : path.join(specDir, path.basename(HISTORY_FILE));
  await extendHistoryFile(historyFile, next);
  console.log('Next: run `npm run i18n:check` to see translations made stale or missing by this refresh.');
  return orphanExit();
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
