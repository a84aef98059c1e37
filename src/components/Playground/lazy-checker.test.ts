import { describe, expect, it, vi } from 'vitest';
import { lazyChecker } from './lazy-checker';

// The English templates stand in for the site's catalog (Docusaurus provides translate() in the built site).
vi.mock('@docusaurus/Translate', () => ({ translate: ({ message }: { message: string }) => message }));

describe('lazyChecker', () => {
  it('makes one checker per locale, with that locale translator', async () => {
    const make = vi.fn(async (localize: unknown) => ({ localize }));
    const load = lazyChecker(make);
    const [fr, again, en] = await Promise.all([load('fr'), load('fr'), load('en')]);
    expect(fr).toBe(again);
    expect(make).toHaveBeenCalledTimes(2);
    // Every locale words its messages from the site's table, English included.
    expect(typeof fr.localize).toBe('function');
    expect(typeof en.localize).toBe('function');
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
