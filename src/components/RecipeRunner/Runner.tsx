/**
 * Runs a recipe in the page: one step, or all of them in order, on the in-browser mock or on the reader's instance,
 * with the playground's target, key store (a key is sent only to the origin it was entered for) and confirmation of
 * deletes on an instance. Each step shows its status, answer and verdict; a failing step stops "Run all" and says why.
 * The logic is in src/recipes/run.ts; this renders and wires state.
 */
import React, { useRef, useState } from 'react';
import clsx from 'clsx';
import Translate, { translate } from '@docusaurus/Translate';
import { DEMO_API_KEY } from '../../mock/auth';
import { MOCK_SCOPE } from '../../playground/key-store';
import { isDestructive } from '../../playground/preflight';
import { mockBaseUrl } from '../../request/destination';
import type { RequestModel } from '../../request/model';
import { sendRequest } from '../../request/send';
import { keyInputName } from '../../recipes/arazzo';
import type { ExpressionContext } from '../../recipes/expression-eval';
import { runStep, withOutputs, type StepOutcome } from '../../recipes/run';
import { asOperation, type RunnerRecipe } from '../../recipes/runner-data';
import { useTarget } from '../Playground/hooks/useTarget';
import { useMockWorker } from '../Playground/hooks/useMockWorker';
import { useSiteLocation } from '../Playground/hooks/useSiteLocation';
import TargetPicker from '../Playground/TargetPicker';
import KeyFields from '../Playground/KeyFields';
import { baseUrlProblemMessage, preflightMessage } from '../Playground/messages';
import { stepFailureMessage } from './messages';
import styles from './styles.module.css';

type StepState = { phase: 'idle' } | { phase: 'running' } | { phase: 'done'; outcome: StepOutcome };
interface Pending {
  request: RequestModel;
  origin: string;
  answer: (yes: boolean) => void;
}

