/**
 * Writes the generated guides for every locale (build time). Prose comes from the catalogs in
 * i18n/<locale>/guides/, facts and examples from the spec; each page records `_i18n_hash`, the md5 of
 * the English catalog it was translated from (see src/i18n/check.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OperationData } from '../openapi/types';
import { DEFAULT_LOCALE, activeLocales } from '../i18n/locales';
import { guideHash, readGuideMessages } from './messages';
import { renderAuthenticationGuide, type AuthGuideFacts } from './authentication';

/** The base URL readers see in examples: the spec's first server with its variables as placeholders. */
export function exampleBaseUrl(document: Record<string, any>): string {
  const server = document.servers?.[0] as { url?: string; variables?: Record<string, unknown> } | undefined;
  const url = server?.url ?? '/';
  const withHost = url.replace(/\{[^}]+\}/g, 'your-tianji-domain.com');
  // A relative server URL (e.g. `/open`) is relative to the instance's origin.
  return /^https?:\/\//.test(withHost)
    ? withHost
    : `https://your-tianji-domain.com${withHost.startsWith('/') ? '' : '/'}${withHost}`.replace(/\/$/, '');
}

export function guideFacts(document: Record<string, any>, operations: OperationData[]): AuthGuideFacts {
  const operation =
    operations.find((op) => op.method === 'GET' && op.path === '/global/config') ??
    operations.find((op) => op.method === 'GET' && !op.parameters.some((p) => p.required)) ??
    operations[0];
  const codeOf = (name: string, fallback: string): string =>
    document.components?.responses?.[name]?.content?.['application/json']?.example?.error?.code ?? fallback;
  return {
    operation,
    baseUrl: exampleBaseUrl(document),
    unauthorizedCode: codeOf('Unauthorized', 'UNAUTHORIZED'),
    forbiddenCode: codeOf('Forbidden', 'FORBIDDEN'),
  };
}

export function guidePath(root: string, locale: string, name: string): string {
  return locale === DEFAULT_LOCALE
    ? path.join(root, 'docs', `${name}.mdx`)
    : path.join(root, 'i18n', locale, 'docusaurus-plugin-content-docs/current', `${name}.mdx`);
}

export function writeGuides({
  root,
  document,
  operations,
}: {
  root: string;
  document: Record<string, any>;
  operations: OperationData[];
}): void {
  if (operations.length === 0) return;
  const facts = guideFacts(document, operations);
  const english = readGuideMessages(root, DEFAULT_LOCALE, 'authentication');
  for (const locale of activeLocales()) {
    const messages = readGuideMessages(root, locale, 'authentication');
    const body = renderAuthenticationGuide(facts, { ...english.messages, ...messages.messages });
    const hash = locale === DEFAULT_LOCALE ? guideHash(english.messages) : messages.hash;
    const front = [
      '---',
      'sidebar_position: 2',
      hash ? `_i18n_hash: ${hash}` : undefined,
      'custom_edit_url: null',
      '---',
    ]
      .filter(Boolean)
      .join('\n');
    const file = guidePath(root, locale, 'authentication');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${front}\n${body}`);
  }
}
