/**
 * The build in steps that a large spec gets (src/site-build/plan.ts), forced on a small one: two locales, each
 * bundled in one process and rendered in the next. Every page of both is there, the default locale's step did not
 * wipe the other's, and the server bundle is gone as after a one-process build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySite, removeSite, runScript } from './support/site-copy';

const dir = copySite();
afterAll(() => removeSite(dir));

let result: Awaited<ReturnType<typeof runScript>>;
beforeAll(async () => {
  const spec = path.resolve(__dirname, 'fixtures/specs/unions.yaml');
  result = await runScript(dir, 'build', [], spec, { DOCS_LOCALES: 'en,fr', BUILD_SPLIT: 'always' });
}, 600_000);

describe('a build in steps', () => {
  it('runs four steps: bundling, then pages, for en and then fr', () => {
    expect(result.code, result.stderr.slice(-2000)).toBe(0);
    expect(result.stdout).toContain('Building in 4 steps');
    expect(
      result.stdout.match(/Skipping the Docusaurus bundling step/g) ??
        result.stderr.match(/Skipping the Docusaurus bundling step/g),
    ).toHaveLength(2);
  });

  it('writes every page of both locales, and leaves no server bundle', () => {
    const build = path.join(dir, 'build');
    for (const page of [
      'docs/api/notification-create.html',
      'fr/docs/api/notification-create.html',
      'index.html',
      'fr/index.html',
    ])
      expect(fs.existsSync(path.join(build, page)), page).toBe(true);
    const fr = fs.readFileSync(path.join(build, 'fr/docs/api/notification-create.html'), 'utf8');
    expect(fr).toMatch(/<html[^>]*lang="?fr/);
    // Built alone, the locale keeps its own base URL (Docusaurus would put it at / without docusaurus.config.ts's).
    expect(fr).toMatch(/src="?\/fr\/assets\/js\/main\./);
    for (const server of ['__server', 'fr/__server'])
      expect(fs.existsSync(path.join(build, server)), server).toBe(false);
  });
});
