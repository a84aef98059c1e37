/**
 * Everything one playground holds, wired in the one order that works (the component only renders it):
 * 1. where requests go and the one key that may go with them (useTarget: saved settings load in an effect), and
 *    what the reader's instance lacks (useInstance, which useTarget keeps in step with the settings);
 * 2. the values, then shared values over them, then a share link's values over those (effects run in this order);
 * 3. the checks of body and parameters, the mock, and sending, which read all of the above;
 * 4. a Send queued before hydration, taken last so it goes out with the settings and values loaded in 1 and 2.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { OperationData } from '../../../openapi/types';
import { snippetBaseUrl } from '../../../request/destination';
import { playgroundRequest } from '../../../playground/request';
import { isWarning } from '../../../playground/preflight';
import { useBodyIssues } from './useBodyIssues';
import { useMockWorker } from './useMockWorker';
import { useParamIssues } from './useParamIssues';
import { usePlaygroundValues } from './usePlaygroundValues';
import { useQueuedSend } from './useQueuedSend';
import { useSend } from './useSend';
import { useSharedFields } from './useSharedValues';
import { useSharedLink } from './useSharedLink';
import { SITE_DATA } from '../../../generated-data';
import { useTarget } from './useTarget';
import { useInstance } from '../instance/useInstance';

export function usePlayground(op: Omit<OperationData, 'description'>) {
  const target = useTarget();
  const { settings, updateSettings, instance, apiKey } = target;
  const [revealed, setRevealed] = useState(false);
  const { values, bodyEdited, setParam: setOwnParam, setBody, fillIn } = usePlaygroundValues(op);
  const { setParam, sourceOf } = useSharedFields(op, values, setOwnParam);
  const link = useSharedLink({ operationId: op.id, settings, values, fillIn, updateSettings });
  const bodyIssues = useBodyIssues(op.requestBody?.schema, values.body, bodyEdited);
  const params = useParamIssues(op.parameters, values);
  const mock = useMockWorker(settings.target, op.id);
  const instanceState = useInstance();
  const notOnInstance = useMemo(
    () =>
      instanceState.state === 'ready' && instanceState.comparison.missing.includes(op.id)
        ? { version: instanceState.comparison.version }
        : undefined,
    [instanceState, op.id],
  );
  const sending = useSend({ operation: op, values, settings, apiKey, startMock: mock.start, params, notOnInstance });
  const form = useRef<HTMLFormElement>(null);
  useQueuedSend(form, () => void sending.send());

  // The key shows in snippets only while the reader reveals it; otherwise the placeholder stands in.
  const snippetRequest = useMemo(
    () =>
      playgroundRequest(op, values, {
        baseUrl: snippetBaseUrl(settings.target, instance.ok ? instance.baseUrl : undefined, SITE_DATA.serverUrl),
        apiKey: revealed && apiKey ? apiKey : undefined,
        keyPlaceholder: true,
      }),
    [op, values, settings.target, instance, revealed, apiKey],
  );

  const formProps = {
    ref: form,
    // The reader reaches for the playground: what the first Send needs starts loading (the mock, the checker).
    onPointerEnter: () => (mock.warm(), params.warm()),
    onFocus: () => (mock.warm(), params.warm()),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void sending.send();
      }
    },
    onSubmit: (event: { preventDefault: () => void }) => {
      event.preventDefault();
      void sending.send();
    },
  };

  // What the send bar offers: Send or Cancel, "Send anyway" past warnings, the confirmation a deletion needs.
  const { phase } = sending;
  const blocked = phase.state === 'blocked' ? phase.problem : undefined;
  const sendBar = {
    sending: phase.state === 'sending',
    onCancel: sending.cancel,
    onSendAnyway: blocked && isWarning(blocked) ? sending.sendAnyway : undefined,
    confirm: blocked?.kind === 'destructive' ? { origin: blocked.origin, onConfirm: sending.confirmSend } : undefined,
    onCopyLink: link.copyLink,
    timeoutSeconds: settings.timeoutSeconds,
    onTimeoutChange: (timeoutSeconds: number) => updateSettings({ timeoutSeconds }),
  };

  return {
    target,
    sendBar,
    reveal: { revealed, toggle: () => setRevealed((r) => !r) },
    fields: { values, setParam, setBody, sourceOf, paramIssues: params.issues, bodyIssues },
    link,
    mock,
    sending,
    snippetRequest,
    formProps,
  };
}
