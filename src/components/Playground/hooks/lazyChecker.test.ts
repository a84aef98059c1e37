import { describe, expect, it, vi } from 'vitest';
import { lazyChecker } from './lazyChecker';

describe('lazyChecker', () => {
  it('makes one checker per locale, with that locale translator', async () => {
    const make = vi.fn(async (localize: unknown) => ({ localize }));
    const load = lazyChecker(make);
    const [fr, again, en] = await Promise.all([load('fr'), load('fr'), load('en')]);
    expect(fr).toBe(again);
    expect(make).toHaveBeenCalledTimes(2);
    expect(typeof fr.localize).toBe('function');
    expect(en.localize).toBeUndefined();
  });

  it('tries again after a failed load instead of remembering the failure', async () => {
    let fail = true;
    const load = lazyChecker(async () => {
      if (fail) throw new Error('offline');
      return 'checker';
    });
    await expect(load('de')).rejects.toThrow('offline');
    fail = false;
    await expect(load('de')).resolves.toBe('checker');
  });
});
