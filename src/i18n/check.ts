/**
 * Translation status: for each locale, which translations are current, missing, or stale (made from English
 * text that has changed since, detected by `_i18n_hash` = md5 of the English source). Pure over data read
 * by scripts/i18n.ts; `stamp*` functions record the current English hash after a translation is updated.
 */
import { md5, operationSource, tagSource, type SpecCatalog } from './catalog';
import { groupByText, specTexts, type SpecText } from './spec-texts';
import { HTTP_METHODS } from '../openapi/methods';
import type { OperationData } from '../openapi/types';

export type Status = 'translated' | 'missing' | 'stale';

export interface Finding {
  locale: string;
  /** What was checked, e.g. `openapi/i18n/fr.json#operations/website-add`. */
  where: string;
  status: Status;
}

export interface EnglishSources {
  info: { title: string; description: string };
  tags: Array<{ name: string; description?: string }>;
  operations: OperationData[];
  /** Every other text of the spec, one per English text (`textSources`). */
  texts: TextSource[];
}

/** A text of the `texts` catalog section: its key (the first pointer it appears at) and its English. */
export interface TextSource {
  key: string;
  text: string;
  /** How many places of the spec show it. */
  uses: number;
}

export function infoSource(info: EnglishSources['info']): string {
  return `${info.title}\n${info.description}`;
}

/** Unique parameter descriptions by name (the catalog translates each name once). */
export function parameterSources(operations: OperationData[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const op of operations) for (const p of op.parameters) if (p.description && !out.has(p.name)) out.set(p.name, p.description);
  return out;
}

const OPERATION_TEXT = new RegExp(`^/paths/[^/]+/(${HTTP_METHODS.join('|')})/(summary|description)$`);

/**
 * The texts of a (bundled, not dereferenced) document that no other catalog section holds, deduplicated by text:
 * info, tag descriptions, operation summaries and descriptions, and shared parameter descriptions have their
 * own sections; everything else the generic walk finds (src/i18n/spec-texts.ts) is here.
 */
export function textSources(document: unknown, operations: OperationData[]): TextSource[] {
  const parameters = parameterSources(operations);
  const elsewhere = ({ pointer, text, owner }: SpecText) =>
    /^\/info\/(title|description)$/.test(pointer) ||
    /^\/tags\/\d+\/description$/.test(pointer) ||
    OPERATION_TEXT.test(pointer) ||
    (pointer.endsWith('/description') && typeof owner.in === 'string' && parameters.get(String(owner.name)) === text);
  return groupByText(specTexts(document).filter((t) => !elsewhere(t))).map(({ text, pointers }) => ({
    key: pointers[0],
    text,
    uses: pointers.length,
  }));
}

function status(hash: string | undefined, present: boolean, source: string): Status {
  if (!present) return 'missing';
  return hash === md5(source) ? 'translated' : 'stale';
}

export function checkSpecCatalog(locale: string, file: string, catalog: SpecCatalog, en: EnglishSources): Finding[] {
  const findings: Finding[] = [];
  const add = (where: string, s: Status) => findings.push({ locale, where: `${file}#${where}`, status: s });
  add('info', status(catalog.info?._i18n_hash, Boolean(catalog.info?.title), infoSource(en.info)));
  for (const tag of en.tags) {
    const entry = catalog.tags[tag.name];
    add(`tags/${tag.name}`, status(entry?._i18n_hash, Boolean(entry?.label || entry?.description), tagSource(tag)));
  }
  for (const op of en.operations) {
    const entry = catalog.operations[op.id];
    add(`operations/${op.id}`, status(entry?._i18n_hash, Boolean(entry?.summary), operationSource(op)));
  }
  for (const [name, description] of parameterSources(en.operations)) {
    const entry = catalog.parameters[name];
    add(`parameters/${name}`, status(entry?._i18n_hash, Boolean(entry?.description), description));
  }
  for (const { key, text } of en.texts) {
    const entry = catalog.texts[key];
    add(`texts${key}`, status(entry?._i18n_hash, Boolean(entry?.text), text));
  }
  return findings;
}

