import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales';
import { createBodyValidator } from './schema-validation';
import { loadLocalize } from './validation-locale';

const schema = { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] };

describe('loadLocalize', () => {
  it('gives every site locale but English a translator, and English none (Ajv speaks it)', async () => {
    for (const locale of LOCALES) {
      const localize = await loadLocalize(locale);
      expect(localize === undefined, locale).toBe(locale === 'en');
    }
    expect(await loadLocalize('xx')).toBeUndefined();
  });

  it('turns the messages into the reader language', async () => {
    const messages: Record<string, string> = {};
    for (const locale of LOCALES) {
      const validate = createBodyValidator({ localize: await loadLocalize(locale) });
      messages[locale] = validate(schema, { name: 1 })[0].message;
    }
    expect(messages.en).toBe('must be string');
    expect(messages.fr).toBe('doit être de type string');
    expect(messages.ja).toBe('stringでなければいけない');
    expect(messages['zh-Hans']).toBe('应当是 string 类型');
    // Each language says it its own way.
    expect(new Set(Object.values(messages)).size).toBe(LOCALES.length);
  });
});
