/** The machine a run measures on (CPUs, memory, load at start, versions): recorded with every result. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { root } from './sites';
import { round } from './stats';
import type { Machine } from './types';

function commitOf(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  } catch {
    return null; // not a checkout
  }
}

function versionOf(pkg: string): string | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return manifest.version ?? null;
  } catch {
    return null;
  }
}

/** The machine now; `chromium` is filled in once the browser phases have launched it. */
export function machine(): Machine {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryMB: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadavgAtStart: os.loadavg().map((l) => round(l, 2)),
    commit: commitOf(),
    docusaurus: versionOf('@docusaurus/core'),
    rspack: versionOf('@rspack/core'),
    chromium: null,
  };
}
