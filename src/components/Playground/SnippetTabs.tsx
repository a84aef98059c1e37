import React, { memo } from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import CodeBlock from '@theme/CodeBlock';
import sdkCoverage from '@site/.generated/sdk-coverage.json';
import type { RequestModel } from '../../request/model';
import { availableTargets } from '../../snippets';
import { sdkOperationOf, type SdkCoverage } from '../../snippets/targets/ts-sdk/coverage';

/** Written by `npm run gen` (scripts/generate.ts) as this type; JSON imports are typed by their content only. */
const COVERAGE = sdkCoverage as unknown as SdkCoverage;
import { snippetComments } from './snippet-comments';

/**
 * The request being built, as code in every snippet language (the SDK's only where the SDK has the operation);
 * the chosen tab is kept across pages. Memoised: the playground re-renders on every keystroke and state change, the
 * code only when the request does.
 */
function SnippetTabs({ operationId, request }: { operationId: string; request: RequestModel }) {
  const context = { sdk: sdkOperationOf(COVERAGE, operationId), comments: snippetComments() };
  return (
    <Tabs groupId="snippet-language" lazy>
      {availableTargets(context).map((target) => (
        <TabItem key={target.id} value={target.id} label={target.label}>
          <div data-testid={`snippet-${target.id}`}>
            <CodeBlock language={target.language}>{target.generate(request, context)}</CodeBlock>
          </div>
        </TabItem>
      ))}
    </Tabs>
  );
}

export default memo(SnippetTabs);
