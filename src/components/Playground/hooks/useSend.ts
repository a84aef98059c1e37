/**
 * Sending, as a state machine: idle → sending (cancellable) → done with the outcome, or blocked with the
 * reason it did not send (a problem found before sending, or a mock that would not start).
 */
import { useCallback, useRef, useState } from 'react';
import type { OperationData } from '../../../openapi/types';
import { sendRequest, type SendOutcome } from '../../../request/send';
import type { PlaygroundValues } from '../../../playground/initial-values';
import { preflight, problemNow, type PreflightProblem } from '../../../playground/preflight';
import { playgroundRequest } from '../../../playground/request';
import type { PlaygroundSettings } from '../../../playground/settings';
import type { MockWorkerControl } from '../../../mock/browser';
import { useSiteLocation } from './useSiteLocation';
import type { ParamIssues } from './useParamIssues';
import { recordSent } from './useRequestHistory';
import { recheckInstance as onInstanceFailure } from '../instance/store';

export type SendProblem = PreflightProblem | { kind: 'mock-start' };

export type Phase =
  | { state: 'idle' }
  | { state: 'sending'; controller: AbortController }
  | { state: 'done'; outcome: SendOutcome; url: string; values: PlaygroundValues }
  | { state: 'blocked'; problem: SendProblem };

interface Options {
  operation: OperationData;
  values: PlaygroundValues;
  settings: PlaygroundSettings;
  /** The key of the target's scope ('' for none): the only key this request may carry. */
  apiKey: string;
  startMock: () => Promise<MockWorkerControl>;
  params: ParamIssues;
  /** The reader's instance was checked and lacks this operation. */
  notOnInstance?: { version?: string };
}

export function useSend({ operation, values, settings, apiKey, startMock, params, notOnInstance }: Options) {
  const site = useSiteLocation();
  const [phase, setPhase] = useState<Phase>({ state: 'idle' });
  // Set for the next send only: the reader sends despite the warnings (sendAnyway), or confirms a deletion.
  const anyway = useRef(false);
  const confirmed = useRef(false);
  const hasKey = apiKey !== '';

  const send = useCallback(async () => {
    if (phase.state === 'sending') return;
    const warned = { paramIssues: await params.check(), anyway: anyway.current, confirmed: confirmed.current };
    anyway.current = false;
    confirmed.current = false;
    const checked = preflight({ operation, values, settings, site: site(), hasKey, notOnInstance, ...warned });
    if (!checked.ok) return setPhase({ state: 'blocked', problem: checked.problems[0] });
    const controller = new AbortController();
    setPhase({ state: 'sending', controller });
    if (settings.target === 'mock') {
      try {
        await startMock();
      } catch {
        return setPhase({ state: 'blocked', problem: { kind: 'mock-start' } });
      }
    }
    const request = playgroundRequest(operation, values, {
      baseUrl: checked.baseUrl,
      apiKey: apiKey || undefined,
      keyPlaceholder: false,
    });
    const outcome = await sendRequest(request, {
      timeoutMs: settings.timeoutSeconds * 1000,
      signal: controller.signal,
      pageOrigin: window.location.origin,
    });
    setPhase({ state: 'done', outcome, url: request.url, values });
    // A request to the instance that did not get through (not one the reader cancelled): the doctor looks into why.
    if (settings.target === 'instance' && outcome.kind === 'failure' && outcome.reason !== 'aborted') {
      onInstanceFailure();
    }
    const { target, instanceUrl } = settings;
    recordSent({
      operation,
      values,
      target,
      instanceUrl,
      baseUrl: checked.baseUrl,
      request,
      outcome,
      siteBaseUrl: site().baseUrl,
    });
  }, [phase.state, operation, values, settings, site, startMock, apiKey, hasKey, params, notOnInstance]);
  const sendAnyway = () => {
    anyway.current = true;
    void send();
  };
  // The second, deliberate action a deletion on an instance needs (the warnings were seen before it).
  const confirmSend = () => {
    anyway.current = true;
    confirmed.current = true;
    void send();
  };

  // A reason not to send is shown while it holds: fixing it (the JSON, say) takes its message away.
  // (Only once blocked, in the browser: site() reads window.)
  const current = () => ({
    operation,
    values,
    settings,
    site: site(),
    hasKey,
    notOnInstance,
    paramIssues: params.issues,
  });
  const now = phase.state === 'blocked' && phase.problem.kind !== 'mock-start' && problemNow(phase.problem, current());
  const shown: Phase = now === undefined ? { state: 'idle' } : now ? { state: 'blocked', problem: now } : phase;

  const cancel = () => {
    if (phase.state === 'sending') phase.controller.abort();
  };

  return { phase: shown, send, sendAnyway, confirmSend, cancel };
}
