/** Wraps the doc content (kept tiny): operation pages and guides get "Copy page as Markdown" above it. */
import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import CopyMarkdown from '@site/src/components/CopyMarkdown';
import { hasMarkdownTwin, markdownUrl } from '@site/src/markdown-pages/twins';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props) {
  const { metadata, frontMatter } = useDoc();
  const twin = hasMarkdownTwin({ id: metadata.id, frontMatter }) ? markdownUrl(metadata.permalink) : undefined;
  return (
    <>
      {twin && <CopyMarkdown url={twin} />}
      <Content {...props} />
    </>
  );
}
