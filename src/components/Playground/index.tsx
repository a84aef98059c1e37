import React from 'react';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { OperationData } from '../../openapi/types';
import { MOCK_SCOPE } from '../../playground/key-store';
import { EARLY_SEND_MARKS } from '../../playground/early-send';
import { DEMO_API_KEY } from '../../mock/auth';
import { usePlayground } from './hooks/usePlayground';
import TargetPicker from './TargetPicker';
import InstanceStatus from './instance/InstanceStatus';
import LinkTargetNotice from './LinkTargetNotice';
import KeyFields from './KeyFields';
import ParameterFields from './ParameterFields';
import SharedValues from './SharedValues';
import { FieldSourceContext } from './FieldSource';
import BodyEditor from './BodyEditor';
import SendBar from './SendBar';
import ShareLinkField from './ShareLinkField';
import ResultPanel from './ResultPanel';
import SnippetTabs from './SnippetTabs';
import styles from './styles.module.css';

/** Try an operation: build the request, send it to the mock or an instance, read the answer, copy the code. */
export default function Playground({ operation: op }: { operation: Omit<OperationData, 'description'> }) {
  const { target, reveal, fields, link, mock, sending, sendBar, snippetRequest, formProps } = usePlayground(op);
  const { settings, updateSettings, keyStore } = target;
  return (
    // The playground explains missing values itself, in the reader's language, instead of the browser's bubbles.
    <form
      {...formProps}
      className={styles.playground}
      aria-label={translate({ id: 'playground.label', message: 'Playground' })}
      noValidate
      {...EARLY_SEND_MARKS.form}
      data-testid="playground">
      <Heading as="h2" id="playground" className={styles.title}>
        <Translate id="playground.title">Try it</Translate>
      </Heading>
      {link.linkTarget && (
        <LinkTargetNotice
          linkTarget={link.linkTarget}
          settings={settings}
          instance={target.instance}
          onAccept={link.acceptLinkTarget}
          onDismiss={link.dismissLinkTarget}
        />
      )}
      <TargetPicker
        name={`target-${op.id}`}
        settings={settings}
        updateSettings={updateSettings}
        instance={target.instance}
        mock={mock}
        onUseDemoKey={op.secured ? () => keyStore?.setKey(MOCK_SCOPE, DEMO_API_KEY) : undefined}
      />
      <InstanceStatus operationId={op.id} />
      <KeyFields
        secured={op.secured}
        keys={target.keys}
        keyStore={keyStore}
        scope={target.scope}
        revealed={reveal.revealed}
        onToggleReveal={reveal.toggle}
      />
      <SharedValues operationId={op.id} />
      <FieldSourceContext.Provider value={fields.sourceOf}>
        <ParameterFields
          parameters={op.parameters}
          values={fields.values}
          onChange={fields.setParam}
          issues={fields.paramIssues}
        />
      </FieldSourceContext.Provider>
      {op.requestBody && (
        <BodyEditor
          mediaType={op.requestBody.mediaType}
          schema={op.requestBody.schema}
          body={fields.values.body}
          onChange={fields.setBody}
          issues={fields.bodyIssues}
        />
      )}
      <SendBar {...sendBar} />
      {link.sharedLink && <ShareLinkField link={link.sharedLink} />}
      <ResultPanel phase={sending.phase} timeoutSeconds={settings.timeoutSeconds} operation={op} />
      <Heading as="h3" id="code-samples">
        <Translate id="playground.snippets.title">Code</Translate>
      </Heading>
      <div className={styles.snippets}>
        <SnippetTabs operationId={op.id} request={snippetRequest} />
      </div>
    </form>
  );
}
