/**
 * The pipeline on a real spec: the document a Tianji server publishes (../shared/reference), built as
 * documented (`SPEC=… npm run build -- --locale en`) in a copy of the site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copySite, removeSite, runScript } from './support/site-copy';

const REFERENCE = path.resolve(__dirname, '../../shared/reference/tianji-openapi.json');
const present = fs.existsSync(REFERENCE);
if (!present) console.warn(`skipped: ${REFERENCE} is not there`);

describe.skipIf(!present)('building from the real Tianji spec', () => {
  const dir = copySite();
  afterAll(() => removeSite(dir));

  it('builds one page per operation', async () => {
    const result = await runScript(dir, 'build', ['--locale', 'en'], REFERENCE);
    expect(result.code, result.stderr.slice(-3000)).toBe(0);

    const spec = JSON.parse(fs.readFileSync(REFERENCE, 'utf8'));
    const ids = Object.values(spec.paths as Record<string, Record<string, { operationId: string }>>).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(ids).toHaveLength(137);
    const pages = fs.readdirSync(path.join(dir, 'build/docs/api')).filter((f) => f.endsWith('.html'));
    const kebab = (s: string) =>
      s
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .replace(/[^a-zA-Z0-9]+/g, '-')
        .toLowerCase();
    for (const id of ids) expect(pages).toContain(`${kebab(id)}.html`);

    const page = fs.readFileSync(path.join(dir, 'build/docs/api/website-add.html'), 'utf8');
    expect(page).toContain('/workspace/{workspaceId}/website/add');
  }, 600_000);
});
