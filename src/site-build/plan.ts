/**
 * How `npm run build` runs `docusaurus build` (scripts/build.ts): one process for a site of ordinary size; for a
 * large one, a locale at a time, each in two processes, the bundling then the rendering of the pages (SSG). rspack
 * keeps its native memory until its process ends: at 5,000 operations the bundling holds about 3.9 GB and the
 * rendering adds to it, so in one process the build peaks near 5 GB; in two, each step peaks on its own
 * (BENCHMARKS.md, "Memory at 5,000 operations"). The switches are Docusaurus's own (`DOCUSAURUS_EXIT_AFTER_BUNDLING`,
 * `DOCUSAURUS_SKIP_BUNDLING`, internal to @docusaurus/core, whose version package.json pins).
 */

/** From this many operations, the build runs in two steps per locale. Below, one process: a second site load per
 * locale would cost more time than the memory it saves (GitHub's 1,223 operations peak at about 2.6 GB). */
export const SPLIT_FROM_OPERATIONS = 2000;

/** The native allocator (mimalloc, rspack's) returns freed memory to the system at once, not after its delay. */
export const ALLOCATOR_ENV = { MIMALLOC_PURGE_DELAY: '0' } as const;

export interface BuildStep {
  /** Arguments of `docusaurus`. */
  args: string[];
  env: Record<string, string>;
}

/** `BUILD_SPLIT`: `auto` (default, by size), `always` or `never`. */
export type SplitMode = 'auto' | 'always' | 'never';

export function splitModeOf(value: string | undefined): SplitMode {
  if (value === undefined || value === '' || value === 'auto') return 'auto';
  if (value === 'always' || value === 'never') return value;
  throw new Error(`BUILD_SPLIT takes auto, always or never, got ${JSON.stringify(value)}`);
}

/** The `--locale` values among `args` (`--locale fr de`, or the flag more than once), and the other arguments. */
export function splitLocaleArgs(args: string[]): { locales: string[]; rest: string[] } {
  const locales: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--locale' || arg === '-l') {
      // Variadic (`--locale fr de`): the values up to the next option.
      while (i + 1 < args.length && !args[i + 1].startsWith('-')) locales.push(args[(i += 1)]);
    } else if (arg.startsWith('--locale=')) locales.push(arg.slice('--locale='.length));
    else rest.push(arg);
  }
  return { locales, rest };
}

/**
 * The `docusaurus` runs of one build. `locales`: those of the config, the default first (a build of the default
 * locale empties build/, so it must come before the others).
 */
export function buildPlan({
  args,
  operations,
  locales,
  defaultLocale,
  mode = 'auto',
}: {
  args: string[];
  operations: number;
  locales: readonly string[];
  defaultLocale: string;
  mode?: SplitMode;
}): BuildStep[] {
  const split = mode === 'always' || (mode === 'auto' && operations >= SPLIT_FROM_OPERATIONS);
  if (!split) return [{ args: ['build', ...args], env: { ...ALLOCATOR_ENV } }];
  const asked = splitLocaleArgs(args);
  const wanted = asked.locales.length > 0 ? asked.locales : [...locales];
  const ordered = [...wanted.filter((l) => l === defaultLocale), ...wanted.filter((l) => l !== defaultLocale)];
  return ordered.flatMap((locale) => {
    const args = ['build', ...asked.rest, '--locale', locale];
    return [
      { args, env: { ...ALLOCATOR_ENV, DOCUSAURUS_EXIT_AFTER_BUNDLING: 'true' } },
      { args, env: { ...ALLOCATOR_ENV, DOCUSAURUS_SKIP_BUNDLING: 'true' } },
    ];
  });
}
