/**
 * `spec:pull`'s input: the document a Tianji server publishes (or a saved copy), fetched or read, parsed, checked
 * to be OpenAPI 3.x and validated; every way it can fail is a PullError that says what to do.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isPlainObject, type JsonObject } from '../../src/openapi/json';
// The spec modules (Redocly) load when a document is validated, so a bad answer is reported fast.

const MAX_PROBLEMS = 20;

/** An error meant for the user: printed as one `spec:pull: …` line (plus `details`), exit 1. */
export class PullError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** Whether the command-line input is written as a URL (`https://…`), not as a file or a bare host name. */
export const hasScheme = (input: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(input);

/** A bare origin gets `/open/_document`; a URL ending in `/_document` is used as is. */
export function documentUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(hasScheme(input) ? input : `https://${input}`);
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
export interface Fetched {
  text: string;
  value: unknown;
}

export async function fetchDocument(url: URL, timeoutSeconds: number): Promise<Fetched> {
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
export function readDocumentFile(file: string): Fetched {
  return parseJson(fs.readFileSync(file, 'utf8'), `${file} is not JSON`);
}

export function checkOpenApi(url: URL | string, doc: unknown): JsonObject {
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
export async function validateText(text: string, name: string, problem: string): Promise<void> {
  const { formatProblem, SpecValidationError, validateSpec } = await import('../../src/openapi/validate');
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
