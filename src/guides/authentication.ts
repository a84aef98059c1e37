/**
 * The authentication guide as markdown, from the spec's facts and one locale's messages. Its examples
 * come from the same snippet generator as the playground, so guide and playground cannot disagree.
 * Pure: no file access (see write.ts).
 */
import { codeFence } from '../markdown';
import { buildRequest } from '../request/build';
import { generateSnippet, getSnippetTarget, type SnippetTargetId } from '../snippets';
import type { SnippetComments } from '../snippets/comments';
import type { OperationData } from '../openapi/types';

export type GuideMessages = Record<string, string | string[]>;

export interface AuthGuideFacts {
  /** The operation every example calls (GET /global/config for Tianji). */
  operation: OperationData;
  /** The server URL readers replace, e.g. https://your-tianji-domain.com/open. */
  baseUrl: string;
  /** The bodies of the spec's 401/403 examples, shown as the server sends them (message in English). */
  unauthorizedBody: ErrorExample;
  forbiddenBody: ErrorExample;
}

/** An error body as a Tianji server sends it (the spec's Error schema). */
export interface ErrorExample {
  code: string;
  message: string;
  issues?: unknown[];
}

/** How each example's language starts a line comment: every example opens with one, in the reader's language. */
const LINE_COMMENT: Record<string, string> = { bash: '#', javascript: '//', python: '#', php: '//' };

/** `code` with a first comment line (after PHP's open tag); a comment that could end early is refused. */
export function withComment(language: string, code: string, comment: string): string {
  const prefix = LINE_COMMENT[language];
  if (!prefix) throw new Error(`authentication guide: no line comment known for ${language}`);
  if (/[\r\n]|\?>/.test(comment))
    throw new Error(`authentication guide: a code comment must be one line without "?>": ${JSON.stringify(comment)}`);
  const line = `${prefix} ${comment}`;
  return code.startsWith('<?php\n') ? `<?php\n${line}\n${code.slice(6)}` : `${line}\n${code}`;
}

export function renderAuthenticationGuide(facts: AuthGuideFacts, m: GuideMessages): string {
  const text = (key: string): string => {
    const value = m[key];
    if (typeof value !== 'string') throw new Error(`authentication guide: message "${key}" is missing or not a string`);
    return value;
  };
  const list = (key: string, ordered: boolean): string => {
    const value = m[key];
    if (!Array.isArray(value)) throw new Error(`authentication guide: message "${key}" is missing or not a list`);
    return value.map((item, i) => `${ordered ? `${i + 1}.` : '-'} ${item}`).join('\n');
  };

  // The guide's examples always send the key: they show how authentication is done, even on a public call.
  const request = buildRequest(
    { ...facts.operation, secured: true },
    {
      baseUrl: facts.baseUrl,
      pathParams: {},
      query: {},
      headers: {},
      keyPlaceholder: true,
    },
  );
  // The comments inside the examples, in the page's language too.
  const comments: SnippetComments = {
    sendAsWritten: text('snippet.sendAsWritten'),
    printErrors: text('snippet.printErrors'),
    bodyLeftOut: text('snippet.bodyLeftOut'),
  };
  const snippet = (id: SnippetTargetId, comment: string) =>
    codeFence(
      getSnippetTarget(id).language,
      withComment(getSnippetTarget(id).language, generateSnippet(id, request, { comments }), text(comment)),
    );
  // The body stays as the server sends it; the reader's language explains its message beside it.
  const errorBody = (body: ErrorExample, meaningKey: string) => {
    const meaning = text(meaningKey);
    if (!meaning.includes('{message}'))
      throw new Error(`authentication guide: message "${meaningKey}" must quote the server's {message}`);
    return `${codeFence('json', JSON.stringify(body, null, 2))}\n\n${meaning.replace('{message}', body.message)}`;
  };
  const operationLabel = `${facts.operation.method} ${facts.operation.path}`;

  return (
    [
      `# ${text('title')}`,
      text('intro'),
      `## ${text('method.heading')}`,
      text('method.body'),
      `### ${text('header.heading')}`,
      codeFence('http', `Authorization: Bearer ${text('header.placeholder')}`),
      `## ${text('obtain.heading')}`,
      list('obtain.steps', true),
      `## ${text('manage.heading')}`,
      `### ${text('manage.view.heading')}`,
      `${text('manage.view.intro')}\n\n${list('manage.view.items', false)}`,
      `### ${text('manage.delete.heading')}`,
      `${text('manage.delete.intro')}\n\n${list('manage.delete.steps', true)}`,
      `:::warning[${text('manage.delete.warningTitle')}]\n\n${text('manage.delete.warning')}\n\n:::`,
      `## ${text('use.heading')}`,
      text('use.intro').replace('{operation}', operationLabel),
      `### ${text('use.curl.heading')}`,
      snippet('curl', 'use.curl.comment'),
      `### ${text('use.js.heading')}`,
      text('use.js.fetch'),
      snippet('fetch', 'use.js.fetch.comment'),
      text('use.js.axios'),
      snippet('axios', 'use.js.axios.comment'),
      `### ${text('use.python.heading')}`,
      text('use.python.intro'),
      snippet('python', 'use.python.comment'),
      `### ${text('use.php.heading')}`,
      text('use.php.intro'),
      snippet('php', 'use.php.comment'),
      `## ${text('scope.heading')}`,
      `### ${text('scope.permissions.heading')}`,
      `${text('scope.permissions.intro')}\n\n${list('scope.permissions.items', false)}`,
      `### ${text('scope.workspaces.heading')}`,
      text('scope.workspaces.body'),
      `## ${text('errors.heading')}`,
      text('errors.shape'),
      `### ${text('errors.common.heading')}`,
      `#### ${text('errors.401.heading')}`,
      errorBody(facts.unauthorizedBody, 'errors.401.meaning'),
      `${text('errors.causes')}\n\n${list('errors.401.causes', false)}`,
      `#### ${text('errors.403.heading')}`,
      errorBody(facts.forbiddenBody, 'errors.403.meaning'),
      `${text('errors.causes')}\n\n${list('errors.403.causes', false)}`,
      `### ${text('debug.heading')}`,
      list('debug.steps', true),
    ].join('\n\n') + '\n'
  );
}
