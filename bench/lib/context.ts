/**
 * What every phase is handed: the plan (options, sizes, paths), the resources the run must release however
 * it ends, and the run's error list (a failed build or load is recorded there and the run goes on).
 */
import { log } from './log';
import type { Plan } from './options';
import { ProcessGroups } from './proc';
import { removeDir } from './sites';

/** The temp site copies, open servers and browser, and child process groups of a run. */
export class Resources {
  readonly groups = new ProcessGroups();
  private readonly keep: boolean;
  private readonly temps: string[] = [];
  private readonly closers: Array<() => Promise<void>> = [];

  constructor(keep: boolean) {
    this.keep = keep;
  }

  /** Records a temp site copy, removed at cleanup unless --keep; returns it. */
  temp(dir: string): string {
    this.temps.push(dir);
    return dir;
  }

  /** Removes a temp site copy now (unless --keep), instead of at exit. */
  dropTemp(dir: string | undefined): void {
    if (!dir || this.keep || !this.temps.includes(dir)) return;
    removeDir(dir);
    this.temps.splice(this.temps.indexOf(dir), 1);
  }

  /** Holds something open (a server, the browser) until the returned function closes it, or cleanup does. */
  hold(close: () => Promise<void>): () => Promise<void> {
    const once = async (): Promise<void> => {
      const i = this.closers.indexOf(once);
      if (i < 0) return;
      this.closers.splice(i, 1);
      await close();
    };
    this.closers.push(once);
    return once;
  }

  /** Closes what is still open (last opened first), ends every child process group, removes the temps. */
  async cleanup(): Promise<void> {
    for (const close of [...this.closers].reverse()) await close().catch(() => undefined);
    this.groups.killAll();
    if (!this.keep) for (const dir of this.temps.splice(0)) removeDir(dir);
    else if (this.temps.length) log(`kept: ${this.temps.join(' ')}`);
  }
}

export interface BenchContext extends Plan {
  resources: Resources;
  errors: string[];
}

export function contextOf(plan: Plan): BenchContext {
  return { ...plan, resources: new Resources(plan.options.keep), errors: [] };
}
