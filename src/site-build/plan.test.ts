import { describe, expect, it } from 'vitest';
import { ALLOCATOR_ENV, SPLIT_FROM_OPERATIONS, buildPlan, splitLocaleArgs, splitModeOf } from './plan';

const LOCALES = ['en', 'fr', 'ja'];
const plan = (operations: number, args: string[] = [], mode?: 'auto' | 'always' | 'never') =>
  buildPlan({ args, operations, locales: LOCALES, defaultLocale: 'en', mode });

describe('buildPlan', () => {
  it('builds a site of ordinary size in one docusaurus process, arguments as given', () => {
    expect(plan(137, ['--locale', 'en'])).toEqual([{ args: ['build', '--locale', 'en'], env: ALLOCATOR_ENV }]);
    expect(plan(SPLIT_FROM_OPERATIONS - 1)).toHaveLength(1);
  });

  it('builds a large one a locale at a time, bundling then pages, the default locale first', () => {
    const steps = plan(SPLIT_FROM_OPERATIONS, ['--out-dir', 'out']);
    expect(steps.map((s) => [s.args.join(' '), Object.keys(s.env).filter((k) => k.startsWith('DOCUSAURUS'))])).toEqual([
      ['build --out-dir out --locale en', ['DOCUSAURUS_EXIT_AFTER_BUNDLING']],
      ['build --out-dir out --locale en', ['DOCUSAURUS_SKIP_BUNDLING']],
      ['build --out-dir out --locale fr', ['DOCUSAURUS_EXIT_AFTER_BUNDLING']],
      ['build --out-dir out --locale fr', ['DOCUSAURUS_SKIP_BUNDLING']],
      ['build --out-dir out --locale ja', ['DOCUSAURUS_EXIT_AFTER_BUNDLING']],
      ['build --out-dir out --locale ja', ['DOCUSAURUS_SKIP_BUNDLING']],
    ]);
    for (const step of steps) expect(step.env).toMatchObject(ALLOCATOR_ENV);
  });

  it('keeps to the locales asked for, the default one first whatever the order given', () => {
    const steps = plan(5000, ['--locale', 'ja', '--locale=en']);
    expect(steps.map((s) => s.args.at(-1))).toEqual(['en', 'en', 'ja', 'ja']);
  });

  it('follows BUILD_SPLIT when it is set', () => {
    expect(plan(10, [], 'always')).toHaveLength(LOCALES.length * 2);
    expect(plan(5000, [], 'never')).toHaveLength(1);
  });
});

describe('splitModeOf', () => {
  it('reads auto, always and never, and refuses anything else', () => {
    expect(splitModeOf(undefined)).toBe('auto');
    expect(splitModeOf('')).toBe('auto');
    expect(splitModeOf('always')).toBe('always');
    expect(splitModeOf('never')).toBe('never');
    expect(() => splitModeOf('yes')).toThrow(/BUILD_SPLIT takes auto, always or never, got "yes"/);
  });
});

describe('splitLocaleArgs', () => {
  it('takes every --locale, -l and --locale= value out of the arguments', () => {
    expect(splitLocaleArgs(['--locale', 'fr', 'id', '-l', 'de', '--locale=ja', '--no-minify'])).toEqual({
      locales: ['fr', 'id', 'de', 'ja'],
      rest: ['--no-minify'],
    });
  });
});
