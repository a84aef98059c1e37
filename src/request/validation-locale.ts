/**
 * Validation messages in the reader's language: the site's own table (./validation-messages.ts) for the
 * failures it words, and ajv-i18n for the rest, each site locale mapped to one of its languages. Each ajv-i18n
 * language is a separate chunk, loaded only for the reader's locale; English is Ajv's own and loads nothing.
 */
import type { Localize } from 'ajv-i18n/localize/types';
import type { Locale } from '../i18n/locales';
import { localizeWith, type ValidationMessages } from './validation-messages';

const LOADERS: Record<Locale, (() => Promise<{ default: Localize }>) | undefined> = {
  en: undefined,
  fr: () => import('ajv-i18n/localize/fr'),
  de: () => import('ajv-i18n/localize/de'),
  es: () => import('ajv-i18n/localize/es'),
  id: () => import('ajv-i18n/localize/id'),
  ja: () => import('ajv-i18n/localize/ja'),
  'zh-Hans': () => import('ajv-i18n/localize/zh'),
};

/**
 * The translator of validation messages for a site locale: the site's table when given, ajv-i18n for what it
 * does not word; without a table, ajv-i18n alone (undefined for English or a locale we do not know).
 */
export async function loadLocalize(locale: string, messages?: ValidationMessages): Promise<Localize | undefined> {
  const load = LOADERS[locale as Locale];
  const fallback = load ? (await load()).default : undefined;
  return messages ? localizeWith(messages, fallback) : fallback;
}
