/**
 * A built site served the way a static host serves it: brotli or gzip as the browser accepts (text types
 * only), cache headers (hashed assets immutable for a year, everything else revalidated), Docusaurus's
 * `trailingSlash: false` file layout (`/docs/x` → docs/x.html) and its 404.html.
 * `docusaurus serve` compresses nothing, which is not what a reader of a deployed site gets.
 * Hand-written on node:http + node:zlib: a dependency-free server with exactly these rules is ~100 lines.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|yaml|manifest)|image\/svg)/;

/** Docusaurus puts content-hashed files under /assets/: they never change under their name. */
const IMMUTABLE = /^\/assets\//;

export type Encoding = 'br' | 'gzip' | 'identity';

/** The encoding to answer `accept` (an Accept-Encoding header) with: brotli first, as hosts do. */
export function encodingFor(accept: string | undefined): Encoding {
  const offered = new Set(
    (accept ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.split('=')[1]) > 0)
      .map(([name]) => name.trim().toLowerCase()),
  );
  if (offered.has('br')) return 'br';
  if (offered.has('gzip')) return 'gzip';
  return 'identity';
}

/** The file of `dir` that answers `urlPath` (decoded, no query), or undefined. Never outside `dir`. */
export function resolveFile(dir: string, urlPath: string): string | undefined {
  const root = path.resolve(dir);
  const wanted = path.resolve(root, `.${path.posix.normalize(urlPath)}`);
  if (wanted !== root && !wanted.startsWith(root + path.sep)) return undefined;
  for (const candidate of [wanted, `${wanted}.html`, path.join(wanted, 'index.html')]) {
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

export function cacheControlFor(urlPath: string): string {
  return IMMUTABLE.test(urlPath) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
}

const brotliOptions = (body: Buffer) => ({
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
});

function compress(body: Buffer, encoding: Exclude<Encoding, 'identity'>): Buffer {
  return encoding === 'br' ? zlib.brotliCompressSync(body, brotliOptions(body)) : zlib.gzipSync(body, { level: 9 });
}

const brotliAsync = promisify(zlib.brotliCompress);
const gzipAsync = promisify(zlib.gzip);

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Compresses the text files under `dirs` (both encodings) into `cache`, two at a time (zlib's thread pool). */
async function precompress(dirs: string[], cache: Map<string, Buffer>): Promise<void> {
  const files = dirs.flatMap(filesUnder).filter((f) => COMPRESSIBLE.test(TYPES[path.extname(f).toLowerCase()] ?? ''));
  const one = async (file: string) => {
    const raw = await fs.promises.readFile(file);
    cache.set(`br:${file}`, await brotliAsync(raw, brotliOptions(raw)));
    cache.set(`gzip:${file}`, await gzipAsync(raw, { level: 9 }));
  };
  for (let i = 0; i < files.length; i += 2) await Promise.all(files.slice(i, i + 2).map(one));
}

export interface StaticServer {
  base: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  /** 0 (default): any free port. */
  port?: number;
  /**
   * Folders of `dir` (e.g. `assets`) compressed before the server answers, as a host that precompresses does:
   * otherwise the first request of a large script waits for brotli's highest quality (seconds).
   */
  precompress?: string[];
}

/** Serves `dir` on 127.0.0.1. Compressed bodies are computed once (ahead for `precompress`) and kept. */
export async function serveStatic(
  dir: string,
  { port = 0, precompress: ahead = [] }: ServeOptions = {},
): Promise<StaticServer> {
  const compressed = new Map<string, Buffer>();
  await precompress(
    ahead.map((d) => path.join(dir, d)),
    compressed,
  );
  const server = http.createServer((req, res) => {
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = resolveFile(dir, urlPath);
    let status = 200;
    if (!file) {
      status = 404;
      file = resolveFile(dir, '/404.html');
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const encoding = COMPRESSIBLE.test(type) ? encodingFor(req.headers['accept-encoding']) : 'identity';
    const raw = fs.readFileSync(file);
    let body: Buffer = raw;
    if (encoding !== 'identity') {
      const key = `${encoding}:${file}`;
      body = compressed.get(key) ?? compress(raw, encoding);
      compressed.set(key, body);
    }
    res.writeHead(status, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': status === 200 ? cacheControlFor(urlPath) : 'no-store',
      vary: 'Accept-Encoding',
      ...(encoding !== 'identity' ? { 'content-encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: bound } = server.address() as import('node:net').AddressInfo;
  return {
    base: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
