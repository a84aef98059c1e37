/**
 * `npm run spec:overlay [-- --check]`: writes openapi/tianji.yaml from the server's document
 * (openapi/upstream/tianji-openapi.json) and our overlays (openapi/overlays/*.overlay.yaml, in file-name order);
 * `--check` only says whether the committed file is current. Actions whose target matches nothing are listed
 * (orphans) and make it exit 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatOrphan } from '../src/overlay/apply';
import { generateSpec, specFile, staleMessage } from '../src/overlay/generate';
import { DEFAULT_SPEC } from '../src/site-layout';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..');
  const generated = await generateSpec(root);
  for (const orphan of generated.orphans) console.error(`orphan: ${formatOrphan(orphan)}`);
  const file = specFile(root);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (process.argv.includes('--check')) {
    const stale = staleMessage(current, generated);
    if (!stale) console.log(`${DEFAULT_SPEC} is current (${generated.applied} overlay actions).`);
    else {
      console.error(stale);
      return 1;
    }
  } else if (current === generated.text) console.log(`${DEFAULT_SPEC} is up to date.`);
  else {
    fs.writeFileSync(file, generated.text);
    console.log(`Wrote ${DEFAULT_SPEC} (${generated.applied} overlay actions applied).`);
  }
  return generated.orphans.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`spec:overlay: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
