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

/**
 * The locales to generate and build: all of them, or the comma-separated list in `DOCS_LOCALES`
 * (e.g. `DOCS_LOCALES=en` for a quick build or a benchmark of one language). English is always kept.
 */
export function activeLocales(env: string | undefined = process.env.DOCS_LOCALES): Locale[] {
  if (!env) return [...LOCALES];
  const wanted = new Set(env.split(',').map((l) => l.trim()));
  return LOCALES.filter((l) => l === DEFAULT_LOCALE || wanted.has(l));
}
