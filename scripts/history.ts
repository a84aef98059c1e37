/**
 * `npm run history [-- --from <folder>] [--check]`
 *
 * Builds openapi/history.json (src/history/record.ts) from the OpenAPI documents Tianji published with its
 * releases (default: ../shared/reference/tianji-history, with its versions.json). With --check it writes nothing
 * and exits 1 when the committed file differs from what the documents give.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SOURCE_DIR, buildHistoryText } from '../src/history/sources';
import { HISTORY_FILE } from '../src/site-layout';

const root = path.resolve(__dirname, '..');
const { values } = parseArgs({ options: { from: { type: 'string' }, check: { type: 'boolean' } } });
const from = path.resolve(root, values.from ?? DEFAULT_SOURCE_DIR);
const out = path.join(root, HISTORY_FILE);
const text = buildHistoryText(from);
const parsed = JSON.parse(text) as { versions: unknown[]; shapes: unknown[] };
const summary = `${parsed.versions.length} versions, ${parsed.shapes.length} operation shapes, ${Buffer.byteLength(text)} bytes`;

if (values.check) {
  const current = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (current !== text) {
    console.error(`history: ${HISTORY_FILE} is not what ${path.relative(root, from)} gives; run npm run history`);
    process.exitCode = 1;
  } else console.log(`${HISTORY_FILE} is up to date (${summary})`);
} else {
  fs.writeFileSync(out, text);
  console.log(`Wrote ${HISTORY_FILE}: ${summary}`);
}
