import { describe, expect, it } from 'vitest';
import { LOCALES, activeLocales } from './locales';

describe('activeLocales', () => {
  it('builds every locale unless DOCS_LOCALES narrows it, always keeping English', () => {
    expect(activeLocales(undefined)).toEqual([...LOCALES]);
    expect(activeLocales('ja, fr')).toEqual(['en', 'fr', 'ja']);
    expect(activeLocales('xx')).toEqual(['en']);
  });
});
