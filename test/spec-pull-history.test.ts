/**
 * `npm run spec:pull` extends the API history beside the spec it refreshes: run as a child process against a local
 * server publishing v1.30.25's document renamed v1.31.0 with one operation removed, on temp copies of the spec and
 * of openapi/history.json (never the checkout's files).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHistory } from '../src/history/record';
import { DEFAULT_SOURCE_DIR, readHistoryFile } from '../src/history/sources';
import { buildTimeline } from '../src/history/timeline';
import { OVERLAY_DIR, UPSTREAM_SPEC } from '../src/overlay/layout';
import { DEFAULT_SPEC, HISTORY_FILE } from '../src/site-layout';

const root = path.resolve(__dirname, '..');
const TSX = path.join(root, 'node_modules/.bin/tsx');
const SLOW = 120_000;
const NEWEST = path.resolve(root, DEFAULT_SOURCE_DIR, 'v1.30.25.json');

const upstream = JSON.parse(fs.readFileSync(NEWEST, 'utf8'));
upstream.info.version = 'v1.31.0';
delete upstream.paths['/workspace/{workspaceId}/worker/all'].get;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'spec-pull-history-'));
const spec = path.join(tmp, 'tianji.yaml');
const history = path.join(tmp, 'history.json');
const lone = path.join(tmp, 'lone');
let server: http.Server;
let base = '';

function pull(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ['scripts/spec-pull.ts', ...args],
      { cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 16 << 20 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  fs.mkdirSync(lone);
  for (const dir of [tmp, lone]) {
    fs.copyFileSync(path.join(root, DEFAULT_SPEC), path.join(dir, 'tianji.yaml'));
    fs.cpSync(path.join(root, OVERLAY_DIR), path.join(dir, 'overlays'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'upstream'));
    fs.copyFileSync(path.join(root, UPSTREAM_SPEC), path.join(dir, 'upstream', path.basename(UPSTREAM_SPEC)));
  }
  fs.copyFileSync(path.join(root, HISTORY_FILE), history);
  const body = JSON.stringify(upstream);
  server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!fs.existsSync(NEWEST))('spec:pull and the API history', () => {
  it(
    'adds the pulled version to the history beside the spec, once',
    async () => {
      const before = readHistoryFile(history);
      const run = await pull([base, '--yes', '--out', spec]);
      // The removed operation leaves our overlay actions for it without a target: written, reported, exit 1.
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toMatch(/orphan overlay action/);
      const orphans = run.stdout.split('\n').filter((line) => / action #\d+: /.test(line));
      expect(orphans.length).toBeGreaterThan(0);
      for (const line of orphans) expect(line).toContain("$.paths['/workspace/{workspaceId}/worker/all'].get");
      expect(run.stdout).toMatch(/^History: v1\.31\.0 added to .*history\.json\.$/m);
      const after = readHistoryFile(history);
      expect(after.versions.slice(0, -1)).toEqual(before.versions);
      expect(after.shapes.slice(0, before.shapes.length)).toEqual(before.shapes);
      const records = decodeHistory(after);
      expect(records.at(-1)!.version).toBe('v1.31.0');
      expect(records.at(-1)!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const timeline = buildTimeline(records);
      expect(timeline.operations['worker-all']).toMatchObject({ added: 'v1.30.4', removed: 'v1.31.0' });
      // Unchanged operations reuse the shapes v1.30.25 recorded: nothing new but what changed.
      expect(after.shapes.length).toBe(before.shapes.length);

      const again = await pull([base, '--yes', '--out', spec]);
      expect(again.stdout).toContain('nothing to write');
      expect(readHistoryFile(history)).toEqual(after);
    },
    SLOW,
  );

  it(
    'says so and writes no history where the spec has none beside it',
    async () => {
      const run = await pull([base, '--yes', '--out', path.join(lone, 'tianji.yaml')]);
      expect(run.stdout).toContain('Wrote');
      expect(run.stdout).toMatch(/^History: no .*history\.json, not extended\.$/m);
      expect(fs.existsSync(path.join(lone, 'history.json'))).toBe(false);
    },
    SLOW,
  );
});
