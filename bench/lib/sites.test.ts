/**
 * The bench's plain baseline (bench/lib/sites.ts) builds. Every ratio of `npm run bench` divides by it, and it
 * broke twice on features of the real config it reuses (a custom navbar item, a plugin that reads the spec's
 * model): a small copy is built here so the next one fails a test, not a bench run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countHtml, plainSite } from './sites';

describe('the plain baseline', () => {
  it("builds with the real site's config minus the reference, one page per doc", () => {
    const dir = plainSite(6, ['en']);
    try {
      execFileSync(path.join(dir, 'node_modules/.bin/docusaurus'), ['build'], {
        cwd: dir,
        // English only, as the bench's English builds set it (bench/phases/build.ts).
        env: { ...process.env, DOCS_LOCALES: 'en' },
        stdio: 'pipe',
        timeout: 240_000,
      });
      const build = path.join(dir, 'build');
      for (const page of ['docs/getting-started.html', 'docs/api.html', 'docs/api/group-0000/page-1.html'])
        expect(fs.existsSync(path.join(build, page)), page).toBe(true);
      // The 6 docs, the home page and the 404 page: nothing of the reference.
      expect(countHtml(build)).toBe(8);
      expect(fs.existsSync(path.join(build, 'llms.txt'))).toBe(false);
      const guide = fs.readFileSync(path.join(build, 'docs/getting-started.html'), 'utf8');
      expect(guide).not.toContain('history-button');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
