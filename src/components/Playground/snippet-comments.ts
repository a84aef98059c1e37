/** The comments the snippets write, in the reader's language (the snippets' English: src/snippets/comments.ts). */
import { translate } from '@docusaurus/Translate';
import type { SdkComments, SnippetComments } from '../../snippets/comments';

/** The comments of every snippet, the SDK's included (`{method}`, `{prefix}`, `{sdk}`, `{names}` filled by each). */
export function snippetComments(): SnippetComments {
  return {
    sendAsWritten: translate({
      id: 'playground.snippet.comment.sendAsWritten',
      message: 'send the text exactly as written',
    }),
    printErrors: translate({
      id: 'playground.snippet.comment.printErrors',
      message: 'print 4xx/5xx responses instead of throwing',
    }),
    bodyLeftOut: translate({
      id: 'playground.snippet.comment.bodyLeftOut',
      message: 'fetch cannot send a body with {method}; it is left out.',
    }),
    sdk: sdkComments(),
  };
}

function sdkComments(): SdkComments {
  return {
    prefixAdded: translate({
      id: 'playground.snippet.comment.sdk.prefixAdded',
      message: 'initOpenapiSDK would add {prefix}',
    }),
    encodePath: translate({
      id: 'playground.snippet.comment.sdk.encodePath',
      message:
        'The SDK encodes path values with encodeURI, which leaves / ? # & and the like as they are: encode them all.',
    }),
    notJson: translate({ id: 'playground.snippet.comment.sdk.notJson', message: 'not JSON: the SDK sends JSON only' }),
    noBody: translate({ id: 'playground.snippet.comment.sdk.noBody', message: 'no body' }),
    queryNotSent: translate({
      id: 'playground.snippet.comment.sdk.queryNotSent',
      message: 'Not sent: {sdk} has no query parameter {names} in this call.',
    }),
    bodyNotSent: translate({
      id: 'playground.snippet.comment.sdk.bodyNotSent',
      message: 'Not sent: {sdk} takes no body in this call.',
    }),
    fieldsNotSent: translate({
      id: 'playground.snippet.comment.sdk.fieldsNotSent',
      message: "Not sent: {sdk}'s type for this body has no {names}.",
    }),
  };
}