export default function Runner({ recipe }: { recipe: RunnerRecipe }) {
  const { workflow } = recipe;
  const target = useTarget();
  const { settings, updateSettings, instance, keys, keyStore, scope } = target;
  const mock = useMockWorker(settings.target);
  const site = useSiteLocation();
  const keyInput = keyInputName(workflow);
  const [inputs, setInputs] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(recipe.inputs).map(([k, v]) => [k, String(v)])),
  );
  const [states, setStates] = useState<Record<string, StepState>>({});
  const [stopped, setStopped] = useState<{ n: number; reason: string }>();
  const [pending, setPending] = useState<Pending>();
  const [revealed, setRevealed] = useState(false);
  const outputs = useRef<ExpressionContext['steps']>({});
  const busy = Object.values(states).some((s) => s.phase === 'running');

  /** The run's values: the inputs as typed (numbers where the recipe says number) and the outputs so far. */
  const context = (): ExpressionContext => ({
    inputs: Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [
        name,
        workflow.inputs?.properties?.[name]?.type === 'number' && value.trim() !== '' ? Number(value) : value,
      ]),
    ),
    steps: outputs.current,
  });

  /** Where requests go now, or why they cannot. */
  const destination = async (): Promise<{ baseUrl: string; apiKey: string; origin: string } | { error: string }> => {
    const { origin, baseUrl, apiPrefix } = site();
    if (settings.target === 'mock') {
      try {
        await mock.start();
      } catch {
        return {
          error: translate({ id: 'recipe.runner.mockFailed', message: 'The in-browser mock could not start.' }),
        };
      }
      const key = keys.keys.get(MOCK_SCOPE) || DEMO_API_KEY;
      return { baseUrl: mockBaseUrl(origin, baseUrl, apiPrefix), apiKey: key, origin };
    }
    if (!instance.ok) return { error: baseUrlProblemMessage(instance.problem) };
    return { baseUrl: instance.baseUrl, apiKey: target.apiKey, origin: new URL(instance.baseUrl).origin };
  };

  const confirmDelete = (request: RequestModel, origin: string) =>
    new Promise<boolean>((resolve) =>
      setPending({
        request,
        origin,
        answer: (yes) => {
          setPending(undefined);
          resolve(yes);
        },
      }),
    );

  /** Runs one step with the values of the run so far; its outputs become available to the next steps. */
  const run = async (index: number): Promise<StepOutcome | { error: string }> => {
    const step = workflow.steps[index];
    const op = recipe.operations[step.operationId];
    const where = await destination();
    if ('error' in where) return where;
    setStates((s) => ({ ...s, [step.stepId]: { phase: 'running' } }));
    const onInstance = settings.target === 'instance';
    const outcome = await runStep({ components: recipe.components }, step, asOperation(op), context(), {
      baseUrl: where.baseUrl,
      apiKey: where.apiKey,
      send: (request) => sendRequest(request, { timeoutMs: settings.timeoutSeconds * 1000, pageOrigin: site().origin }),
      confirm:
        onInstance && isDestructive(op) ? (request) => confirmDelete(request, new URL(request.url).origin) : undefined,
    });
    outputs.current = withOutputs(context(), outcome).steps;
    setStates((s) => ({ ...s, [step.stepId]: { phase: 'done', outcome } }));
    return outcome;
  };

  const reasonOf = (outcome: StepOutcome | { error: string }) =>
    'error' in outcome
      ? outcome.error
      : outcome.failure
        ? stepFailureMessage(outcome.failure, {
            url: outcome.request?.url ?? '',
            origin: site().origin,
            timeoutSeconds: settings.timeoutSeconds,
          })
        : '';

  const runOne = async (index: number) => {
    setStopped(undefined);
    const outcome = await run(index);
    if ('error' in outcome) setStopped({ n: index + 1, reason: outcome.error });
  };

  const runAll = async () => {
    setStopped(undefined);
    outputs.current = {};
    setStates({});
    for (let i = 0; i < workflow.steps.length; i++) {
      const outcome = await run(i);
      if ('error' in outcome || !outcome.passed) {
        setStopped({ n: i + 1, reason: reasonOf(outcome) });
        return;
      }
    }
  };

  return (
    <div>
      <TargetPicker
        name={`target-recipe-${workflow.workflowId}`}
        settings={settings}
        updateSettings={updateSettings}
        instance={instance}
        mock={mock}
        onUseDemoKey={() => keyStore?.setKey(MOCK_SCOPE, DEMO_API_KEY)}
      />
      <KeyFields
        secured
        keys={keys}
        keyStore={keyStore}
        scope={scope}
        revealed={revealed}
        onToggleReveal={() => setRevealed((r) => !r)}
      />
      <div className={styles.fields}>
        {Object.keys(workflow.inputs?.properties ?? {})
          .filter((name) => name !== keyInput)
          .map((name) => (
            <label key={name}>
              <code>{name}</code>
              <input
                value={inputs[name] ?? ''}
                onChange={(e) => setInputs((v) => ({ ...v, [name]: e.target.value }))}
                data-testid={`recipe-input-${name}`}
              />
            </label>
          ))}
      </div>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button--primary"
          onClick={runAll}
          disabled={busy || pending !== undefined}
          data-testid="recipe-run-all">
          <Translate id="recipe.runner.runAll">Run all</Translate>
        </button>
      </div>
      {pending && (
        <div className={clsx('alert alert--danger', styles.wrap)} role="alert" data-testid="recipe-confirm">
          <p>
            {preflightMessage({
              kind: 'destructive',
              method: pending.request.method,
              url: pending.request.url,
              origin: pending.origin,
            })}
          </p>
          <div className={styles.actions}>
            <button
              type="button"
              className={clsx('button button--danger', styles.wrap)}
              onClick={() => pending.answer(true)}
              data-testid="confirm-send">
              <Translate id="playground.destructive.confirm" values={{ origin: pending.origin }}>
                {'Yes, send it to {origin}'}
              </Translate>
            </button>
            <button type="button" className="button button--secondary" onClick={() => pending.answer(false)}>
              <Translate id="recipe.runner.dontSend">Don't send</Translate>
            </button>
          </div>
        </div>
      )}
      {stopped && (
        <p className={styles.stopped} role="status" data-testid="recipe-stopped">
          <Translate id="recipe.runner.stopped" values={{ n: stopped.n, reason: stopped.reason }}>
            {'Stopped at step {n}: {reason}'}
          </Translate>
        </p>
      )}
      <ol className={styles.steps}>
        {workflow.steps.map((step, i) => {
          const state = states[step.stepId] ?? { phase: 'idle' };
          const outcome = state.phase === 'done' ? state.outcome : undefined;
          return (
            <li key={step.stepId} className={styles.step} data-testid={`recipe-step-${i + 1}`}>
              <div className={styles.stepHead}>
                <span>
                  <Translate id="recipe.runner.step" values={{ n: i + 1, stepId: step.stepId }}>
                    {'Step {n}: {stepId}'}
                  </Translate>{' '}
                  — {recipe.stepTitles[step.stepId] ?? ''}
                </span>
                <button
                  type="button"
                  className="button button--sm button--secondary"
                  onClick={() => runOne(i)}
                  disabled={busy || pending !== undefined}
                  data-testid="recipe-run-step">
                  <Translate id="recipe.runner.runStep">Run step</Translate>
                </button>
              </div>
              <p role="status" data-testid="recipe-verdict">
                {state.phase === 'running' && <Translate id="recipe.runner.running">Running…</Translate>}
                {outcome?.passed && (
                  <span className={styles.passed}>
                    <Translate id="recipe.runner.passed">✓ Passed</Translate>
                  </span>
                )}
                {outcome && !outcome.passed && (
                  <span className={styles.failed}>
                    <Translate id="recipe.runner.failed" values={{ reason: reasonOf(outcome) }}>
                      {'✗ Failed: {reason}'}
                    </Translate>
                  </span>
                )}
              </p>
              {outcome?.request && (
                <p className={styles.wrap}>
                  <code data-testid="recipe-request">
                    {outcome.request.method} {outcome.request.url}
                  </code>
                  {outcome.answer && (
                    <>
                      {' → '}
                      <span data-testid="recipe-status">
                        {outcome.answer.status} {outcome.answer.statusText}
                      </span>
                    </>
                  )}
                </p>
              )}
              {outcome?.answer && (
                <pre className={styles.answer} data-testid="recipe-answer">
                  {outcome.answer.text}
                </pre>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
