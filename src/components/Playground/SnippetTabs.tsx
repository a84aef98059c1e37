import React, { memo } from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import CodeBlock from '@theme/CodeBlock';
import type { RequestModel } from '../../request/model';
import { SNIPPET_TARGETS } from '../../snippets';
import { snippetComments } from './messages';

/**
 * The request being built, as code in every snippet language; the chosen tab is kept across pages.
 * Memoised: the playground re-renders on every keystroke and state change, the code only when the request does.
 */
function SnippetTabs({ request }: { request: RequestModel }) {
  const comments = snippetComments();
  return (
    <Tabs groupId="snippet-language" lazy>
      {SNIPPET_TARGETS.map((target) => (
        <TabItem key={target.id} value={target.id} label={target.label}>
          <div data-testid={`snippet-${target.id}`}>
            <CodeBlock language={target.language}>{target.generate(request, comments)}</CodeBlock>
          </div>
        </TabItem>
      ))}
    </Tabs>
  );
}

export default memo(SnippetTabs);
