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
 * The offline search's language for each locale (lunr's stemmers and tokenizers): `zh` brings jieba word
 * segmentation, `ja` TinySegmenter; lunr has no Indonesian, whose words the English rules split well.
 */
const SEARCH_LANGUAGE: Record<Locale, string> = { en: 'en', fr: 'fr', de: 'de', es: 'es', id: 'en', ja: 'ja', 'zh-Hans': 'zh' };

/**
 * The search languages a build needs. The search plugin sets lunr up once per build process, so one set
 * serves every locale built; English is always in it (paths, operationIds and code are English words).
 * Each language runs on every indexed word, so a one-locale build indexes with its language alone.
 */
export function searchLanguages(locales: readonly Locale[]): string[] {
  return [...new Set(['en', ...locales.map((l) => SEARCH_LANGUAGE[l])])];
}

/**
 * The locales to generate and build: all of them, or the comma-separated list in `DOCS_LOCALES`
 * (e.g. `DOCS_LOCALES=en` for a quick build or a benchmark of one language). English is always kept.
 */
export function activeLocales(env: string | undefined = process.env.DOCS_LOCALES): Locale[] {
  if (!env) return [...LOCALES];
  const wanted = new Set(env.split(',').map((l) => l.trim()));
  return LOCALES.filter((l) => l === DEFAULT_LOCALE || wanted.has(l));
}
