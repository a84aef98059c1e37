import { describe, expect, it } from 'vitest';
import { LOCALES, activeLocales, searchLanguages } from './locales';

describe('activeLocales', () => {
  it('builds every locale unless DOCS_LOCALES narrows it, always keeping English', () => {
    expect(activeLocales(undefined)).toEqual([...LOCALES]);
    expect(activeLocales('ja, fr')).toEqual(['en', 'fr', 'ja']);
    expect(activeLocales('xx')).toEqual(['en']);
  });
});

describe('searchLanguages', () => {
  it('gives the full site one lunr language per indexed language, English first and once', () => {
    expect(searchLanguages(LOCALES)).toEqual(['en', 'fr', 'de', 'es', 'ja', 'zh']);
  });

  it('indexes a one-locale build with that language alone (plus English)', () => {
    expect(searchLanguages(['en'])).toEqual(['en']);
    expect(searchLanguages(['en', 'zh-Hans'])).toEqual(['en', 'zh']);
  });

  it('indexes Indonesian with the English rules: lunr has no Indonesian', () => {
    expect(searchLanguages(['en', 'id'])).toEqual(['en']);
  });
});
