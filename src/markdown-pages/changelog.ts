/**
 * The changelog's words outside React (its Markdown twin, its feed): the same UI strings the page shows
 * (i18n/<locale>/code.json, ids `changelog.*`), filled in here, and the changelog as Markdown. Pure.
 */
import type { ChangelogFactItem, ChangelogOperationItem, ChangelogVersion } from '../history/changelog-page';

type CodeTranslations = Record<string, { message: string } | undefined>;

/** A message with its `{placeholders}` filled in. */
export type Words = (id: string, values?: Record<string, string | number>) => string;

/** The locale's messages, each falling back to English's; a message missing in both is an error. */
export function codeWords(locale: CodeTranslations, english: CodeTranslations): Words {
  return (id, values = {}) => {
    const message = locale[id]?.message ?? english[id]?.message;
    if (message === undefined) throw new Error(`changelog: the UI string "${id}" is missing in code.json`);
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}

/** The id of the message for one change, by the kind of change (the page's component uses the same ids). */
export const CHANGE_MESSAGE: Record<ChangelogFactItem['kind'], string> = {
  added: 'changelog.change.added',
  removed: 'changelog.change.removed',
  retyped: 'changelog.change.retyped',
  required: 'changelog.change.required',
  optional: 'changelog.change.optional',
};

/** What changed, as a phrase: "Parameter `tag` (`query`)", "Response field `list[].id`", "Request body". */
export function subjectText(fact: ChangelogFactItem, t: Words, code: (s: string) => string): string {
  if (fact.section === 'parameters')
    return t('changelog.subject.parameter', { name: code(fact.name), location: code(fact.location ?? '') });
  if (fact.name === '')
    return t(fact.section === 'request' ? 'changelog.subject.requestBody' : 'changelog.subject.responseBody');
  return t(fact.section === 'request' ? 'changelog.subject.request' : 'changelog.subject.response', {
    name: code(fact.name),
  });
}

export function changeText(fact: ChangelogFactItem, t: Words, code: (s: string) => string): string {
  return t(CHANGE_MESSAGE[fact.kind], {
    subject: subjectText(fact, t, code),
    type: code(fact.to ?? ''),
    from: code(fact.from ?? ''),
    to: code(fact.to ?? ''),
  });
}

/** Literal text as Markdown code: fenced by more backticks than it holds in a row. */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return /^`|`$/.test(text) ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** A link in Markdown when there is a page to go to, else the text. */
const linked = (text: string, href: string | undefined, origin: string) =>
  href ? `[${text}](${origin}${href})` : text;

function operationLine(op: ChangelogOperationItem, t: Words, origin: string): string[] {
  const title = `${inlineCode(`${op.method.toUpperCase()} ${op.path}`)}${op.summary ? ` ${op.summary}` : ''} (${inlineCode(op.id)})`;
  const breaking = op.breaking ? ` **${t('changelog.breaking')}**` : '';
  const lines = [`- ${linked(title, op.href, origin)}${breaking}`];
  if (op.movedFrom) lines.push(`  - ${t('changelog.movedFrom', { from: inlineCode(op.movedFrom) })}`);
  for (const fact of op.changes) {
    const text = changeText(fact, t, inlineCode);
    lines.push(`  - ${linked(text, fact.href, origin)}${fact.breaking ? ` **${t('changelog.breaking')}**` : ''}`);
  }
  return lines;
}

/** The body of one version's section (what the feed's entry holds too). */
export function versionMarkdown(version: ChangelogVersion, t: Words, origin: string): string {
  const out: string[] = [t('changelog.released', { date: version.date })];
  if (!version.previous) {
    out.push(t('changelog.baseline', { count: version.operationCount }));
    return out.join('\n\n');
  }
  if (version.breakingCount > 0) out.push(`**${t('changelog.breakingCount', { count: version.breakingCount })}**`);
  const sections = [
    ['changelog.section.added', version.added],
    ['changelog.section.removed', version.removed],
    ['changelog.section.changed', version.changed],
  ] as const;
  let any = false;
  for (const [id, ops] of sections) {
    if (ops.length === 0) continue;
    any = true;
    out.push(`### ${t(id)}`, ops.flatMap((op) => operationLine(op, t, origin)).join('\n'));
  }
  if (!any) out.push(t('changelog.noChange'));
  return out.join('\n\n');
}

/** The changelog page as Markdown: title, what it is, the breaking rule, then every version newest first. */
export function changelogMarkdown(versions: ChangelogVersion[], t: Words, origin: string): string {
  const parts = [`# ${t('changelog.title')}`, t('changelog.intro'), `> ${t('changelog.rule')}`];
  for (const version of versions) parts.push(`## ${version.version}`, versionMarkdown(version, t, origin));
  return `${parts.join('\n\n')}\n`;
}
