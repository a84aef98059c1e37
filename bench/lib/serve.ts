/**
 * A built site served by sirv on a free loopback port, the way a static host serves it: Docusaurus's
 * `trailingSlash: false` layout (`/docs/x` → docs/x.html), its 404.html, hashed `assets/` immutable for a
 * year and everything else revalidated. With `compressed`, a copy of the build gets brotli (q 11) and gzip (9)
 * files beside every text file of the default locale and `assets/`, which sirv sends as the browser accepts.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import sirv from 'sirv';
import { LOCALES } from '../../src/i18n/locales';
import { freePort } from './util';

export const SERVED_AS =
  'sirv: brotli (q 11) or gzip (9) files made before serving, hashed assets immutable, pages revalidated';

const TEXT = /\.(html|js|css|json|svg|txt|xml|yaml|md|webmanifest)$/;

function precompressedCopy(build: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-served-'));
  fs.cpSync(build, dir, { recursive: true });
  const q = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } };
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, rel);
    if ((LOCALES as readonly string[]).includes(rel.split(path.sep)[0]) || !TEXT.test(rel)) continue;
    if (!fs.statSync(file).isFile() || fs.statSync(file).size <= 1024) continue;
    const body = fs.readFileSync(file);
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, q));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
  }
  return dir;
}

/** Serves `siteDir`/build; `close` stops the server (and removes the compressed copy). */
export async function serveBuild(siteDir: string, { compressed = false } = {}) {
  const build = path.join(siteDir, 'build');
  const dir = compressed ? precompressedCopy(build) : build;
  const files = sirv(dir, {
    etag: true,
    brotli: compressed,
    gzip: compressed,
    setHeaders: (res, pathname) =>
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
      ),
  });
  const notFound = fs.readFileSync(path.join(dir, '404.html'));
  const server = http.createServer((req, res) =>
    files(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
    }),
  );
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      if (compressed) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
