/**
 * Every internal of an upstream package the site relies on: what no public API gives us, where we use it, and what
 * to do when an upgrade moves it. Each has a smoke test in upstream-internals.test.ts (React's in
 * upstream-internals.dom.test.ts) that fails with the `onUpgrade` hint, so an upgrade breaks loudly in `npm test`
 * instead of quietly in a build or on a reader's phone. Adding a use of an internal means adding it here.
 */
export interface UpstreamInternal {
  /** The package whose internal it is. */
  package: string;
  /** What we rely on. */
  internal: string;
  /** Where we use it. */
  usedIn: string[];
  /** What to check or change when its smoke test fails after an upgrade. */
  onUpgrade: string;
}

/** Written by the openapi-docs plugin on stderr when it could not write a page (it goes on, exit code 0). */
export const PAGE_WRITE_FAILURE = /Failed to write/;

/** The key prefix under which React keeps an element's props once it has attached to it. */
export const REACT_PROPS_KEY_PREFIX = '__reactProps$';

export const UPSTREAM_INTERNALS = {
  'openapi-docs-resolver': {
    package: 'docusaurus-plugin-openapi-docs',
    internal: 'lib/openapi/utils/loadAndResolveSpec (deep import: the $ref resolution its pages use)',
    usedIn: ['src/openapi/load.ts'],
    onUpgrade:
      'find where the plugin now resolves the spec (lib/openapi/utils/) and import that, keeping circular(Name)',
  },
  'openapi-docs-types': {
    package: 'docusaurus-plugin-openapi-docs',
    internal: 'src/types (its option and page metadata types, not exported from the package root)',
    usedIn: ['docusaurus.config.ts', 'src/reference-pages/page-mdx.ts'],
    onUpgrade: 'import the types from wherever the plugin now declares them (its src/ or lib/ .d.ts)',
  },
  'openapi-docs-write-failure': {
    package: 'docusaurus-plugin-openapi-docs',
    internal: `its stderr message for a page it could not write (${PAGE_WRITE_FAILURE.source}), the only sign of it`,
    usedIn: ['scripts/generate.ts'],
    onUpgrade:
      "update PAGE_WRITE_FAILURE to the plugin's new message (lib/index.js), or use its exit code if it has one",
  },
  'docusaurus-bundling-switches': {
    package: '@docusaurus/core',
    internal: 'DOCUSAURUS_EXIT_AFTER_BUNDLING and DOCUSAURUS_SKIP_BUNDLING (the split build, two processes)',
    usedIn: ['src/site-build/plan.ts'],
    onUpgrade: "find the switches' new names in lib/commands/build/, or build in one process (see BENCHMARKS.md)",
  },
  'ejected-codeblock': {
    package: '@docusaurus/theme-classic',
    internal: 'theme/CodeBlock, ejected, and its Content/Element and Content/String',
    usedIn: ['src/theme/CodeBlock/index.tsx'],
    onUpgrade:
      'eject CodeBlock again (npx docusaurus swizzle @docusaurus/theme-classic CodeBlock --eject), re-apply our change (no re-mount after hydration), and update the version in its header',
  },
  'react-props-key': {
    package: 'react-dom',
    internal: `the ${REACT_PROPS_KEY_PREFIX} key on elements React has attached to (whether the page has hydrated)`,
    usedIn: ['src/playground/early-send.ts', 'e2e/fixtures.ts'],
    onUpgrade:
      'find the key React now sets on a rendered element (Object.keys of it) and update REACT_PROPS_KEY_PREFIX',
  },
  'pagefind-import-entry': {
    package: 'pagefind',
    internal:
      "its package.json exports['.'].import, resolved by hand (Docusaurus's jiti resolves with require conditions)",
    usedIn: ['src/plugins/pagefind.ts'],
    onUpgrade: 'read the new exports of pagefind/package.json and update importPagefind',
  },
} as const satisfies Record<string, UpstreamInternal>;

export type UpstreamInternalId = keyof typeof UPSTREAM_INTERNALS;

/** The message a failing smoke test shows. */
export function upgradeHint(id: UpstreamInternalId): string {
  const entry: UpstreamInternal = UPSTREAM_INTERNALS[id];
  return `${entry.package} changed "${entry.internal}" (used in ${entry.usedIn.join(', ')}): ${entry.onUpgrade}. See src/upstream-internals.ts.`;
}
