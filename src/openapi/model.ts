/**
 * The operations model: every operation of the spec as `OperationData`, plus the server facts the site needs,
 * computed once by `npm run gen` (`loadApiModel`) and written to .generated/. Reference pages, the mock, the
 * guides and the i18n check read that one result; tests build theirs with the same function from fixture specs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { OPERATIONS_FILE, SITE_DATA_FILE } from '../site-layout';
import { loadSpec } from './load';
import { operationsOf } from './operations';
import { apiPrefixOf } from './servers';
import { sharedParameterNames } from './shared-names';
import type { OperationData } from './types';

/** Spec-level facts for every page (the browser reads them from .generated/site-data.json). */
export interface SiteData {
  /** The path part of the first server (`https://{host}/open` → `/open`), which the playground adds to an instance URL. */
  apiPrefix: string;
  /** The first server's URL as the spec writes it (`https://{host}/open`, `/open`), or '' without servers. */
  serverUrl: string;
  /** Parameters whose value the reader sets once for every operation (src/openapi/shared-names.ts). */
  sharedParameters: string[];
}

export interface ApiModel extends SiteData {
  operations: OperationData[];
  tags: Array<{ name: string; description?: string }>;
  info: { title: string; description: string };
}

/** Loads the spec (every `$ref` resolved) and derives the model. */
export async function loadApiModel(specFile: string): Promise<ApiModel> {
  const document = await loadSpec(specFile);
  const servers = Array.isArray(document.servers) ? (document.servers as Array<{ url?: unknown }>) : [];
  const serverUrl = typeof servers[0]?.url === 'string' ? servers[0].url : '';
  const info = (document.info ?? {}) as { title?: unknown; description?: unknown };
  const operations = operationsOf(document);
  return {
    operations,
    sharedParameters: sharedParameterNames(operations),
    apiPrefix: apiPrefixOf(serverUrl),
    serverUrl,
    tags: Array.isArray(document.tags) ? (document.tags as ApiModel['tags']) : [],
    info: { title: String(info.title ?? ''), description: String(info.description ?? '') },
  };
}

/** Writes what the build and the browser read: the operations and the site data. */
export function writeApiModel(root: string, model: ApiModel): void {
  fs.mkdirSync(path.dirname(path.join(root, OPERATIONS_FILE)), { recursive: true });
  fs.writeFileSync(path.join(root, OPERATIONS_FILE), JSON.stringify(model.operations));
  const { apiPrefix, serverUrl, sharedParameters } = model;
  const siteData: SiteData = { apiPrefix, serverUrl, sharedParameters };
  fs.writeFileSync(path.join(root, SITE_DATA_FILE), JSON.stringify(siteData));
}

/** The operations `npm run gen` wrote; fails with the command to run when they are not there yet. */
export function readGeneratedOperations(root: string): OperationData[] {
  const file = path.join(root, OPERATIONS_FILE);
  if (!fs.existsSync(file)) throw new Error(`${OPERATIONS_FILE} is missing: run \`npm run gen\` first.`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as OperationData[];
}

/** The site data `npm run gen` wrote (see `readGeneratedOperations`). */
export function readGeneratedSiteData(root: string): SiteData {
  const file = path.join(root, SITE_DATA_FILE);
  if (!fs.existsSync(file)) throw new Error(`${SITE_DATA_FILE} is missing: run \`npm run gen\` first.`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SiteData;
}
