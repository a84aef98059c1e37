/**
 * The sites the bench builds: copies of the real site (test/support/site-copy.ts) and the plain baseline,
 * a Docusaurus site with the same config features but plain markdown pages and no openapi plugin.
 *
 * Both get a private node_modules directory (one symlink per package of the checkout's node_modules, but
 * their own `.cache`), so every build is cold: rspack's persistent cache lives in node_modules/.cache and
 * would otherwise be shared with every other build on this machine.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copySite } from '../../test/support/site-copy';
import { DEFAULT_LOCALE, type Locale } from '../../src/i18n/locales';

export const root = path.resolve(__dirname, '../..');

function privateNodeModules(dir: string): void {
  const target = path.join(dir, 'node_modules');
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target);
  for (const entry of fs.readdirSync(path.join(root, 'node_modules'))) {
    if (entry === '.cache') continue;
    fs.symlinkSync(path.join(root, 'node_modules', entry), path.join(target, entry));
  }
}

/** A temp copy of the real site's sources, cold caches. */
export function realSiteCopy(): string {
  const dir = copySite();
  privateNodeModules(dir);
  return dir;
}

export function removeDir(dir: string | undefined): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** Counts the .html files under `dir`; `excludeDirs` (top-level names) are skipped. */
export function countHtml(dir: string, excludeDirs: string[] = []): number {
  if (!fs.existsSync(dir)) return 0;
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' });
  return files.filter((f) => f.endsWith('.html') && !excludeDirs.includes(f.split(path.sep)[0])).length;
}

/** One plain markdown page (plain-page.md): headings, prose, a list, a table and two code blocks. */
const [PAGE, PROSE] = fs
  .readFileSync(path.join(__dirname, 'plain-page.md'), 'utf8')
  .replace(/^<!--.*-->\n/, '')
  .split('<!-- prose -->\n');
const LOREM = PROSE.trim().split('\n');

function plainPage(title: string, i: number, front = ''): string {
  const values: Record<string, string> = {
    title: JSON.stringify(title),
    rawtitle: title,
    front,
    i: String(i),
    lorem0: LOREM[i % 3],
    lorem1: LOREM[(i + 1) % 3],
    lorem2: LOREM[(i + 2) % 3],
  };
  return PAGE.replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k]);
}

/**
 * Writes the plain baseline site: `docs` markdown docs per locale (as many documents as the real site has
 * per locale), with the real site's own config minus the reference's plugins (the openapi plugin, the Markdown
 * twins) and its custom navbar item, so every other feature (preset,
 * i18n, future v4 + faster, search, prism, navbar, CSS, homepage, UI translations) is the same. The real
 * config is imported from a copy (`real.config.ts`) with the sources it reads (src/, openapi/); theme
 * swizzles (src/theme) are left out: they would belong to the reference pages.
 */
export function plainSite(docs: number, locales: Locale[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-plain-'));
  for (const f of ['package.json', 'tsconfig.json']) fs.copyFileSync(path.join(root, f), path.join(dir, f));
  fs.copyFileSync(path.join(root, 'docusaurus.config.ts'), path.join(dir, 'real.config.ts'));
  for (const d of ['static', 'src', 'openapi']) {
    fs.cpSync(path.join(root, d), path.join(dir, d), {
      recursive: true,
      filter: (src) => !/\/src\/theme(\/|$)/.test(src),
    });
  }
  for (const locale of locales) {
    for (const sub of ['code.json', 'docusaurus-theme-classic']) {
      const from = path.join(root, 'i18n', locale, sub);
      if (fs.existsSync(from)) fs.cpSync(from, path.join(dir, 'i18n', locale, sub), { recursive: true });
    }
  }
  privateNodeModules(dir);

  // docs/: the two guides, the reference index (slug /api) and groups of ten (an index page + 9 pages),
  // like the real site's tag pages and operations.
  const files: Array<[string, string]> = [
    ['getting-started.md', plainPage('Getting started', 1)],
    ['authentication.md', plainPage('Authentication', 2)],
    ['api/overview.md', plainPage('API reference', 0, 'slug: /api\n')],
  ];
  let left = Math.max(0, docs - files.length);
  for (let g = 0; left > 0; g += 1) {
    const group = `api/group-${String(g).padStart(4, '0')}`;
    files.push([
      `${group}/_category_.json`,
      JSON.stringify({ label: `Group ${g}`, position: g + 1, link: { type: 'doc', id: `${group}/index` } }),
    ]);
    files.push([`${group}/index.md`, plainPage(`Group ${g}`, 0)]);
    left -= 1;
    for (let i = 1; i <= 9 && left > 0; i += 1, left -= 1)
      files.push([`${group}/page-${i}.md`, plainPage(`Operation ${g}.${i}`, i)]);
  }
  const write = (base: string) => {
    for (const [rel, text] of files) {
      fs.mkdirSync(path.dirname(path.join(base, rel)), { recursive: true });
      fs.writeFileSync(path.join(base, rel), text);
    }
  };
  write(path.join(dir, 'docs'));
  for (const locale of locales)
    if (locale !== DEFAULT_LOCALE) write(path.join(dir, 'i18n', locale, 'docusaurus-plugin-content-docs/current'));

  fs.writeFileSync(
    path.join(dir, 'sidebars.ts'),
    `export default { docs: ['getting-started', 'authentication', { type: 'category', label: 'API reference', collapsible: false, link: { type: 'doc', id: 'api/overview' }, items: [{ type: 'autogenerated', dirName: 'api' }] }] };\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'docusaurus.config.ts'),
    `// Generated by bench/lib/sites.ts: the real site's config (real.config.ts) without the reference's plugins and
// the navbar items of the site's own theme.
import type { Config } from '@docusaurus/types';
import real from './real.config';

// The reference's own plugins: the pages from the spec, and their Markdown twins (which read the spec's model).
const REFERENCE_PLUGINS = ['docusaurus-plugin-openapi-docs', './src/plugins/machine-readable.ts'];
const isReference = (p: unknown) => REFERENCE_PLUGINS.includes(String(Array.isArray(p) ? p[0] : p));

// Navbar items of the site's own types (custom-*) are rendered by its theme swizzles, which are left out.
const theme = real.themeConfig as { navbar: { items: Array<{ type?: string }> } };
const navbar = { ...theme.navbar, items: theme.navbar.items.filter((item) => !item.type?.startsWith('custom-')) };

const config: Config = {
  ...real,
  tagline: 'Plain baseline',
  plugins: (real.plugins ?? []).filter((p) => !isReference(p)),
  themeConfig: { ...real.themeConfig, navbar },
};

export default config;
`,
  );
  return dir;
}
