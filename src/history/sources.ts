/**
 * Reading the published documents the history is built from: a folder with `versions.json` (`[{ version, file,
 * publishedInDocs }]`, oldest first) and one OpenAPI JSON document per version. Node only (scripts and tests).
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractFacts } from './facts';
import { buildHistory, historyText, type HistoryFile, type VersionRecord } from './record';

/** The published documents, in the shared reference folder beside the project. */
export const DEFAULT_SOURCE_DIR = '../shared/reference/tianji-history';

export interface SourceVersion {
  version: string;
  file: string;
  date: string;
}

export function readSourceIndex(dir: string): SourceVersion[] {
  const raw: unknown = JSON.parse(fs.readFileSync(path.join(dir, 'versions.json'), 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${dir}/versions.json: expected a list`);
  return raw.map((entry, i) => {
    const { version, file, publishedInDocs } = (entry ?? {}) as Record<string, unknown>;
    if (typeof version !== 'string' || typeof file !== 'string' || typeof publishedInDocs !== 'string') {
      throw new Error(`${dir}/versions.json[${i}]: expected { version, file, publishedInDocs }`);
    }
    return { version, file, date: publishedInDocs };
  });
}

export function readSourceDocument(dir: string, source: SourceVersion): unknown {
  return JSON.parse(fs.readFileSync(path.join(dir, source.file), 'utf8'));
}

/** Every version of the folder as facts, oldest first. */
export function readSourceRecords(dir: string): VersionRecord[] {
  return readSourceIndex(dir).map((source) => ({
    version: source.version,
    date: source.date,
    operations: extractFacts(readSourceDocument(dir, source)),
  }));
}

/** The history file's text as `npm run history` writes it from the folder. */
export function buildHistoryText(dir: string): string {
  return historyText(buildHistory(readSourceRecords(dir)));
}

export function readHistoryFile(file: string): HistoryFile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as HistoryFile;
}
