/**
 * Validation messages in the reader's language: ajv-i18n translates Ajv's messages, and each site locale maps
 * to one of its languages. Each language is a separate chunk, loaded only for the reader's locale; English
 * is Ajv's own and loads nothing.
 */
import type { Localize } from 'ajv-i18n/localize/types';
import type { Locale } from '../i18n/locales';

const LOADERS: Record<Locale, (() => Promise<{ default: Localize }>) | undefined> = {
  en: undefined,
  fr: () => import('ajv-i18n/localize/fr'),
  de: () => import('ajv-i18n/localize/de'),
  es: () => import('ajv-i18n/localize/es'),
  id: () => import('ajv-i18n/localize/id'),
  ja: () => import('ajv-i18n/localize/ja'),
  'zh-Hans': () => import('ajv-i18n/localize/zh'),
};

/** The translator of validation messages for a site locale; undefined for English or a locale we do not know. */
export async function loadLocalize(locale: string): Promise<Localize | undefined> {
  const load = LOADERS[locale as Locale];
  return load ? (await load()).default : undefined;
}
