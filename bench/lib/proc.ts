/**
 * Child processes of the bench: each in its own process group (the whole tree ends with one kill of its id),
 * its tree's memory and CPU sampled every 200 ms with pidusage (the tree listed by pidtree). The groups still
 * running are held by `ProcessGroups`, which ends them all on exit, error or Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import pidtree from 'pidtree';
import pidusage from 'pidusage';
import { round } from './util';

export class ProcessGroups {
  readonly live = new Set<ChildProcess>();
  killAll(): void {
    for (const child of this.live) killGroup(child.pid!);
    this.live.clear();
  }
}

function killGroup(pgid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** Lines of a build's output kept with their time: where the RSS timeline's phases start and end. */
const MARKER = /\[(INFO|SUCCESS|ERROR|PERF)\]|Generated \d+ operations|heap out of memory/;

/** Runs `command args` to completion in `cwd`, sampling its tree; never throws for a failing command. */
export async function runSampled(
  groups: ProcessGroups,
  command: string,
  args: string[],
  o: { cwd: string; env?: NodeJS.ProcessEnv; logFile: string; timeoutMs: number },
) {
  const log = fs.openSync(o.logFile, 'a');
  fs.writeSync(log, `\n$ ${command} ${args.join(' ')}  (cwd ${o.cwd})\n`);
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const loadAtStart = round(os.loadavg()[0], 2)!;
  const child = spawn(command, args, {
    cwd: o.cwd,
    env: { ...process.env, FORCE_COLOR: '0', ...o.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  groups.live.add(child);
  const markers: Array<{ t: number; line: string }> = [];
  const lines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      const t = round(elapsed())!;
      for (const line of parts) {
        fs.writeSync(log, `[+${t}s] ${line}\n`);
        lines.push(line);
        if (MARKER.test(line)) markers.push({ t, line: line.trim().slice(0, 200) });
      }
    });
  }
  let peak = 0;
  let samples = 0;
  const cpuMs = new Map<number, number>();
  const rssTimeline: Array<[number, number]> = [];
  const sampler = setInterval(() => {
    pidtree(child.pid!, { root: true })
      .then((pids) => pidusage(pids))
      .then((stats) => {
        let rss = 0;
        for (const [pid, s] of Object.entries(stats)) {
          if (!s) continue;
          rss += s.memory;
          cpuMs.set(Number(pid), Math.max(cpuMs.get(Number(pid)) ?? 0, s.ctime));
        }
        peak = Math.max(peak, rss);
        if (samples++ % 25 === 0) rssTimeline.push([Math.round(elapsed()), Math.round(rss / 2 ** 20)]);
      })
      .catch(() => undefined); // a process ended between listing and sampling, or the tree is gone
  }, 200);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid!);
  }, o.timeoutMs);
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  const wallMs = Math.round(performance.now() - started);
  clearInterval(sampler);
  clearTimeout(timer);
  killGroup(child.pid!); // anything the group left behind
  groups.live.delete(child);
  fs.closeSync(log);
  pidusage.clear();
  return {
    code,
    signal,
    timedOut,
    wallMs,
    peakRssMB: Math.round(peak / 2 ** 20),
    cpuSec: round([...cpuMs.values()].reduce((sum, ms) => sum + ms, 0) / 1000)!,
    loadAvg: [loadAtStart, round(os.loadavg()[0], 2)!] as [number, number],
    rssTimeline,
    markers,
    tail: lines.slice(-25).join('\n'),
  };
}
