/**
 * `npm run mock` as a reader starts it: the script on the project spec, on a free port (`--port 0`), answering real
 * HTTP requests with the demo key it prints, and stopping cleanly on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_API_KEY } from '../src/mock/auth';

const WORKSPACE = 'clnzoxcy10001vy2ohi4obbi0';
let child: ChildProcess | undefined;
const started: ChildProcess[] = [];

afterAll(() => {
  for (const process of started) if (process.exitCode === null && process.signalCode === null) process.kill('SIGKILL');
});

/** Starts the script and resolves with what it printed once it has said where it listens and with which key. */
function startScript(args: string[]): Promise<{ baseUrl: string; output: () => string }> {
  // One process (tsx as a loader, not its CLI, which would run the script in a second one), so a kill reaches it.
  child = spawn(process.execPath, ['--import', 'tsx', 'scripts/mock-server.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Tianji mock: (http:\/\/\S+)/.exec(output)?.[1];
      if (url && /API key: \S+\n/.test(output)) resolve({ baseUrl: url, output: () => output });
    };
    child!.stdout!.on('data', onData);
    child!.stderr!.on('data', onData);
    child!.once('exit', (code) => reject(new Error(`mock exited with ${code}:\n${output}`)));
  });
}

describe('npm run mock', { timeout: 120_000 }, () => {
  it('serves the spec on the port asked for, with the demo key, until it is stopped', async () => {
    const { baseUrl, output } = await startScript(['--port', '0']);
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/open$/);
    expect(output()).toContain(DEMO_API_KEY);

    const url = `${baseUrl}/workspace/${WORKSPACE}/website/all`;
    expect((await fetch(url)).status).toBe(401);
    const answer = await fetch(url, { headers: { authorization: `Bearer ${DEMO_API_KEY}` } });
    expect(answer.status).toBe(200);
    expect(Array.isArray(await answer.json())).toBe(true);

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child!.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses a port that is not one', async () => {
    await expect(startScript(['--port', 'eighty'])).rejects.toThrow(/exited with 2:[\s\S]*Not a port: eighty/);
  });
});
