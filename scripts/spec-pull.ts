/**
 * `npm run spec:pull -- https://tianji.example.com | path/to/document.json [--yes] [--out openapi/tianji.yaml]
 * [--history <file>] [--timeout 30]`
 *
 * Takes the OpenAPI document a Tianji server publishes (`/open/_document`, served when the server runs with
 * ALLOW_OPENAPI=true), or a saved copy of it, validates it and prints what changed against the last pulled one
 * (operations added, removed, changed; prose ignored). It then applies our overlays (openapi/overlays, beside the
 * spec) to it and lists every overlay action whose target matches nothing in the new document (an orphan), the new
 * operations and parameters that need our text, and the version before and after. With --yes (or a y/N
 * confirmation on a terminal) it writes the document, its facts without the server's prose (src/spec-refresh/
 * without-prose.ts), as the new upstream (openapi/upstream/tianji-openapi.json)
 * and the result as the spec, and the API history beside the spec (openapi/history.json, or --history <file>) gains
 * the document's version if it is newer than every recorded one (src/history/extend.ts). Orphans make it exit 1,
 * written or not: fix or delete those actions, then `npm run spec:overlay`.
 *
 * This file is the command: its arguments, the steps in order, what it writes. The steps are in scripts/spec-pull/:
 * document.ts (fetch, read, check, validate), compare.ts (overlays, diff, report), history.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import { parseArgs } from 'node:util';
import {
  checkOpenApi,
  documentUrl,
  fetchDocument,
  hasScheme,
  PullError,
  readDocumentFile,
  validateText,
} from './spec-pull/document';
import { label, pullFiles } from './spec-pull/files';
import { withoutProse } from '../src/spec-refresh/without-prose';
// The spec modules (Redocly, the sampler, yaml) load after the fetch, so a bad answer is reported fast.

const USAGE =
  'usage: npm run spec:pull -- https://your-tianji-host|document.json [--yes] [--out openapi/tianji.yaml] [--history <file>] [--timeout 30]';

async function confirm(question: string): Promise<boolean> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        yes: { type: 'boolean', short: 'y' },
        out: { type: 'string', short: 'o' },
        history: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`spec:pull: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const timeout = Number(args.values.timeout ?? 30);
  if (!Number.isFinite(timeout) || timeout <= 0) {
    console.error(`spec:pull: --timeout takes seconds, got ${args.values.timeout}\n${USAGE}`);
    return 2;
  }
  const files = pullFiles(args.values.out, args.values.history);
  const { out, upstreamFile, overlayDir } = files;
  if (!fs.existsSync(overlayDir)) throw new PullError(`no overlays at ${label(overlayDir)} to apply (check --out)`);

  const input = args.positionals[0];
  const fromFile = !hasScheme(input) && fs.existsSync(input) && fs.statSync(input).isFile();
  const source = fromFile ? input : documentUrl(input);
  console.log(fromFile ? `Reading ${input}` : `Fetching ${String(source)}`);
  const fetched = fromFile ? readDocumentFile(input) : await fetchDocument(source as URL, timeout);
  const published = checkOpenApi(source, fetched.value);
  await validateText(
    JSON.stringify(published, null, 2),
    '_document.json',
    `the document from ${String(source)} is not a valid OpenAPI document`,
  );
  // Kept as facts only: the server's sentences are not ours, and our overlays give every text the site shows.
  const next = withoutProse(published);
  const upstreamText = `${JSON.stringify(next, null, 2)}\n`;

  const { compare, onlyProseChanged, printComparison } = await import('./spec-pull/compare');
  const comparison = await compare(next, files);
  const { text, currentText } = comparison;
  printComparison(next, comparison, files);

  const orphanExit = () => {
    if (comparison.orphans.length === 0) return 0;
    console.error(`spec:pull: ${comparison.orphans.length} orphan overlay action(s); see "Orphans" above.`);
    return 1;
  };
  if (
    text === currentText &&
    upstreamText === (fs.existsSync(upstreamFile) ? fs.readFileSync(upstreamFile, 'utf8') : '')
  ) {
    console.log(`${label(out)} and ${label(upstreamFile)} are up to date: nothing to write`);
    return orphanExit();
  }
  if (onlyProseChanged(next, comparison))
    console.log('No operation changed; the rewrite only touches prose, formatting or top-level fields.');
  let write = args.values.yes === true;
  if (!write && process.stdin.isTTY && process.stdout.isTTY)
    write = await confirm(`Write ${label(upstreamFile)} and ${label(out)}? [y/N] `);
  if (!write) {
    console.log(`dry run: nothing written (pass --yes to write ${label(upstreamFile)} and ${label(out)})`);
    return orphanExit();
  }
  await validateText(text, path.basename(out), 'the spec with our overlays does not validate (nothing written)');
  for (const [file, content] of [
    [upstreamFile, upstreamText],
    [out, text],
  ] as const) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.spec-pull-${process.pid}`;
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, file);
    console.log(`Wrote ${label(file)}.`);
  }
  const { extendHistoryFile } = await import('./spec-pull/history');
  extendHistoryFile(files.historyFile, next);
  console.log('Next: run `npm run i18n:check` to see translations made stale or missing by this refresh.');
  return orphanExit();
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof PullError) {
      console.error(`spec:pull: ${error.message}`);
      for (const line of error.details) console.error(`  ${line}`);
    } else {
      console.error('spec:pull: unexpected error:', error);
    }
    process.exitCode = 1;
  },
);
