/**
 * The pages the slow-network and Lighthouse phases load (an operation page with the playground, a guide
 * page, and plain Docusaurus's guide page as the floor), served the way a static host serves them.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BenchContext } from './context';
import { serveStatic } from './static-server';
import type { BenchPage } from './types';

export const SERVED_AS =
  'bench/lib/static-server.ts: brotli (q 11) or gzip (9), hashed assets immutable, pages revalidated';

export interface PageToLoad {
  page: BenchPage;
  path: string;
  url: string;
  /** The page has the playground: wait for its Send. */
  send: boolean;
}

export interface ServedPages {
  pages: PageToLoad[];
  close: () => Promise<void>;
}

const hasBuild = (dir: string | undefined): dir is string =>
  Boolean(dir && fs.existsSync(path.join(dir, 'build/index.html')));

/** Serves the site's build (and the plain baseline's, when there is one); undefined without a built site. */
const OPERATION = '/docs/api/global-config';
const GUIDE = '/docs/getting-started';

export async function servePages(
  ctx: BenchContext,
  siteDir: string | undefined,
  plainDir: string | undefined,
): Promise<ServedPages | undefined> {
  if (!hasBuild(siteDir)) return undefined;
  const site = await serveStatic(path.join(siteDir, 'build'), { precompress: ['assets'] });
  const closers = [ctx.resources.hold(site.close)];
  const pages: PageToLoad[] = [
    { page: 'operation', path: OPERATION, url: `${site.base}${OPERATION}`, send: true },
    { page: 'guide', path: GUIDE, url: `${site.base}${GUIDE}`, send: false },
  ];
  const compare = ctx.options.compareSite;
  if (hasBuild(compare)) {
    const before = await serveStatic(path.join(compare, 'build'), { precompress: ['assets'] });
    closers.push(ctx.resources.hold(before.close));
    pages.push(
      { page: 'beforeOperation', path: OPERATION, url: `${before.base}${OPERATION}`, send: true },
      { page: 'beforeGuide', path: GUIDE, url: `${before.base}${GUIDE}`, send: false },
    );
  }
  if (hasBuild(plainDir)) {
    const plain = await serveStatic(path.join(plainDir, 'build'), { precompress: ['assets'] });
    closers.push(ctx.resources.hold(plain.close));
    pages.push({
      page: 'plainGuide',
      path: '/docs/getting-started',
      url: `${plain.base}/docs/getting-started`,
      send: false,
    });
  }
  return {
    pages,
    close: async () => {
      for (const close of closers) await close();
    },
  };
}
