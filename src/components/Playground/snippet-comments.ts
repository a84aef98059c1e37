/** The comments the snippets write, in the reader's language (the snippets' English: src/snippets/comments.ts). */
import { translate } from '@docusaurus/Translate';
import type { SnippetComments } from '../../snippets/comments';

/** The comments inside the snippets, in the reader's language (`{method}` is filled in by the snippet). */
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
  };
}
