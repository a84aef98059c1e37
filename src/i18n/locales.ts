/** The site's languages, as tianji.dev offers them. English is the source of every translation. */
export const DEFAULT_LOCALE = 'en';

export const LOCALES = ['en', 'fr', 'de', 'es', 'id', 'ja', 'zh-Hans'] as const;

export type Locale = (typeof LOCALES)[number];

export const LOCALE_CONFIGS: Record<Locale, { label: string; htmlLang: string }> = {
  en: { label: 'English', htmlLang: 'en' },
  fr: { label: 'Français', htmlLang: 'fr' },
  de: { label: 'Deutsch', htmlLang: 'de' },
  es: { label: 'Español', htmlLang: 'es' },
  id: { label: 'Bahasa Indonesia', htmlLang: 'id' },
  ja: { label: '日本語', htmlLang: 'ja' },
  'zh-Hans': { label: '简体中文', htmlLang: 'zh-Hans' },
};
