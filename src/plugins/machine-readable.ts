/**
 * Outputs for machines, written into every locale's build: the OpenAPI document itself (linked from the
 * API index) and `llms.txt`, a plain list of the locale's pages with their descriptions.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { buildLlmsTxt, pageInfoFromHtml, type LlmsPage } from './llms-txt';

export interface MachineReadableOptions {
  /** The spec file; copied as `openapi.<ext>`. */
  spec: string;
}

export function specFileName(spec: string): string {
  return `openapi${path.extname(spec).toLowerCase() === '.json' ? '.json' : '.yaml'}`;
}

export default function machineReadable(context: LoadContext, options: MachineReadableOptions): Plugin {
  return {
    name: 'machine-readable',
    async postBuild({ outDir, routesPaths, siteConfig }) {
      const fileName = specFileName(options.spec);
      fs.copyFileSync(path.resolve(context.siteDir, options.spec), path.join(outDir, fileName));

      const origin = siteConfig.url.replace(/\/$/, '');
      const pages: LlmsPage[] = [];
      for (const route of [...new Set(routesPaths)].sort()) {
        if (!route.startsWith(`${context.baseUrl}docs/`)) continue;
        const relative = route.slice(context.baseUrl.length);
        const file = path.join(outDir, `${relative}.html`);
        if (!fs.existsSync(file)) continue;
        const info = pageInfoFromHtml(fs.readFileSync(file, 'utf8'));
        if (info)
          pages.push({
            ...info,
            url: `${origin}${route}`,
            section: relative.startsWith('docs/api') ? 'reference' : 'guide',
          });
      }
      fs.writeFileSync(
        path.join(outDir, 'llms.txt'),
        buildLlmsTxt({
          title: siteConfig.title,
          summary: siteConfig.tagline,
          specUrl: `${origin}${context.baseUrl}${fileName}`,
          pages,
        }),
      );
    },
  };
}
