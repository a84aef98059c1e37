/** `spec:pull`'s last step: the API history gains the pulled version (src/history/extend.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { extendHistory } from '../../src/history/extend';
import { historyText } from '../../src/history/record';
import { readHistoryFile } from '../../src/history/sources';

/** Adds the pulled version to the history file, if there is one and the version is newer than all it records. */
export function extendHistoryFile(file: string, document: unknown): void {
  const label = path.relative(process.cwd(), file) || file;
  if (!fs.existsSync(file)) {
    console.log(`History: no ${label}, not extended.`);
    return;
  }
  const outcome = extendHistory(readHistoryFile(file), document, new Date().toISOString().slice(0, 10));
  if (outcome.kind === 'appended') {
    fs.writeFileSync(file, historyText(outcome.history));
    console.log(`History: ${outcome.version} added to ${label}.`);
  } else if (outcome.kind === 'recorded') console.log(`History: ${outcome.version} is already in ${label}.`);
  else if (outcome.kind === 'differs') {
    console.log(`History: ${label} already records ${outcome.version} with other facts; left as it is.`);
  } else if (outcome.kind === 'older') {
    console.log(`History: ${outcome.version} is older than ${outcome.newest}, the newest in ${label}; not added.`);
  } else
    console.log(`History: the document names no release (info.version ${outcome.version ?? 'missing'}); not added.`);
}
