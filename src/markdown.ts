/** Markdown syntax that every page writer shares (the guides, the Markdown twins). Pure. */

/** A fence longer than any run of backticks inside `code`, so no snippet can close it early. */
export function codeFence(language: string, code: string, title?: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}${title ? ` title=${JSON.stringify(title)}` : ''}\n${code.replace(/\n$/, '')}\n${fence}`;
}
