/**
 * `npm run spec:pull` end to end: the script runs as a child process against a local server that publishes
 * `/open/_document` variants (or reads a saved document), on a temp copy of openapi/ (the spec, the upstream
 * document and the overlays; never the checkout's files).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, assert, beforeAll, describe, expect, it } from 'vitest';
import { checkSpecCatalog } from '../src/i18n/check';
import { loadEnglishSources } from '../src/i18n/sources';
import { readCatalog } from '../src/i18n/catalog';
import { diffSpecs, operationEntries } from '../src/spec-refresh/diff';
import { withoutProse } from '../src/spec-refresh/without-prose';
import { isPlainObject, type JsonObject } from '../src/openapi/json';
import { at, objectsIn, type PathKey } from '../src/spec-refresh/json-read';
import { validateSpec } from '../src/openapi/validate';
import { OVERLAY_DIR, UPSTREAM_SPEC } from '../src/overlay/layout';

/** The object at `keys` in `value` (the value itself without keys), failing the test when there is none. */
function objectAt(value: unknown, ...keys: PathKey[]): JsonObject {
  const found = at(value, ...keys);
  assert(isPlainObject(found), `no object at ${keys.join(' / ') || 'the top'}`);
  return found;
}

/** The `limit` parameter of GET /aiGateway/logs, the one `modified()` changes. */
const limitParameter = (doc: unknown) =>
  objectAt(objectsIn(at(doc, 'paths', '/aiGateway/logs', 'get', 'parameters')).find((p) => p.name === 'limit'));

const root = path.resolve(__dirname, '..');
const TSX = path.join(root, 'node_modules/.bin/tsx');
const SLOW = 120_000; // a child process loading Redocly on a busy machine
const SPEC_TEXT = fs.readFileSync(path.join(root, 'openapi/tianji.yaml'), 'utf8');
const OURS = objectAt(YAML.parse(SPEC_TEXT));
const REFERENCE = path.resolve(root, '../shared/reference/tianji-openapi.json');
const hasReference = fs.existsSync(REFERENCE);
if (!hasReference) console.warn(`spec:pull test against the real server document skipped: ${REFERENCE} is not there`);

const UPSTREAM_TEXT = fs.readFileSync(path.join(root, UPSTREAM_SPEC), 'utf8');
const UPSTREAM = objectAt(JSON.parse(UPSTREAM_TEXT));

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-pull-test-'));
let copies = 0;
/** A fresh temp copy of openapi/ (spec, upstream document, overlays); returns the spec's path. */
function specCopy(): string {
  const dir = path.join(tmp, String(++copies));
  fs.mkdirSync(path.join(dir, 'upstream'), { recursive: true });
  fs.cpSync(path.join(root, OVERLAY_DIR), path.join(dir, 'overlays'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'upstream', path.basename(UPSTREAM_SPEC)), UPSTREAM_TEXT);
  const file = path.join(dir, 'tianji.yaml');
  fs.writeFileSync(file, SPEC_TEXT);
  return file;
}
const upstreamOf = (spec: string) => path.join(path.dirname(spec), 'upstream', path.basename(UPSTREAM_SPEC));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function pull(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    // `npx tsx scripts/spec-pull.ts …` without npx's own start-up: the tsx it would run.
    execFile(
      TSX,
      ['scripts/spec-pull.ts', ...args],
      { cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 16 << 20 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const NEW_PATH = '/workspace/{workspaceId}/website/{websiteId}/tags';
const REMOVED_PATH = '/workspace/{workspaceId}/website/{websiteId}';

/** The server's document with one operation removed, one added, one parameter changed and a new version. */
function modified() {
  const doc = structuredClone(UPSTREAM) as JsonObject & { paths: Record<string, JsonObject> };
  objectAt(doc, 'info').version = 'v9.9.9';
  delete objectAt(doc.paths, REMOVED_PATH).delete;
  doc.paths[NEW_PATH] = {
    get: {
      operationId: 'website-tags',
      summary: 'Get website tags',
      tags: ['Website'],
      security: [{ Authorization: [] }],
      parameters: [
        { in: 'path', name: 'workspaceId', schema: { type: 'string' }, required: true },
        { in: 'path', name: 'websiteId', schema: { type: 'string' }, required: true },
      ],
      responses: {
        '200': {
          description: 'Successful response',
          content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } },
        },
        '401': objectAt(UPSTREAM, 'paths', REMOVED_PATH, 'delete', 'responses', '401'),
        '500': objectAt(UPSTREAM, 'paths', REMOVED_PATH, 'delete', 'responses', '500'),
      },
    },
  };
  objectAt(limitParameter(doc), 'schema').maximum = 200;
  return doc;
}

/** The server's document with the `keyword` parameter of GET /application/storeAppSearch renamed `term`. */
function renamed() {
  const doc = structuredClone(UPSTREAM);
  const parameters = objectsIn(at(doc, 'paths', '/application/storeAppSearch', 'get', 'parameters'));
  parameters.find((p) => p.name === 'keyword')!.name = 'term';
  return doc;
}

const INVALID_OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'x', version: '1' },
  paths: { '/a': { get: { operationId: 'a', responses: { '200': { $ref: '#/components/responses/Gone' } } } } }, // unresolvable
};

