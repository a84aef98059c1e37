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
  /**
   * The SDK's snippet; English (ENGLISH_SDK_COMMENTS) where a page does not give them. The playground gives them
   * from its catalog (`playground.snippet.comment.sdk.*`), as it does the others.
   */
  sdk?: SdkComments;
}

/** The comments of the SDK's snippet. `{sdk}` is the SDK's name and version, `{names}` a list of quoted names. */
export interface SdkComments {
  /** After setting the base URL by hand: what initOpenapiSDK would have done; `{prefix}` is `/open`. */
  prefixAdded: string;
  /** Before the RFC 3986 path encoder. */
  encodePath: string;
  /** A body that is not JSON. */
  notJson: string;
  /** No body where the SDK's type asks for one. */
  noBody: string;
  /** Query parameters the SDK call lacks. */
  queryNotSent: string;
  /** A body the SDK call does not take. */
  bodyNotSent: string;
  /** Body fields the SDK's type lacks. */
  fieldsNotSent: string;
}

export const ENGLISH_SDK_COMMENTS: SdkComments = {
  prefixAdded: 'initOpenapiSDK would add {prefix}',
  encodePath:
    'The SDK encodes path values with encodeURI, which leaves / ? # & and the like as they are: encode them all.',
  notJson: 'not JSON: the SDK sends JSON only',
  noBody: 'no body',
  queryNotSent: 'Not sent: {sdk} has no query parameter {names} in this call.',
  bodyNotSent: 'Not sent: {sdk} takes no body in this call.',
  fieldsNotSent: "Not sent: {sdk}'s type for this body has no {names}.",
};

/** A comment with its `{placeholders}` filled in. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
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
