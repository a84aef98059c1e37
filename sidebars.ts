import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

type SidebarItemConfig = Extract<SidebarsConfig[string], unknown[]>[number];
// Written by `npm run gen` (docusaurus gen-api-docs) from the spec: one category per tag.
import generatedApiSidebar from './docs/api/sidebar';

function isDoc(item: SidebarItemConfig): boolean {
  return typeof item === 'object' && item !== null && 'type' in item && item.type === 'doc';
}

// The generated items carry English labels; without them each locale shows its own page titles.
function withoutDocLabels(items: SidebarItemConfig[]): SidebarItemConfig[] {
  return items.map((item) => {
    if (typeof item !== 'object' || item === null) return item;
    if ('type' in item && item.type === 'doc') {
      const { label: _label, ...rest } = item as { label?: string };
      return rest as SidebarItemConfig;
    }
    if ('items' in item && Array.isArray(item.items)) return { ...item, items: withoutDocLabels(item.items) };
    return item;
  });
}

const sidebars: SidebarsConfig = {
  docs: [
    'getting-started',
    'authentication',
    {
      type: 'category',
      label: 'API reference',
      collapsible: false,
      link: { type: 'doc', id: 'api/overview' },
      // The generated list starts with the spec's info page, which is this category's own link here.
      items: withoutDocLabels((generatedApiSidebar as SidebarItemConfig[]).filter((item) => !isDoc(item))),
    },
  ],
};

export default sidebars;
