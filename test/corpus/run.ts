/**
 * Runs one corpus document through the site's pipeline in a throw-away copy of the site (English only):
 * `npm run gen` (validate, prepare, operations model, gen-api-docs), then every generated page through the MDX
 * compiler Docusaurus uses, and optionally a full `docusaurus build`. The outcome says what a user would see.
 */
import fs from 'node:fs';
import path from 'node:path';
import { OPERATIONS_FILE, apiDocsDir } from '../../src/site-layout';
import { runScript } from '../support/site-copy';
import type { CorpusSpec } from './select';

export type Outcome = 'built' | 'refused' | 'failed';

export interface CorpusResult {
  name: string;
  version: string;
  operations: number;
  outcome: Outcome;
  /** For `refused` and `failed`: the first line of the reason. */
  reason?: string;
  warnings: number;
  /** Operation pages generated (`*.api.mdx`). */
  pages: number;
  /** Whether the reason (or anything printed) held a stack trace: never acceptable. */
  stackTrace: boolean;
  seconds: number;
}

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;
/** A refusal as validate.ts words it: `file#/json/pointer: message`. */
const LOCATED = /^\S+#\/\S*: .+/m;

const operationPages = (files: string[]) => files.filter((f) => f.endsWith('.api.mdx')).length;

/** Docusaurus strips front matter before compiling; so does this. */
const withoutFrontMatter = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

/** The first page that does not compile, as `file: message`, or undefined when all do. */
async function firstMdxError(dir: string): Promise<{ pages: number; error?: string }> {
  // Operation pages are `*.api.mdx`; the API index and tag pages are compiled too, but not counted.
  const pagesDir = path.join(dir, apiDocsDir('en'));
  const files = fs.existsSync(pagesDir) ? fs.readdirSync(pagesDir).filter((f) => f.endsWith('.mdx')) : [];
  // ESM only: imported, not required, so that scripts run by tsx as CommonJS can load it too.
  const { compile } = await import('@mdx-js/mdx');
  for (const file of files) {
    try {
      await compile(withoutFrontMatter(fs.readFileSync(path.join(pagesDir, file), 'utf8')), { format: 'mdx' });
    } catch (error) {
      return { pages: operationPages(files), error: `${file}: ${String((error as Error).message).split('\n')[0]}` };
    }
  }
  return { pages: operationPages(files) };
}

/** The first line of a failure, past the warnings block (`N warning(s)…` and its indented lines). */
function failureLine(stderr: string): string | undefined {
  const lines = stderr.split('\n');
  const at = lines.findIndex((l) => l.trim() !== '' && !/^\d+ warning\(s\)/.test(l) && !/^ {2}/.test(l));
  if (at < 0) return undefined;
  const detail = lines[at].endsWith(':') ? lines[at + 1]?.trim() : undefined;
  return detail ? `${lines[at]} ${detail}` : lines[at];
}

export async function runCorpusSpec(dir: string, spec: CorpusSpec, fullBuild = false): Promise<CorpusResult> {
  const started = Date.now();
  fs.rmSync(path.join(dir, OPERATIONS_FILE), { force: true });
  const gen = await runScript(dir, fullBuild ? 'build' : 'gen', fullBuild ? ['--locale', 'en'] : [], spec.file, {
    DOCS_LOCALES: 'en',
  });
  const output = `${gen.stderr}\n${gen.stdout}`;
  const warnings = Number(/^(\d+) warning\(s\)/m.exec(output)?.[1] ?? 0);
  const operations = fs.existsSync(path.join(dir, OPERATIONS_FILE))
    ? (JSON.parse(fs.readFileSync(path.join(dir, OPERATIONS_FILE), 'utf8')) as unknown[]).length
    : 0;
  const base = { name: spec.name, version: spec.version, operations, warnings, stackTrace: STACK_LINE.test(output) };
  const seconds = () => Math.round((Date.now() - started) / 100) / 10;
  if (gen.code !== 0) {
    const located = LOCATED.exec(gen.stderr)?.[0];
    const reason = located ?? failureLine(gen.stderr) ?? `exit ${gen.code}`;
    return { ...base, outcome: located ? 'refused' : 'failed', reason, pages: 0, seconds: seconds() };
  }
  const mdx = await firstMdxError(dir);
  if (mdx.error) return { ...base, outcome: 'failed', reason: mdx.error, pages: mdx.pages, seconds: seconds() };
  return { ...base, outcome: 'built', pages: mdx.pages, seconds: seconds() };
}

/** Runs `specs` on `workers` site copies at once, in list order. */
export async function runCorpus(
  specs: CorpusSpec[],
  copies: string[],
  onResult: (result: CorpusResult) => void = () => {},
): Promise<CorpusResult[]> {
  const results: CorpusResult[] = new Array(specs.length);
  let next = 0;
  await Promise.all(
    copies.map(async (dir) => {
      while (next < specs.length) {
        const index = next++;
        results[index] = await runCorpusSpec(dir, specs[index]);
        onResult(results[index]);
      }
    }),
  );
  return results;
}

/** The committed table (test/corpus/RESULTS.md). */
export function resultsTable(results: CorpusResult[]): string {
  const built = results.filter((r) => r.outcome === 'built').length;
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${r.version} | ${r.operations} | ${r.outcome}${r.reason ? `: ${r.reason.replace(/\|/g, '\\|').slice(0, 160)}` : ''} | ${r.warnings} | ${r.seconds} |`,
  );
  return [
    '# Corpus of real OpenAPI documents',
    '',
    'Written by `npm run corpus` (test/corpus/): each document through `npm run gen` (English) and every generated',
    'page through the MDX compiler. `refused` means the build stopped with a one-line, located reason.',
    '',
    `${built} of ${results.length} built (${Math.round((100 * built) / results.length)}%).`,
    '',
    '| spec | OpenAPI | operations | outcome | warnings | seconds |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
