/** Reading the guides' message catalogs (i18n/<locale>/guides/<name>.json). Build time only. */
import fs from 'node:fs';
import path from 'node:path';
import { md5 } from '../i18n/catalog';
import type { GuideMessages } from './authentication';

export interface GuideCatalog {
  messages: GuideMessages;
  /** For a translation: the md5 of the English catalog it was made from. */
  hash?: string;
}

export function guideCatalogPath(root: string, locale: string, name: string): string {
  return path.join(root, 'i18n', locale, 'guides', `${name}.json`);
}

/** The md5 a translation records: of the English messages, serialised canonically. */
export function guideHash(english: GuideMessages): string {
  return md5(JSON.stringify(english, Object.keys(english).sort()));
}

export function readGuideMessages(root: string, locale: string, name: string): GuideCatalog {
  const file = guideCatalogPath(root, locale, name);
  if (!fs.existsSync(file)) return { messages: {} };
  const { _i18n_hash: hash, ...messages } = JSON.parse(fs.readFileSync(file, 'utf8')) as GuideMessages & {
    _i18n_hash?: string;
  };
  return { messages, hash: typeof hash === 'string' ? hash : undefined };
}
