/**
 * The docs sidebar's category labels for a locale, from the spec catalog (tag labels) — written by
 * `npm run gen` as the docs plugin's `current.json`, so tag names are translated in one place only.
 */
import type { SpecCatalog } from './catalog';

export type SidebarTranslations = Record<string, { message: string; description: string }>;

export function sidebarTranslations(catalog: SpecCatalog, tagNames: string[]): SidebarTranslations {
  const out: SidebarTranslations = {
    'sidebar.docs.category.API reference': {
      message: catalog.info?.sidebarLabel ?? 'API reference',
      description: 'The label of the API reference category in the docs sidebar',
    },
  };
  for (const name of tagNames) {
    out[`sidebar.docs.category.${name}`] = {
      message: catalog.tags[name]?.label ?? name,
      description: `The label of the ${name} operations group in the docs sidebar`,
    };
  }
  return out;
}
