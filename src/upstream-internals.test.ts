/**
 * Smoke tests of the upstream internals the site relies on (src/upstream-internals.ts): each fails with what to do
 * when an upgrade moved the internal. React's is in upstream-internals.dom.test.ts (it needs a DOM).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec } from './openapi/load';
import { importPagefind } from './plugins/pagefind';
import { PAGE_WRITE_FAILURE, UPSTREAM_INTERNALS, upgradeHint, type UpstreamInternalId } from './upstream-internals';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const installed = (file: string) => path.join(ROOT, 'node_modules', file);
const read = (file: string) => fs.readFileSync(installed(file), 'utf8');
const version = (pkg: string) => (JSON.parse(read(`${pkg}/package.json`)) as { version: string }).version;

const SMOKE: Record<Exclude<UpstreamInternalId, 'react-props-key'>, () => unknown> = {
  'openapi-docs-resolver': async () => {
    const spec = await loadSpec(path.join(ROOT, 'src/mock/fixtures/tiny-api.yaml'));
    expect(Object.keys(spec.paths as object).length, upgradeHint('openapi-docs-resolver')).toBeGreaterThan(0);
  },
  'openapi-docs-types': () => {
    expect(
      fs.existsSync(installed('docusaurus-plugin-openapi-docs/src/types.d.ts')),
      upgradeHint('openapi-docs-types'),
    ).toBe(true);
  },
  'openapi-docs-write-failure': () => {
    expect(read('docusaurus-plugin-openapi-docs/lib/index.js'), upgradeHint('openapi-docs-write-failure')).toMatch(
      PAGE_WRITE_FAILURE,
    );
  },
  'docusaurus-bundling-switches': () => {
    const build = read('@docusaurus/core/lib/commands/build/buildLocale.js');
    for (const name of ['DOCUSAURUS_EXIT_AFTER_BUNDLING', 'DOCUSAURUS_SKIP_BUNDLING'])
      expect(build, upgradeHint('docusaurus-bundling-switches')).toContain(name);
  },
  'ejected-codeblock': () => {
    // The version the swizzle was ejected from is written in its header, once.
    const header = fs.readFileSync(path.join(ROOT, 'src/theme/CodeBlock/index.tsx'), 'utf8');
    const ejected = /ejected, (\d+\.\d+\.\d+)/.exec(header)?.[1];
    expect(ejected, 'src/theme/CodeBlock/index.tsx names the version it was ejected from').toBeDefined();
    expect(version('@docusaurus/theme-classic'), upgradeHint('ejected-codeblock')).toBe(ejected);
    for (const part of ['Element', 'String'])
      expect(
        fs.existsSync(installed(`@docusaurus/theme-classic/lib/theme/CodeBlock/Content/${part}.js`)),
        upgradeHint('ejected-codeblock'),
      ).toBe(true);
  },
  'pagefind-import-entry': async () => {
    const pagefind = await importPagefind().catch((error: Error) => {
      throw new Error(`${upgradeHint('pagefind-import-entry')} (${error.message})`);
    });
    expect(typeof pagefind.createIndex, upgradeHint('pagefind-import-entry')).toBe('function');
  },
};

describe('upstream internals', () => {
  it('each listed internal has a smoke test (React in upstream-internals.dom.test.ts)', () => {
    expect([...Object.keys(SMOKE), 'react-props-key'].sort()).toEqual(Object.keys(UPSTREAM_INTERNALS).sort());
  });

  it.each(Object.entries(SMOKE))('%s still works as we use it', async (_, smoke) => {
    await smoke();
  });
});
