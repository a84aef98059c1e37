/**
 * The comments snippets write, as one record so a page can pass them in its reader's language (the guides from
 * their message catalogs, the playground from its UI strings); English by default. Pure.
 */
export interface SnippetComments {
  /** axios: why `transformRequest` is the identity. */
  sendAsWritten: string;
  /** axios: why `validateStatus` accepts every status. */
  printErrors: string;
  /** fetch: a body it cannot send with this method; `{method}` is replaced. */
  bodyLeftOut: string;
}

export const ENGLISH_COMMENTS: SnippetComments = {
  sendAsWritten: 'send the text exactly as written',
  printErrors: 'print 4xx/5xx responses instead of throwing',
  bodyLeftOut: 'fetch cannot send a body with {method}; it is left out.',
};

/** A comment's text on one line: a line break would end a `//` or `#` comment and turn the rest into code. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}
