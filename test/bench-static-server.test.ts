// The bench's static host (bench/lib/static-server.ts): encodings, cache headers, file layout, 404, traversal.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, encodingFor, resolveFile, serveStatic, type StaticServer } from '../bench/lib/static-server';

const JS = `console.log(${JSON.stringify('x'.repeat(5000))});\n`;
let dir: string;
let server: StaticServer;

/** A raw GET (fetch would decode the body itself and hide the encoding). */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'static-server-'));
  fs.mkdirSync(path.join(dir, 'assets/js'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'docs/api'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'assets/js/main.abc123.js'), JS);
  fs.writeFileSync(path.join(dir, 'index.html'), '<h1>home</h1>');
  fs.writeFileSync(path.join(dir, 'docs/getting-started.html'), '<h1>guide</h1>');
  fs.writeFileSync(path.join(dir, 'docs/api/index.html'), '<h1>api</h1>');
  fs.writeFileSync(path.join(dir, 'img.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  fs.writeFileSync(path.join(dir, '404.html'), '<h1>missing</h1>');
  fs.writeFileSync(path.join(os.tmpdir(), 'static-server-secret.txt'), 'secret');
  server = await serveStatic(dir, { precompress: ['assets'] });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('encodingFor', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(encodingFor('gzip, deflate, br, zstd')).toBe('br');
    expect(encodingFor('gzip, br;q=0')).toBe('gzip');
    expect(encodingFor('deflate')).toBe('identity');
    expect(encodingFor(undefined)).toBe('identity');
  });
});

describe('cacheControlFor', () => {
  it('makes hashed assets immutable and revalidates pages', () => {
    expect(cacheControlFor('/assets/js/main.abc123.js')).toContain('immutable');
    expect(cacheControlFor('/docs/getting-started')).toBe('public, max-age=0, must-revalidate');
  });
});

describe('resolveFile', () => {
  it("follows Docusaurus's trailingSlash: false layout", () => {
    expect(resolveFile(dir, '/docs/getting-started')).toBe(path.join(dir, 'docs/getting-started.html'));
    expect(resolveFile(dir, '/docs/api')).toBe(path.join(dir, 'docs/api/index.html'));
    expect(resolveFile(dir, '/')).toBe(path.join(dir, 'index.html'));
    expect(resolveFile(dir, '/nope')).toBeUndefined();
  });
  it('never leaves the folder', () => {
    expect(resolveFile(dir, '/../static-server-secret.txt')).toBeUndefined();
    expect(resolveFile(path.join(dir, 'docs'), '/../index.html')).toBeUndefined();
  });
});

describe('serveStatic', () => {
  it('answers brotli when accepted, and the body decodes to the file', async () => {
    const res = await get(`${server.base}/assets/js/main.abc123.js`, { 'accept-encoding': 'gzip, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.body.length).toBeLessThan(JS.length / 10);
    expect(zlib.brotliDecompressSync(res.body).toString()).toBe(JS);
  });
  it('precompresses the folders asked for before answering', async () => {
    const other = await serveStatic(dir, { precompress: ['assets'] });
    // The file changes after the start: the body served is the one compressed ahead.
    const file = path.join(dir, 'assets/js/main.abc123.js');
    fs.writeFileSync(file, 'changed');
    try {
      const res = await get(`${other.base}/assets/js/main.abc123.js`, { 'accept-encoding': 'br' });
      expect(zlib.brotliDecompressSync(res.body).toString()).toBe(JS);
    } finally {
      fs.writeFileSync(file, JS);
      await other.close();
    }
  });
  it('answers gzip to a gzip-only client', async () => {
    const res = await get(`${server.base}/assets/js/main.abc123.js`, { 'accept-encoding': 'gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(res.body).toString()).toBe(JS);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
  });
  it('answers uncompressed without Accept-Encoding, and never compresses images', async () => {
    const plain = await get(`${server.base}/assets/js/main.abc123.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(JS);
    const png = await get(`${server.base}/img.png`, { 'accept-encoding': 'br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['content-type']).toBe('image/png');
  });
  it('serves pages without .html, revalidated, and 404.html with status 404', async () => {
    const page = await get(`${server.base}/docs/getting-started`);
    expect(page.status).toBe(200);
    expect(page.body.toString()).toBe('<h1>guide</h1>');
    expect(page.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const missing = await get(`${server.base}/docs/missing`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe('<h1>missing</h1>');
    const escaped = await get(`${server.base}/%2e%2e/static-server-secret.txt`);
    expect(escaped.status).toBe(404);
    expect(escaped.body.toString()).not.toContain('secret');
  });
});
