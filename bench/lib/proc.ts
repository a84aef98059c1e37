/**
 * Child processes for the bench: each runs in its own process group (so the whole tree can be ended by
 * its id), with a /proc sampler summing the RSS of the tree every ~200 ms. The groups still running are
 * held by a `ProcessGroups` the caller owns, which ends them all on exit, error or Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import type { LoadAvg, Marker, RssTimeline } from './types';

const PAGE_SIZE = 4096;
const CLK_TCK = 100;

/** Every process group this bench started and has not seen end; killed by `killAll()`. */
export class ProcessGroups {
  private readonly live = new Map<number, ChildProcess>();

  add(child: ChildProcess): void {
    this.live.set(child.pid!, child);
  }

  delete(child: ChildProcess): void {
    this.live.delete(child.pid!);
  }

  /** Ends every process group this bench started (on exit, error or Ctrl-C). */
  killAll(): void {
    for (const pid of this.live.keys()) killGroup(pid);
    this.live.clear();
  }
}

interface ProcInfo {
  ppid: number;
  rssBytes: number;
  cpuTicks: number;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: split after its last ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(rest[1]);
    const cpuTicks = Number(rest[11]) + Number(rest[12]); // utime + stime
    const statm = fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return { ppid, rssBytes: Number(statm[1]) * PAGE_SIZE, cpuTicks };
  } catch {
    return undefined; // gone between listing and reading
  }
}

/** The RSS of `root` and all its descendants, and each one's CPU ticks so far. */
export function sampleTree(root: number): { rssBytes: number; procs: number; cpu: Map<number, number> } {
  const infos = new Map<number, ProcInfo>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const info = readProc(Number(name));
    if (info) infos.set(Number(name), info);
  }
  const children = new Map<number, number[]>();
  for (const [pid, info] of infos) {
    const list = children.get(info.ppid) ?? [];
    list.push(pid);
    children.set(info.ppid, list);
  }
  let rssBytes = 0;
  let procs = 0;
  const cpu = new Map<number, number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const info = infos.get(pid);
    if (!info) continue;
    rssBytes += info.rssBytes;
    procs += 1;
    cpu.set(pid, info.cpuTicks);
    stack.push(...(children.get(pid) ?? []));
  }
  return { rssBytes, procs, cpu };
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Where stdout and stderr go (appended). */
  logFile: string;
  timeoutMs: number;
  /** Prints a progress line every this many ms (0: never). */
  progressEveryMs?: number;
  label: string;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  wallMs: number;
  peakRssMB: number;
  /** Approximate CPU time of the tree: the last sampled utime+stime of each process, summed. */
  cpuSec: number;
  maxProcs: number;
  /** 1-minute load average when the command started and ended: other work on the machine shows here. */
  loadAvg: LoadAvg;
  /** Kernel OOM kills on the machine while the command ran (/proc/vmstat oom_kill), whoever the victim. */
  oomKills: number;
  /** [seconds since start, MB] every ~5 s: where in the build the memory goes. */
  rssTimeline: RssTimeline;
  /** Progress lines of the build ([INFO], [SUCCESS], gen's summary) with their time. */
  markers: Marker[];
  /** The last lines of the log, for failures. */
  tail: string;
}

function oomKillCount(): number {
  try {
    return Number(/^oom_kill (\d+)$/m.exec(fs.readFileSync('/proc/vmstat', 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function tailOf(file: string, lines = 25): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Runs `command args` to completion while sampling the tree's memory; never throws for a failing command. */
export function runSampled(
  groups: ProcessGroups,
  command: string,
  args: string[],
  options: RunOptions,
): Promise<RunResult> {
  const log = fs.openSync(options.logFile, 'a');
  fs.writeSync(log, `\n$ ${command} ${args.join(' ')}  (cwd ${options.cwd})\n`);
  const started = performance.now();
  const elapsed = () => (performance.now() - started) / 1000;
  const loadAtStart = Math.round(os.loadavg()[0] * 100) / 100;
  const oomAtStart = oomKillCount();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, FORCE_COLOR: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group: the whole tree ends with one kill of its id
  });
  groups.add(child);
  // Output lines go to the log with the seconds since start, so the RSS timeline can be read against them.
  const markers: Marker[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      const t = elapsed();
      for (const line of lines) {
        fs.writeSync(log, `[+${t.toFixed(1)}s] ${line}\n`);
        if (/\[(INFO|SUCCESS|ERROR|PERF)\]|Generated \d+ operations|heap out of memory/.test(line))
          markers.push({ t: Math.round(t * 10) / 10, line: line.trim().slice(0, 200) });
      }
    });
    stream.on('end', () => {
      if (rest) fs.writeSync(log, `[+${elapsed().toFixed(1)}s] ${rest}\n`);
    });
  }
  let peak = 0;
  let maxProcs = 0;
  let samples = 0;
  const timeline: RssTimeline = [];
  const cpuByPid = new Map<number, number>();
  const sample = () => {
    const s = sampleTree(child.pid!);
    peak = Math.max(peak, s.rssBytes);
    maxProcs = Math.max(maxProcs, s.procs);
    for (const [pid, ticks] of s.cpu) cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, ticks));
    if (samples++ % 25 === 0) timeline.push([Math.round(elapsed()), Math.round(s.rssBytes / 2 ** 20)]); // every ~5 s
  };
  const sampler = setInterval(sample, 200);
  let lastProgress = started;
  const progress = setInterval(() => {
    const now = performance.now();
    if (options.progressEveryMs && now - lastProgress >= options.progressEveryMs) {
      lastProgress = now;
      console.log(
        `    … ${options.label}: ${Math.round((now - started) / 1000)} s, peak RSS so far ${Math.round(peak / 2 ** 20)} MB`,
      );
    }
  }, 1000);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid!);
  }, options.timeoutMs);
  return new Promise((resolve) => {
    let wallMs = 0;
    child.on('exit', () => {
      wallMs = performance.now() - started;
      clearInterval(sampler);
      clearInterval(progress);
      clearTimeout(timer);
      // Anything the group left behind (it should be nothing) goes with it, and its pipes close.
      killGroup(child.pid!);
    });
    child.on('close', (code, signal) => {
      groups.delete(child);
      fs.closeSync(log);
      let ticks = 0;
      for (const t of cpuByPid.values()) ticks += t;
      resolve({
        code,
        signal,
        timedOut,
        wallMs: Math.round(wallMs),
        peakRssMB: Math.round(peak / 2 ** 20),
        cpuSec: Math.round((ticks / CLK_TCK) * 10) / 10,
        maxProcs,
        loadAvg: [loadAtStart, Math.round(os.loadavg()[0] * 100) / 100],
        oomKills: oomKillCount() - oomAtStart,
        rssTimeline: timeline,
        markers,
        tail: tailOf(options.logFile),
      });
    });
  });
}

/** Starts a long-running process (a server) in its own group; `stop` ends the group. */
export function startDetached(
  groups: ProcessGroups,
  command: string,
  args: string[],
  cwd: string,
  logFile: string,
): { pid: number; stop: () => Promise<void> } {
  const log = fs.openSync(logFile, 'a');
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, FORCE_COLOR: '0' },
    stdio: ['ignore', log, log],
    detached: true,
  });
  groups.add(child);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    pid: child.pid!,
    stop: async () => {
      killGroup(child.pid!, 'SIGTERM');
      const done = await Promise.race([
        exited.then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), 3000)),
      ]);
      if (!done) killGroup(child.pid!, 'SIGKILL');
      groups.delete(child);
      fs.closeSync(log);
    },
  };
}

function killGroup(pgid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}
