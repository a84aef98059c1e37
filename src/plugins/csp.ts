/**
 * After each locale's build: every page gets its Content-Security-Policy as a <meta> (src/security/csp.ts), which
 * any static host honours; the default locale's build also writes `_headers` (Netlify, Cloudflare Pages) with the
 * same policy plus what only a header can say. Each page is written to a temporary file and renamed into place,
 * so the search indexer, reading pages beside this step, never sees half a page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { headersFile, withPolicyMeta } from '../security/csp';
import { htmlFileOf } from '../search/index-config';
import { DEFAULT_LOCALE } from '../i18n/locales';

/** The HTML files of this locale's routes (a route like `/404.html` is its own file). */
function pageFiles(outDir: string, routes: string[], baseUrl: string): string[] {
  const files = new Set<string>();
  for (const route of routes) {
    const candidates = route.endsWith('.html') ? [route.slice(baseUrl.length)] : htmlFileOf(route, baseUrl);
    const file = candidates.map((f) => path.join(outDir, f)).find((f) => fs.existsSync(f));
    if (file) files.add(file);
  }
  return [...files];
}

export default function cspPlugin(context: LoadContext): Plugin {
  return {
    name: 'content-security-policy',
    async postBuild({ outDir, routesPaths }) {
      const hashes = new Set<string>();
      for (const file of pageFiles(outDir, routesPaths, context.baseUrl)) {
        const page = withPolicyMeta(fs.readFileSync(file, 'utf8'));
        page.hashes.forEach((h) => hashes.add(h));
        fs.writeFileSync(`${file}.csp-tmp`, page.html);
        fs.renameSync(`${file}.csp-tmp`, file);
      }
      if (context.i18n.currentLocale === DEFAULT_LOCALE)
        fs.writeFileSync(path.join(outDir, '_headers'), headersFile(hashes));
    },
  };
}
