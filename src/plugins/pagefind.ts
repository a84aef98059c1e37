/**
 * The site's search index: after each locale's build, Pagefind indexes that locale's docs pages (their built HTML,
 * as pagefind-html.ts prepares it) into `<outDir>/pagefind/`, one index per locale; Chinese and Japanese are
 * segmented at index time. Beside it goes the locale's vocabulary for spelling correction (src/search/typo.ts).
 * The navbar's search (src/theme/SearchBar) loads `pagefind.js` from there and fetches only the fragments a query
 * needs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import {
  EXCLUDE_SELECTORS,
  INDEX_FOLDER,
  ROOT_SELECTOR,
  UNUSED_BUNDLE_FILE,
  VOCABULARY_FILE,
  htmlFileOf,
  isIndexedRoute,
} from '../search/index-config';
import { rewriterOf } from '../search/normalize';
import { countWords, rankWords } from '../search/typo';
import { prepareForIndex } from './pagefind-html';

type PagefindNode = typeof import('pagefind');

/**
 * Pagefind's Node API is an ES module exported for `import` only, and Docusaurus loads plugins through jiti, which
 * resolves with `require` conditions: find the package's `import` entry by hand and import that file.
 */
export async function importPagefind(): Promise<PagefindNode> {
  for (const dir of require.resolve.paths('pagefind') ?? []) {
    const manifest = path.join(dir, 'pagefind', 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { exports: { '.': { import: string } } };
    return (await import(pathToFileURL(path.join(dir, 'pagefind', pkg.exports['.'].import)).href)) as PagefindNode;
  }
  throw new Error('pagefind: the package is not installed');
}

export default function pagefindPlugin(context: LoadContext): Plugin {
  return {
    name: 'pagefind-search',
    async postBuild({ outDir, routesPaths }) {
      const started = performance.now();
      const pagefind = await importPagefind();
      const { index, errors } = await pagefind.createIndex({
        rootSelector: ROOT_SELECTOR,
        excludeSelectors: EXCLUDE_SELECTORS,
      });
      if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
      try {
        const rewrite = rewriterOf(context.i18n.currentLocale);
        const words = new Map<string, number>();
        let pages = 0;
        // One file at a time: the HTML is read, handed to Pagefind's process and dropped.
        for (const route of [...new Set(routesPaths)].sort()) {
          if (!isIndexedRoute(route, context.baseUrl)) continue;
          const file = htmlFileOf(route, context.baseUrl)
            .map((f) => path.join(outDir, f))
            .find((f) => fs.existsSync(f));
          if (!file) continue;
          const page = prepareForIndex(fs.readFileSync(file, 'utf8'), rewrite);
          countWords(words, page.text);
          const added = await index.addHTMLFile({ url: route, content: page.html });
          if (added.errors.length > 0) throw new Error(`pagefind: ${route}: ${added.errors.join('; ')}`);
          pages += 1;
        }
        const folder = path.join(outDir, INDEX_FOLDER);
        const written = await index.writeFiles({ outputPath: folder });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        for (const f of fs.readdirSync(folder)) if (UNUSED_BUNDLE_FILE.test(f)) fs.rmSync(path.join(folder, f));
        fs.writeFileSync(path.join(folder, VOCABULARY_FILE), JSON.stringify(rankWords(words)));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`[INFO] Search index (Pagefind): ${pages} pages of ${context.i18n.currentLocale} in ${seconds} s`);
      } finally {
        await pagefind.close();
      }
    },
  };
}
