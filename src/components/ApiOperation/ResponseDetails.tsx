import React, { useState, type ReactNode } from 'react';
import CodeBlock from '@theme/CodeBlock';

type Props = {
  id: string;
  className: string;
  /** Success responses start open; the others (the same few error objects on every page) start closed. */
  initiallyOpen: boolean;
  summary: ReactNode;
  /** The response's example, as JSON text. */
  example?: string;
  children?: ReactNode;
};

/**
 * One response of an operation page. A closed response's example is plain text in the page's HTML (readers without
 * scripts, find in page) and gets its highlighting when the reader opens it: the error examples repeated on every
 * page made a tenth of the reference's HTML as highlighted tokens nobody sees until they open one.
 */
export default function ResponseDetails({ id, className, initiallyOpen, summary, example, children }: Props) {
  const [highlighted, setHighlighted] = useState(initiallyOpen);
  return (
    <details
      id={id}
      className={className}
      open={initiallyOpen}
      // Opened by an anchor (useAnchorTarget) or the keyboard; a click on the summary highlights before the paint.
      onToggle={(e) => e.currentTarget.open && setHighlighted(true)}>
      <summary onClick={() => setHighlighted(true)}>{summary}</summary>
      {children}
      {example !== undefined &&
        (highlighted ? (
          <CodeBlock language="json">{example}</CodeBlock>
        ) : (
          // Infima styles a bare <pre> as a code block. Left out of the search index like the highlighted ones.
          <pre data-pagefind-ignore data-testid="plain-example">
            <code>{example}</code>
          </pre>
        ))}
    </details>
  );
}
