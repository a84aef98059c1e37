/**
 * The API's history as the project keeps it (openapi/history.json): the facts (./facts.ts) of every published
 * version, oldest first. To stay small, each distinct operation shape is written once in `shapes` and versions
 * refer to it by index; shapes are numbered in order of first appearance, so adding a version only appends.
 *
 * A shape is `{ op: "post /user/register", parameters?, request?, response? }` where each section maps a key
 * (`in:name` or a JSON path) to a type string, with `?` at the end when it is optional (`string|null?`).
 * Pure: encode, decode, append.
 */
import type { Fact, OperationFacts, VersionFacts } from './facts';

export const HISTORY_FORMAT = 1;

export interface HistoryFile {
  format: typeof HISTORY_FORMAT;
  about: string;
  versions: { version: string; date: string; operations: Record<string, number> }[];
  shapes: EncodedShape[];
}

export interface EncodedShape {
  op: string;
  parameters?: Record<string, string>;
  request?: Record<string, string>;
  response?: Record<string, string>;
}

/** One version as code reads it. */
export interface VersionRecord {
  version: string;
  /** The day the version's document was published (YYYY-MM-DD). */
  date: string;
  operations: VersionFacts;
}

const ABOUT =
  'Facts of every published Tianji OpenAPI document, oldest first (npm run history; src/history/record.ts). ' +
  'versions[].operations maps operationId to an index in shapes. A shape: op "method path", parameters by ' +
  '"in:name", request and response (success) body fields by JSON path ($ is the body, [] array items, {} map ' +
  'values), each a type string ending in "?" when optional.';

export function encodeFact(fact: Fact): string {
  return fact.required ? fact.type : `${fact.type}?`;
}

export function decodeFact(text: string): Fact {
  return text.endsWith('?') ? { type: text.slice(0, -1), required: false } : { type: text, required: true };
}

function encodeSection(section: Record<string, Fact>): Record<string, string> | undefined {
  const entries = Object.entries(section);
  return entries.length === 0 ? undefined : Object.fromEntries(entries.map(([k, f]) => [k, encodeFact(f)]));
}

function decodeSection(section: Record<string, string> | undefined): Record<string, Fact> {
  return Object.fromEntries(Object.entries(section ?? {}).map(([k, t]) => [k, decodeFact(t)]));
}

export function encodeShape(facts: OperationFacts): EncodedShape {
  const shape: EncodedShape = { op: `${facts.method} ${facts.path}` };
  const parameters = encodeSection(facts.parameters);
  const request = encodeSection(facts.request);
  const response = encodeSection(facts.response);
  if (parameters) shape.parameters = parameters;
  if (request) shape.request = request;
  if (response) shape.response = response;
  return shape;
}

export function decodeShape(shape: EncodedShape): OperationFacts {
  const space = shape.op.indexOf(' ');
  return {
    method: shape.op.slice(0, space),
    path: shape.op.slice(space + 1),
    parameters: decodeSection(shape.parameters),
    request: decodeSection(shape.request),
    response: decodeSection(shape.response),
  };
}

export function emptyHistory(): HistoryFile {
  return { format: HISTORY_FORMAT, about: ABOUT, versions: [], shapes: [] };
}

/**
 * `history` with `record` appended as its newest version (a new object; shapes already known are reused). A
 * version already present is refused: history is append-only.
 */
export function appendVersion(history: HistoryFile, record: VersionRecord): HistoryFile {
  if (history.versions.some((v) => v.version === record.version)) {
    throw new Error(`history already holds ${record.version}`);
  }
  const shapes = [...history.shapes];
  const index = new Map(shapes.map((s, i) => [JSON.stringify(s), i]));
  const operations: Record<string, number> = {};
  for (const [id, facts] of Object.entries(record.operations)) {
    const shape = encodeShape(facts);
    const key = JSON.stringify(shape);
    let i = index.get(key);
    if (i === undefined) {
      i = shapes.push(shape) - 1;
      index.set(key, i);
    }
    operations[id] = i;
  }
  return {
    ...history,
    versions: [...history.versions, { version: record.version, date: record.date, operations }],
    shapes,
  };
}

export function buildHistory(records: VersionRecord[]): HistoryFile {
  return records.reduce(appendVersion, emptyHistory());
}

export function decodeHistory(history: HistoryFile): VersionRecord[] {
  if (history.format !== HISTORY_FORMAT) throw new Error(`unknown history format ${String(history.format)}`);
  const shapes = history.shapes.map(decodeShape);
  return history.versions.map((v) => ({
    version: v.version,
    date: v.date,
    operations: Object.fromEntries(
      Object.entries(v.operations).map(([id, i]) => {
        const facts = shapes[i];
        if (!facts) throw new Error(`${v.version} ${id}: no shape ${i}`);
        return [id, facts];
      }),
    ),
  }));
}

/** The file's text: one version or shape per line, so a new version is a readable diff. */
export function historyText(history: HistoryFile): string {
  const lines = [
    '{',
    `"format": ${history.format},`,
    `"about": ${JSON.stringify(history.about)},`,
    '"versions": [',
    history.versions.map((v) => JSON.stringify(v)).join(',\n'),
    '],',
    '"shapes": [',
    history.shapes.map((s) => JSON.stringify(s)).join(',\n'),
    ']',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
