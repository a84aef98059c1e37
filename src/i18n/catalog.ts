/**
 * Per-locale catalogs of the spec's prose (openapi/i18n/<locale>.json). English lives in the spec itself;
 * a catalog entry carries the translation and `_i18n_hash`, the md5 of the English text it was made from,
 * so the i18n check can tell a stale translation from a current one. Build-time (Node) only.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { OperationData, OperationParameter } from '../openapi/types';
import { mapSpecTexts } from './spec-texts';

export interface OperationEntry {
  summary?: string;
  description?: string;
  _i18n_hash?: string;
}

/** Parameter descriptions are shared by name: `workspaceId` reads the same on every page. */
export interface ParameterEntry {
  description: string;
  _i18n_hash?: string;
}

export interface TagEntry {
  label?: string;
  description?: string;
  _i18n_hash?: string;
}

/**
 * Any other text of the spec (response and schema descriptions, servers, security schemes…), keyed by the JSON
 * pointer of its first occurrence (src/i18n/check.ts `textSources`). One entry serves every occurrence of the
 * same English text: pages find it by `_i18n_hash`, so only a stamped, current entry is shown.
 */
export interface TextEntry {
  text: string;
  _i18n_hash?: string;
}

export interface SpecCatalog {
  locale: string;
  info?: { title?: string; description?: string; sidebarLabel?: string; _i18n_hash?: string };
  tags: Record<string, TagEntry>;
  operations: Record<string, OperationEntry>;
  parameters: Record<string, ParameterEntry>;
  texts: Record<string, TextEntry>;
}

export function emptyCatalog(locale: string): SpecCatalog {
  return { locale, tags: {}, operations: {}, parameters: {}, texts: {} };
}

export function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

/** The English source text of an operation that a translation covers, as hashed into `_i18n_hash`. */
export function operationSource(op: Pick<OperationData, 'summary' | 'description'>): string {
  return [op.summary, op.description ?? ''].join('\n');
}

export function tagSource(tag: { name: string; description?: string }): string {
  return [tag.name, tag.description ?? ''].join('\n');
}

const byHash = new WeakMap<SpecCatalog['texts'], Map<string, string>>();

/** A text of the spec in the catalog's language: the `texts` entry made from this very English, else the English. */
export function localizeText(text: string, catalog: SpecCatalog): string {
  if (catalog.locale === 'en') return text;
  let translations = byHash.get(catalog.texts);
  if (!translations) {
    translations = new Map(
      Object.values(catalog.texts).flatMap((e) => (e._i18n_hash && e.text ? [[e._i18n_hash, e.text] as const] : [])),
    );
    byHash.set(catalog.texts, translations);
  }
  return translations.get(md5(text)) ?? text;
}

/** A schema (or any part of the spec) with every text field in the catalog's language. */
function localizeSchema<T>(schema: T, catalog: SpecCatalog): T {
  return schema === undefined || catalog.locale === 'en' ? schema : mapSpecTexts(schema, (f) => localizeText(f.text, catalog));
}

export type LocalizedOperation = OperationData & { translated: boolean };

/**
 * The operation in the catalog's language. Without an entry (or in English) the English text stays;
 * `translated` is false only when a non-English catalog lacks the entry, so the page can say so.
 */
export function localizeOperation(op: OperationData, catalog: SpecCatalog): LocalizedOperation {
  if (catalog.locale === 'en') return { ...op, translated: true };
  const entry = catalog.operations[op.id];
  return {
    ...op,
    summary: entry?.summary ?? op.summary,
    description: entry?.description ?? op.description,
    parameters: op.parameters.map((p) => ({
      ...p,
      description: localizedParameter(p, catalog),
      schema: localizeSchema(p.schema, catalog),
    })),
    requestBody: op.requestBody && { ...op.requestBody, schema: localizeSchema(op.requestBody.schema, catalog) },
    responses: op.responses.map((r) => ({
      ...r,
      description: localizeText(r.description, catalog),
      schema: localizeSchema(r.schema, catalog),
    })),
    translated: Boolean(entry),
  };
}

/**
 * A parameter's description in the catalog's language. The shared entry is used only when it was made
 * from this very English text: a parameter whose description differs on one page is found in `texts`.
 */
function localizedParameter(p: OperationParameter, catalog: SpecCatalog): string | undefined {
  const entry = catalog.parameters[p.name];
  if (!p.description) return p.description;
  if (entry && (entry._i18n_hash === undefined || entry._i18n_hash === md5(p.description))) return entry.description;
  return localizeText(p.description, catalog);
}

/** The catalog of `locale` from `dir` (openapi/i18n), or an empty one when there is none yet. */
export function readCatalog(dir: string, locale: string): SpecCatalog {
  const file = `${dir}/${locale}.json`;
  if (!fs.existsSync(file)) return emptyCatalog(locale);
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<SpecCatalog>;
  return { locale, info: data.info, tags: data.tags ?? {}, operations: data.operations ?? {}, parameters: data.parameters ?? {}, texts: data.texts ?? {} };
}