export function stampSpecCatalog(catalog: SpecCatalog, en: EnglishSources): SpecCatalog {
  const next = structuredClone(catalog);
  if (next.info) next.info._i18n_hash = md5(infoSource(en.info));
  for (const tag of en.tags) if (next.tags[tag.name]) next.tags[tag.name]._i18n_hash = md5(tagSource(tag));
  for (const op of en.operations) if (next.operations[op.id]) next.operations[op.id]._i18n_hash = md5(operationSource(op));
  for (const [name, description] of parameterSources(en.operations)) {
    if (next.parameters[name]) next.parameters[name]._i18n_hash = md5(description);
  }
  for (const { key, text } of en.texts) if (next.texts[key]) next.texts[key]._i18n_hash = md5(text);
  return next;
}

/** A translated page: its `_i18n_hash` front matter against the English page's body. */
export function checkPage(locale: string, where: string, englishBody: string, translated: string | undefined): Finding {
  if (translated === undefined) return { locale, where, status: 'missing' };
  return { locale, where, status: frontMatterHash(translated) === md5(englishBody) ? 'translated' : 'stale' };
}

/** Splits `---\nfront matter\n---\nbody` (the body is what `_i18n_hash` covers). */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  return match ? { frontMatter: match[1], body: text.slice(match[0].length) } : { frontMatter: '', body: text };
}

export function frontMatterHash(text: string): string | undefined {
  return /^_i18n_hash:\s*["']?([0-9a-f]{32})["']?\s*$/m.exec(splitFrontMatter(text).frontMatter)?.[1];
}

export function stampPage(translated: string, englishBody: string): string {
  const { frontMatter, body } = splitFrontMatter(translated);
  const hash = `_i18n_hash: ${md5(englishBody)}`;
  const lines = frontMatter ? frontMatter.split('\n').filter((l) => !l.startsWith('_i18n_hash:')) : [];
  return `---\n${[...lines, hash].join('\n')}\n---\n${body}`;
}

/** A message catalog as a whole (guides): one hash of the English catalog, every English key present. */
export function checkMessageCatalog(
  locale: string,
  where: string,
  english: Record<string, unknown>,
  englishHash: string,
  translated: { messages: Record<string, unknown>; hash?: string } | undefined,
): Finding {
  if (!translated || Object.keys(english).some((k) => !(k in translated.messages))) return { locale, where, status: 'missing' };
  return { locale, where, status: translated.hash === englishHash ? 'translated' : 'stale' };
}

export type CodeMessages = Record<string, { message: string; description?: string }>;

/**
 * UI strings (Docusaurus `code.json` and theme files): an id is missing when absent, stale when the English
 * message changed since its hash was recorded in the sidecar `<file>.i18n-hash.json`.
 */
export function checkCodeMessages(
  locale: string,
  file: string,
  english: CodeMessages,
  translated: CodeMessages | undefined,
  hashes: Record<string, string> | undefined,
): Finding[] {
  return Object.entries(english).map(([id, { message }]) => {
    const where = `${file}#${id}`;
    if (!translated?.[id]) return { locale, where, status: 'missing' as const };
    return { locale, where, status: hashes?.[id] === md5(message) ? ('translated' as const) : ('stale' as const) };
  });
}

export function stampCodeMessages(english: CodeMessages, translated: CodeMessages): Record<string, string> {
  return Object.fromEntries(Object.keys(translated).filter((id) => english[id]).sort().map((id) => [id, md5(english[id].message)]));
}

export function summarize(findings: Finding[]): Map<string, Record<Status, number>> {
  const out = new Map<string, Record<Status, number>>();
  for (const f of findings) {
    const counts = out.get(f.locale) ?? { translated: 0, missing: 0, stale: 0 };
    counts[f.status]++;
    out.set(f.locale, counts);
  }
  return out;
}
