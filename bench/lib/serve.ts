/**
 * A built site served by `docusaurus serve` on a free loopback port, held open in the run's resources (so
 * an error or Ctrl-C stops it too) until its `stop` runs.
 */
import net from 'node:net';
import path from 'node:path';
import type { BenchContext } from './context';
import { startDetached } from './proc';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface Served {
  base: string;
  stop: () => Promise<void>;
}

/** Serves `dir`/build on `port` and waits until it answers; the server's output goes to logs/`logName`. */
export async function serveBuild(ctx: BenchContext, dir: string, port: number, logName: string): Promise<Served> {
  const base = `http://127.0.0.1:${port}`;
  const server = startDetached(
    ctx.resources.groups,
    path.join(dir, 'node_modules/.bin/docusaurus'),
    ['serve', '--dir', 'build', '--host', '127.0.0.1', '--port', String(port), '--no-open'],
    dir,
    path.join(ctx.paths.logs, logName),
  );
  const stop = ctx.resources.hold(server.stop);
  await waitForHttp(`${base}/`, 60_000);
  return { base, stop };
}
