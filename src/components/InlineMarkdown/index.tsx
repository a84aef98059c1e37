import React from 'react';
import { codeSpans } from './codeSpans';

/** A short description from the spec with its code spans as `<code>`; everything else is plain text. */
export default function InlineMarkdown({ text }: { text: string }) {
  return (
    <>
      {codeSpans(text).map((s, i) =>
        s.code ? <code key={i}>{s.text}</code> : <React.Fragment key={i}>{s.text}</React.Fragment>,
      )}
    </>
  );
}