type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const send =
  (status: number, type: string, body: string): Route =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': type });
    res.end(body);
  };
const sendJson = (value: unknown) => send(200, 'application/json', JSON.stringify(value));

const routes: Record<string, Route> = {
  '/modified/open/_document': sendJson(modified()),
  '/e500/open/_document': send(500, 'application/json', '{"error":"boom"}'),
  '/e404/open/_document': send(404, 'text/plain', 'Not Found'),
  '/html/open/_document': send(200, 'text/html; charset=utf-8', '<!DOCTYPE html><html><body>Tianji</body></html>'),
  '/badjson/open/_document': send(200, 'application/json', '{"openapi": "3.1.0", "paths": '),
  '/notopenapi/open/_document': sendJson({ hello: 'world' }),
  '/invalid/open/_document': sendJson(INVALID_OPENAPI),
  '/hang/open/_document': () => {}, // never answers
};
if (hasReference)
  routes['/reference/open/_document'] = send(200, 'application/json', fs.readFileSync(REFERENCE, 'utf8'));

let server: http.Server;
let base = '';
let closedPort = 0;

beforeAll(async () => {
  server = http.createServer((req, res) =>
    (routes[new URL(req.url ?? '/', 'http://x').pathname] ?? send(404, 'text/plain', 'no route'))(req, res),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port nothing listens on, for the network failure.
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(tmp, { recursive: true, force: true });
});

const summaries = (doc: JsonObject) =>
  Object.fromEntries(
    [...operationEntries(doc).values()].map((e) => [e.key, [e.operation.summary, e.operation.description]]),
  );

describe.skipIf(!hasReference)('spec:pull from the document a Tianji server publishes', () => {
  it(
    'finds the same 137 operations, applies every overlay action (0 orphans) and leaves the spec unchanged',
    async () => {
      const out = specCopy();
      const run = await pull([`${base}/reference`, '--yes', '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('Upstream: Tianji OpenAPI v1.30.25, OpenAPI 3.1.0, 137 operations');
      expect(run.stdout).toMatch(/^ {2}added: {5}0$/m);
      expect(run.stdout).toMatch(/^ {2}removed: {3}0$/m);
      expect(run.stdout).toMatch(/^Overlays: \d+ files, \d+ actions applied, 0 orphans\.$/m);
      expect(run.stdout).not.toContain('Orphans:');
      expect(run.stdout).toContain('are up to date: nothing to write');
      expect(fs.readFileSync(out, 'utf8')).toBe(SPEC_TEXT);
      expect(fs.readFileSync(upstreamOf(out), 'utf8')).toBe(UPSTREAM_TEXT);
    },
    SLOW,
  );
});

describe('spec:pull from a server that renamed a field', () => {
  it(
    'names every overlay action that lost its target (file, action index, target) and exits 1',
    async () => {
      const out = specCopy();
      const saved = path.join(path.dirname(out), 'renamed.json');
      fs.writeFileSync(saved, JSON.stringify(renamed()));
      const run = await pull([saved, '--out', out]); // a saved document: the CLI takes a file too
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`Reading ${saved}`);
      expect(run.stdout).toMatch(/^Overlays: \d+ files, \d+ actions applied, 2 orphans\.$/m);
      const orphans = run.stdout.split('\n').filter((line) => / action #\d+: /.test(line));
      expect(orphans).toEqual([
        expect.stringMatching(
          /^ {2}30-parameters\.overlay\.yaml action #\d+: \$\.paths\['\/application\/storeAppSearch'\]\.get\.parameters\[\?\(@\.name=='keyword' && @\.in=='query'\)\] matches nothing$/,
        ),
        expect.stringMatching(
          /^ {2}60-examples\.overlay\.yaml action #\d+: .*@\.name=='keyword'.*\.schema matches nothing$/,
        ),
      ]);
      expect(run.stdout).toContain(
        'GET /application/storeAppSearch  (application-storeAppSearch): parameter query:term',
      );
      expect(run.stderr).toContain('spec:pull: 2 orphan overlay action(s)');
      expect(run.stdout).toContain('dry run: nothing written');
      expect(fs.readFileSync(out, 'utf8')).toBe(SPEC_TEXT);
    },
    SLOW,
  );
});

describe('spec:pull from a changed server', () => {
  const out = specCopy();

  it(
    'prints the diff and writes nothing without --yes',
    async () => {
      const run = await pull([`${base}/modified/open/_document`, '--out', out]);
      const lines = run.stdout.split('\n');
      // Our actions for the removed operation have lost their target: listed, and the exit code says so.
      const orphans = lines.filter((line) => / action #\d+: /.test(line));
      expect(orphans.length).toBeGreaterThan(0);
      for (const line of orphans) expect(line).toContain(`$.paths['${REMOVED_PATH}'].delete`);
      expect(run.code, run.stderr).toBe(1);
      const section = (title: string) => {
        const start = lines.indexOf(title);
        const end = lines.indexOf('', start);
        return start < 0 ? [] : lines.slice(start + 1, end < 0 ? undefined : end);
      };
      expect(lines).toEqual(
        expect.arrayContaining(['  added:     1', '  removed:   1', '  changed:   1', '  unchanged: 135']),
      );
      expect(section('Added:')).toEqual([`  + GET ${NEW_PATH}  (website-tags)`]);
      expect(section('Removed:')).toEqual([`  - DELETE ${REMOVED_PATH}  (website-delete)`]);
      expect(section('Changed:')).toEqual([
        '  ~ GET /aiGateway/logs  (aiGateway-logs): parameter query:limit schema changed',
      ]);
      expect(section('Needs our own description (shown without one until then; add it in an overlay):')).toEqual([
        `  GET ${NEW_PATH}  (website-tags): summary, description, parameter path:workspaceId, parameter path:websiteId`,
      ]);
      expect(run.stdout).toContain('Version: v1.30.25 → v9.9.9');
      expect(run.stdout).toContain('dry run: nothing written');
      expect(fs.readFileSync(out, 'utf8')).toBe(SPEC_TEXT);
    },
    SLOW,
  );

  it(
    'with --yes writes the document as upstream and upstream + overlays as the spec, our layer kept',
    async () => {
      const run = await pull([`${base}/modified`, '--yes', '--out', out]);
      expect(run.code, run.stderr).toBe(1); // the orphans above; written all the same
      expect(run.stdout).toContain('npm run i18n:check');
      // Stored as facts: the server's summary of the new operation is not kept.
      expect(JSON.parse(fs.readFileSync(upstreamOf(out), 'utf8'))).toEqual(withoutProse(modified()));
      const text = fs.readFileSync(out, 'utf8');
      expect(text.split('\n')[0]).toBe(SPEC_TEXT.split('\n')[0]); // the header comment
      await expect(validateSpec(out)).resolves.toEqual([]);

      const written = objectAt(YAML.parse(text));
      const diff = diffSpecs(OURS, written);
      expect(diff.added.map((op) => op.key)).toEqual([`GET ${NEW_PATH}`]);
      expect(diff.removed.map((op) => op.key)).toEqual([`DELETE ${REMOVED_PATH}`]);
      expect(diff.changed).toEqual([
        expect.objectContaining({ operationId: 'aiGateway-logs', changes: ['parameter query:limit schema changed'] }),
      ]);

      expect(written.info).toEqual({ ...objectAt(OURS, 'info'), version: 'v9.9.9' });
      for (const field of ['servers', 'security', 'tags', 'components']) expect(written[field]).toEqual(OURS[field]);
      const kept = summaries(OURS);
      delete kept[`DELETE ${REMOVED_PATH}`];
      const now = summaries(written);
      // No text until an overlay gives ours (the pull listed it under "Needs our own description").
      expect(now[`GET ${NEW_PATH}`]).toEqual([undefined, undefined]);
      delete now[`GET ${NEW_PATH}`];
      expect(now).toEqual(kept);

      const limit = limitParameter(written);
      expect(at(limit, 'schema', 'maximum')).toBe(200);
      expect(limit.description).toBe(limitParameter(OURS).description);
      // The overlays' rules hold for the new operation too: our error responses, the default security.
      const added = objectAt(written, 'paths', NEW_PATH, 'get');
      expect(added.security).toBeUndefined();
      expect(added.responses).toEqual({
        '200': expect.objectContaining({ description: 'The request succeeded.' }),
        '401': { $ref: '#/components/responses/Unauthorized' },
        '500': { $ref: '#/components/responses/InternalError' },
      });
    },
    SLOW,
  );

  it(
    'leaves translations current (prose kept) and the new operation missing in every catalog',
    async () => {
      const check = async (file: string) => {
        const en = await loadEnglishSources(file);
        return checkSpecCatalog('fr', 'fr.json', readCatalog(path.join(root, 'openapi/i18n'), 'fr'), en);
      };
      const original = path.join(tmp, 'original.yaml');
      fs.writeFileSync(original, SPEC_TEXT);
      const [before, after] = await Promise.all([check(original), check(out)]);
      const where = (findings: typeof before, status: string) =>
        findings.filter((f) => f.status === status).map((f) => f.where);
      expect(where(after, 'missing').filter((w) => !where(before, 'missing').includes(w))).toEqual([
        'fr.json#operations/website-tags',
      ]);
      expect(where(after, 'stale').filter((w) => !where(before, 'stale').includes(w))).toEqual([]);
    },
    SLOW,
  );

  it(
    'has nothing left to do on a second pull',
    async () => {
      const run = await pull([`${base}/modified`, '--yes', '--out', out]);
      expect(run.stdout).toMatch(/^ {2}unchanged: 137$/m);
      expect(run.stdout).toContain('are up to date: nothing to write');
    },
    SLOW,
  );
});

describe.concurrent('spec:pull refuses bad answers with a clear error and writes nothing', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    [
      'a 500',
      () => [`${base}/e500`],
      /^spec:pull: GET http:\/\/127\.0\.0\.1:\d+\/e500\/open\/_document answered 500 Internal Server Error\.$/m,
    ],
    ['a 404 (OpenAPI not enabled)', () => [`${base}/e404`], /answered 404 Not Found\. .*ALLOW_OPENAPI=true/],
    ['an HTML page', () => [`${base}/html`], /answered with an HTML page, not the JSON OpenAPI document/],
    ['invalid JSON', () => [`${base}/badjson`], /did not answer JSON \(.+\); the body starts with "\{\\"openapi\\"/],
    [
      'JSON that is not OpenAPI',
      () => [`${base}/notopenapi`],
      /is not an OpenAPI 3\.x document: it has no "openapi" version field \(top-level keys: hello\)/,
    ],
    [
      'an invalid OpenAPI document',
      () => [`${base}/invalid`],
      /is not a valid OpenAPI document \(1 problem, saved as .+\):\n {2}.+_document\.json#\/paths\/~1a\/get\/responses\/200: /,
    ],
    [
      'no server',
      () => [`http://127.0.0.1:${closedPort}`],
      /^spec:pull: cannot reach http:\/\/127\.0\.0\.1:\d+\/open\/_document: .*ECONNREFUSED/m,
    ],
    [
      'no answer in time',
      () => [`${base}/hang`, '--timeout', '1'],
      /^spec:pull: no answer from .+\/hang\/open\/_document within 1 s$/m,
    ],
  ];
  it.each(cases)(
    '%s',
    async (_name, args, message) => {
      const out = specCopy();
      const run = await pull([...args(), '--yes', '--out', out]);
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')[0]).toMatch(/^spec:pull: /);
      expect(run.stdout).not.toContain('Wrote');
      expect(fs.readFileSync(out, 'utf8')).toBe(SPEC_TEXT);
      // An invalid document is kept for inspection; not needed here.
      const saved = /saved as (.+_document\.json)\)/.exec(run.stderr)?.[1];
      if (saved) fs.rmSync(path.dirname(saved), { recursive: true, force: true });
    },
    SLOW,
  );
});
