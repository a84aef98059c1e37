import React, { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import type { OperationData } from '../../openapi/types';
import { parseInstanceUrl, snippetBaseUrl } from '../../request/target';
import { playgroundRequest } from '../../playground/request';
import { DEMO_API_KEY } from '../../mock/auth';
import { useApiKey } from './hooks/useApiKey';
import { useBodyIssues } from './hooks/useBodyIssues';
import { useMockWorker } from './hooks/useMockWorker';
import { useParamIssues } from './hooks/useParamIssues';
import { usePlaygroundValues } from './hooks/usePlaygroundValues';
import { useSend } from './hooks/useSend';
import { useSettings } from './hooks/useSettings';
import { useSharedLink } from './hooks/useSharedLink';
import { useQueuedSend } from './hooks/useQueuedSend';
import { useSharedFields } from './hooks/useSharedValues';
import { API_PREFIX } from './hooks/useSiteLocation';
import { SITE_DATA } from '../../generated-data';
import TargetPicker from './TargetPicker';
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
  // Settings first: their saved values load before a shared link (an effect of useSharedLink) overrides them.
  const [settings, updateSettings] = useSettings();
  const [apiKey, keyStore] = useApiKey();
  const [revealed, setRevealed] = useState(false);
  const { values, bodyEdited, setParam: setOwnParam, setBody, fillIn } = usePlaygroundValues(op);
  // Before useSharedLink: shared values fill the fields first, a share link's values then win.
  const { setParam, sourceOf } = useSharedFields(op, values, setOwnParam);
  const { sharedLink, copyLink } = useSharedLink({ operationId: op.id, settings, values, fillIn, updateSettings });
  const bodyIssues = useBodyIssues(op.requestBody?.schema, values.body, bodyEdited);
  const params = useParamIssues(op.parameters, values);
  const mock = useMockWorker(settings.target);
  const { phase, send, sendAnyway, cancel } = useSend({
    operation: op,
    values,
    settings,
    apiKey: apiKey.key,
    startMock: mock.start,
    params,
  });
  const form = useRef<HTMLFormElement>(null);
  useQueuedSend(form, () => void send());
  const instance = useMemo(() => parseInstanceUrl(settings.instanceUrl, API_PREFIX), [settings.instanceUrl]);

  // The key shows in snippets only while the reader reveals it; otherwise the placeholder stands in.
  const snippetRequest = useMemo(
    () =>
      playgroundRequest(op, values, {
        baseUrl: snippetBaseUrl(settings.target, instance.ok ? instance.baseUrl : undefined, SITE_DATA.serverUrl),
        apiKey: revealed && apiKey.key ? apiKey.key : undefined,
        keyPlaceholder: true,
      }),
    [op, values, settings.target, instance, revealed, apiKey.key],
  );

  // The reader reaches for the playground: what the first Send needs starts loading (the mock, the checker).
  const warm = () => {
    mock.warm();
    params.warm();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <form
      ref={form}
      className={styles.playground}
      aria-label={translate({ id: 'playground.label', message: 'Playground' })}
      onKeyDown={onKeyDown}
      onPointerEnter={warm}
      onFocus={warm}
      // The playground explains missing values itself, in the reader's language, instead of the browser's bubbles.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
      data-testid="playground">
      <Heading as="h2" id="playground" className={styles.title}>
        <Translate id="playground.title">Try it</Translate>
      </Heading>
      <TargetPicker
        name={`target-${op.id}`}
        settings={settings}
        updateSettings={updateSettings}
        instance={instance}
        mock={mock}
        onUseDemoKey={op.secured ? () => keyStore?.setKey(DEMO_API_KEY) : undefined}
      />
      <KeyFields
        secured={op.secured}
        apiKey={apiKey}
        keyStore={keyStore}
        revealed={revealed}
        onToggleReveal={() => setRevealed((r) => !r)}
      />
      <SharedValues operationId={op.id} />
      <FieldSourceContext.Provider value={sourceOf}>
        <ParameterFields parameters={op.parameters} values={values} onChange={setParam} issues={params.issues} />
      </FieldSourceContext.Provider>
      {op.requestBody && (
        <BodyEditor mediaType={op.requestBody.mediaType} body={values.body} onChange={setBody} issues={bodyIssues} />
      )}
      <SendBar
        sending={phase.state === 'sending'}
        onCancel={cancel}
        onSendAnyway={phase.state === 'blocked' && phase.problem.kind === 'param-schema' ? sendAnyway : undefined}
        onCopyLink={copyLink}
        timeoutSeconds={settings.timeoutSeconds}
        onTimeoutChange={(timeoutSeconds) => updateSettings({ timeoutSeconds })}
      />
      {sharedLink && <ShareLinkField link={sharedLink} />}
      <ResultPanel phase={phase} timeoutSeconds={settings.timeoutSeconds} operation={op} />
      <Heading as="h3" id="code-samples">
        <Translate id="playground.snippets.title">Code</Translate>
      </Heading>
      <div className={styles.snippets}>
        <SnippetTabs operationId={op.id} request={snippetRequest} />
      </div>
    </form>
  );
}
