/**
 * `npm run corpus`: every corpus document (test/corpus/select.ts) through generation and the MDX compiler, two at a
 * time, and the table of outcomes written to test/corpus/RESULTS.md (committed). `npm test` runs the same checks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { corpusSpecs } from '../test/corpus/select';
import { resultsTable, runCorpus } from '../test/corpus/run';
import { copySite, removeSite } from '../test/support/site-copy';

async function main(): Promise<void> {
  const specs = corpusSpecs();
  const copies = [copySite(), copySite()];
  try {
    const results = await runCorpus(specs, copies, (r) =>
      console.log(
        `${r.outcome.padEnd(7)} ${r.name} (${r.operations} operations, ${r.seconds} s)${r.reason ? `: ${r.reason}` : ''}`,
      ),
    );
    const file = path.resolve(__dirname, '../test/corpus/RESULTS.md');
    fs.writeFileSync(file, resultsTable(results));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  } finally {
    copies.forEach(removeSite);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
