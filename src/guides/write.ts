/**
 * Writes the generated guides for every locale (build time). Prose comes from the catalogs in
 * i18n/<locale>/guides/, facts and examples from the spec; each page records `_i18n_hash`, the md5 of
 * the English catalog it was translated from (see src/i18n/check.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OperationData } from '../openapi/types';
import type { ApiModel } from '../openapi/model';
import { isPlainObject } from '../openapi/json';
import { exampleBaseUrl } from '../openapi/servers';
import { guideFile } from '../site-layout';
import { DEFAULT_LOCALE, activeLocales } from '../i18n/locales';
import { guideHash, readGuideMessages } from './messages';
import { renderAuthenticationGuide, type AuthGuideFacts, type ErrorExample } from './authentication';
import { AUTH_MESSAGES, type AuthFailureCode } from '../mock/auth';

/** The error body a documented response's example carries (flat: `{ code, message, issues }`), if any. */
function errorExampleOf(operations: OperationData[], status: string): ErrorExample | undefined {
  for (const op of operations) {
    const example = op.responses.find((r) => r.status === status)?.example;
    if (isPlainObject(example) && typeof example.code === 'string' && typeof example.message === 'string') {
      return example as unknown as ErrorExample;
    }
  }
  return undefined;
}

/** What the mock answers when the spec has no example for the status. */
const fallbackBody = (code: AuthFailureCode): ErrorExample => ({ code, message: AUTH_MESSAGES[code], issues: [] });

export function guideFacts(model: Pick<ApiModel, 'operations' | 'serverUrl'>): AuthGuideFacts {
  const { operations } = model;
  const operation =
    operations.find((op) => op.method === 'GET' && op.path === '/global/config') ??
    operations.find((op) => op.method === 'GET' && !op.parameters.some((p) => p.required)) ??
    operations[0];
  return {
    operation,
    baseUrl: exampleBaseUrl(model.serverUrl),
    unauthorizedBody: errorExampleOf(operations, '401') ?? fallbackBody('UNAUTHORIZED'),
    forbiddenBody: errorExampleOf(operations, '403') ?? fallbackBody('FORBIDDEN'),
  };
}

export function writeGuides(root: string, model: ApiModel): void {
  if (model.operations.length === 0) return;
  const facts = guideFacts(model);
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
    const file = path.join(root, guideFile(locale, 'authentication'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${front}\n${body}`);
  }
}
