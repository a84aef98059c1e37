import React, {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import Translate, { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { OperationData, OperationParameter } from '../../openapi/types';
import { buildRequest } from '../../request/build';
import { mockBaseUrl, parseInstanceUrl, snippetBaseUrl } from '../../request/target';
import { sendRequest, type SendOutcome } from '../../request/send';
import type { BodyValidator, ValidationIssue } from '../../request/body-validation';
import {
  dotSegmentParams,
  initialValues,
  missingRequired,
  type PlaygroundValues,
} from '../../playground/initial-values';
import { clampTimeout } from '../../playground/settings';
import { decodeShare, SHARE_PARAM, shareUrl } from '../../playground/share';
import { DEMO_API_KEY } from '../../mock/auth';
import siteData from '@site/.generated/site-data.json';
import { useApiKey, useSettings } from './stores';
import { baseUrlProblemMessage, failureMessage, mockStartFailedMessage } from './messages';
import ResponseView from './ResponseView';
import LocationTitle from '../ApiOperation/LocationTitle';
import SnippetTabs from './SnippetTabs';
import styles from './styles.module.css';

type Operation = Omit<OperationData, 'description'>;

type Phase =
  | { state: 'idle' }
  | { state: 'sending'; controller: AbortController }
  | { state: 'done'; outcome: SendOutcome; url: string }
  | { state: 'blocked'; message: string };

const API_PREFIX = (siteData as { apiPrefix: string }).apiPrefix;

/** Loads and starts the msw mock on first use: msw and the spec's data stay out of the page bundle. */
async function ensureMock(baseUrl: string, siteBaseUrl: string) {
  const [{ startMockWorker }, operations] = await Promise.all([
    import('../../mock/browser'),
    import('@site/.generated/operations.json').then((m) => m.default as unknown as OperationData[]),
  ]);
  return startMockWorker({
    operations,
    baseUrl,
    workerUrl: `${siteBaseUrl}mockServiceWorker.js`,
    scope: siteBaseUrl,
  });
}

let validatorPromise: Promise<BodyValidator> | undefined;
function loadValidator() {
  validatorPromise ??= import('../../request/body-validation').then((m) => m.createBodyValidator());
  return validatorPromise;
}

function ParameterInput({
  param,
  value,
  onChange,
}: {
  param: OperationParameter;
  value: string;
  onChange: (v: string) => void;
}) {
  const id = useId();
  const schema = param.schema as { type?: string; enum?: unknown[] };
  const options = Array.isArray(schema.enum)
    ? schema.enum.map(String)
    : schema.type === 'boolean'
      ? ['true', 'false']
      : undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        <code>{param.name}</code>
        {param.required && (
          <span className={styles.required} aria-hidden="true">
            *
          </span>
        )}
        <span className={styles.paramType}>{param.in}</span>
      </label>
      {options ? (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required={param.required}>
          {!param.required && <option value="">—</option>}
          {param.required && value === '' && (
            <option value="" disabled>
              —
            </option>
          )}
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          required={param.required}
          aria-required={param.required}
          inputMode={schema.type === 'integer' || schema.type === 'number' ? 'decimal' : undefined}
          onChange={(e) => onChange(e.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
      )}
    </div>
  );
}

/** Try an operation: build the request, send it to the mock or an instance, read the answer, copy the code. */
export default function Playground({ operation: op }: { operation: Operation }) {
  const { siteConfig } = useDocusaurusContext();
  const [settings, updateSettings] = useSettings();
  const [apiKey, keyStore] = useApiKey();
  const [revealed, setRevealed] = useState(false);
  const [values, setValues] = useState<PlaygroundValues>(() => initialValues(op));
  const [bodyIssues, setBodyIssues] = useState<{ syntax?: string; issues: ValidationIssue[] }>({ issues: [] });
  const [phase, setPhase] = useState<Phase>({ state: 'idle' });
  const [mockNotice, setMockNotice] = useState<string>();
  const [sharedLink, setSharedLink] = useState<{ url: string; copied: boolean }>();
  const ids = { key: useId(), url: useId(), body: useId(), timeout: useId(), remember: useId(), link: useId() };
  const bodyEdited = useRef(false);
  // Before hydration a click would do nothing (or submit the form natively), so Send waits for it. A layout
  // effect enables it in the hydration's own commit, before the page's passive effects run (link prefetching,
  // useIsBrowser's re-render of the page): on a slow machine, Send is usable about 200 ms sooner.
  const [hydrated, setHydrated] = useState(false);
  useLayoutEffect(() => setHydrated(true), []);

  // A shared link (?request=…) prepared for this operation fills the playground in.
  useEffect(() => {
    const encoded = new URLSearchParams(window.location.search).get(SHARE_PARAM);
    const shared = encoded ? decodeShare(encoded) : undefined;
    if (!shared || shared.operation !== op.id) return;
    setValues((current) => ({
      path: { ...current.path, ...shared.values.path },
      query: { ...current.query, ...shared.values.query },
      header: { ...current.header, ...shared.values.header },
      body: op.requestBody ? shared.values.body : current.body,
    }));
    bodyEdited.current = true;
    updateSettings(
      shared.target === 'instance' ? { target: 'instance', instanceUrl: shared.instanceUrl ?? '' } : { target: 'mock' },
    );
  }, [op.id, op.requestBody, updateSettings]);

  const copyLink = async () => {
    const url = shareUrl(window.location.href, {
      operation: op.id,
      target: settings.target,
      instanceUrl: settings.instanceUrl,
      values,
    });
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // Clipboard refused (permissions, plain http): the link stays visible to copy by hand.
    }
    setSharedLink({ url, copied });
  };

  const instance = useMemo(() => parseInstanceUrl(settings.instanceUrl, API_PREFIX), [settings.instanceUrl]);
  const setValue = (where: keyof Omit<PlaygroundValues, 'body'>, name: string, value: string) =>
    setValues((v) => ({ ...v, [where]: { ...v[where], [name]: value } }));

  const requestFor = useCallback(
    (baseUrl: string, key: string | undefined, keyPlaceholder: boolean) =>
      buildRequest(op, {
        baseUrl,
        pathParams: values.path,
        query: values.query,
        headers: values.header,
        body: values.body,
        apiKey: key,
        keyPlaceholder,
      }),
    [op, values],
  );

  // The key shows in snippets only while the reader reveals it; otherwise the placeholder stands in.
  const snippetRequest = useMemo(
    () =>
      requestFor(
        snippetBaseUrl(settings.target, instance.ok ? instance.baseUrl : undefined, API_PREFIX),
        revealed && apiKey.key ? apiKey.key : undefined,
        true,
      ),
    [requestFor, settings.target, instance, revealed, apiKey.key],
  );

  // Validate the body against its schema as the reader types (the validator loads on the first edit).
  useEffect(() => {
    if (!op.requestBody || !bodyEdited.current) return undefined;
    const timer = setTimeout(async () => {
      if (values.body.trim() === '') return setBodyIssues({ issues: [] });
      let data: unknown;
      try {
        data = JSON.parse(values.body);
      } catch (error) {
        return setBodyIssues({ syntax: error instanceof Error ? error.message : String(error), issues: [] });
      }
      const validate = await loadValidator();
      setBodyIssues({ issues: validate(op.requestBody!.schema, structuredClone(data)) });
    }, 250);
    return () => clearTimeout(timer);
  }, [op.requestBody, values.body]);

  const send = useCallback(async () => {
    if (phase.state === 'sending') return;
    const missing = missingRequired(op, values);
    if (missing.length > 0) {
      return setPhase({
        state: 'blocked',
        message: translate(
          { id: 'playground.missing', message: 'Fill in the required parameters: {names}.' },
          { names: missing.join(', ') },
        ),
      });
    }
    const dotted = dotSegmentParams(op, values);
    if (dotted.length > 0) {
      return setPhase({
        state: 'blocked',
        message: translate(
          {
            id: 'playground.dotSegment',
            message: 'A path parameter cannot be "." or "..": the URL would point to another path ({names}).',
          },
          { names: dotted.join(', ') },
        ),
      });
    }
    if (op.requestBody && values.body.trim() !== '') {
      try {
        JSON.parse(values.body);
      } catch {
        return setPhase({
          state: 'blocked',
          message: translate({
            id: 'playground.body.invalidJson',
            message: 'The body is not valid JSON; fix it before sending.',
          }),
        });
      }
    }
    let baseUrl: string;
    if (settings.target === 'instance') {
      if (!instance.ok) return setPhase({ state: 'blocked', message: baseUrlProblemMessage(instance.problem) });
      baseUrl = instance.baseUrl;
    } else {
      baseUrl = mockBaseUrl(window.location.origin, siteConfig.baseUrl, API_PREFIX);
    }
    const controller = new AbortController();
    setPhase({ state: 'sending', controller });
    if (settings.target === 'mock') {
      try {
        await ensureMock(baseUrl, siteConfig.baseUrl);
      } catch {
        return setPhase({ state: 'blocked', message: mockStartFailedMessage() });
      }
    }
    const request = requestFor(baseUrl, apiKey.key || undefined, false);
    const outcome = await sendRequest(request, {
      timeoutMs: settings.timeoutSeconds * 1000,
      signal: controller.signal,
      pageOrigin: window.location.origin,
    });
    setPhase({ state: 'done', outcome, url: request.url });
  }, [phase.state, op, values, settings, instance, siteConfig.baseUrl, requestFor, apiKey.key]);

  const startMock = () =>
    ensureMock(mockBaseUrl(window.location.origin, siteConfig.baseUrl, API_PREFIX), siteConfig.baseUrl);

  const resetMock = async () => {
    try {
      const mock = await startMock();
      mock.reset();
      setMockNotice(
        translate({ id: 'playground.mock.resetDone', message: 'Mock data reset: everything you created is gone.' }),
      );
    } catch {
      setMockNotice(mockStartFailedMessage());
    }
  };

  // The mock's service worker takes a few hundred ms to start: begin as soon as the reader reaches for the
  // playground (or picks the mock), so Send answers at once, while readers who never use it load nothing.
  const startMockEarly = () => {
    startMock().catch(() => {
      // Reported by Send, which retries the start.
    });
  };
  const warmMock = () => {
    if (settings.target === 'mock') startMockEarly();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  const locations = (['path', 'query', 'header'] as const).filter((loc) => op.parameters.some((p) => p.in === loc));

  return (
    <form
      className={styles.playground}
      aria-label={translate({ id: 'playground.label', message: 'Playground' })}
      onKeyDown={onKeyDown}
      onPointerEnter={warmMock}
      onFocus={warmMock}
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

      <fieldset className={styles.group}>
        <legend>
          <Translate id="playground.target.legend">Send to</Translate>
        </legend>
        <div className={styles.segmented} role="radiogroup">
          {(['mock', 'instance'] as const).map((kind) => (
            <label key={kind} className={clsx(settings.target === kind && styles.active)}>
              <input
                type="radio"
                name={`target-${op.id}`}
                value={kind}
                checked={settings.target === kind}
                onChange={() => {
                  updateSettings({ target: kind });
                  if (kind === 'mock') startMockEarly();
                }}
              />
              {kind === 'mock' ? (
                <Translate id="playground.target.mock">Mock</Translate>
              ) : (
                <Translate id="playground.target.instance">Instance</Translate>
              )}
            </label>
          ))}
        </div>
        {settings.target === 'mock' ? (
          <div className={styles.hint}>
            <p>
              <Translate id="playground.mock.hint">
                The mock runs in your browser and answers like a Tianji instance, with example data. Secured operations
                accept the demo key:
              </Translate>{' '}
              <code data-testid="demo-key">{DEMO_API_KEY}</code>
            </p>
            <div className={styles.row}>
              <button
                type="button"
                className="button button--sm button--secondary"
                onClick={() => keyStore?.setKey(DEMO_API_KEY)}>
                <Translate id="playground.mock.useDemoKey">Use the demo key</Translate>
              </button>
              <button type="button" className="button button--sm button--secondary" onClick={resetMock}>
                <Translate id="playground.mock.reset">Reset mock data</Translate>
              </button>
            </div>
            {mockNotice && <p role="status">{mockNotice}</p>}
          </div>
        ) : (
          <div className={styles.field}>
            <label htmlFor={ids.url}>
              <Translate id="playground.baseUrl.label">Instance URL</Translate>
            </label>
            <input
              id={ids.url}
              type="url"
              placeholder="https://tianji.example.com"
              value={settings.instanceUrl}
              onChange={(e) => updateSettings({ instanceUrl: e.target.value })}
              aria-invalid={!instance.ok && settings.instanceUrl !== ''}
              aria-describedby={`${ids.url}-help`}
              spellCheck={false}
              autoComplete="url"
            />
            <p
              id={`${ids.url}-help`}
              className={clsx(styles.help, !instance.ok && settings.instanceUrl !== '' && styles.invalid)}
              data-testid="base-url-help">
              {instance.ok ? (
                <Translate id="playground.baseUrl.resolved" values={{ url: instance.baseUrl }}>
                  {'Requests go to {url}'}
                </Translate>
              ) : settings.instanceUrl === '' ? (
                <Translate id="playground.baseUrl.help">
                  The address you open Tianji at; /open is added for you.
                </Translate>
              ) : (
                baseUrlProblemMessage(instance.problem)
              )}
            </p>
          </div>
        )}
      </fieldset>

      {op.secured ? (
        <fieldset className={styles.group}>
          <legend>
            <Translate id="playground.key.legend">Authentication</Translate>
          </legend>
          <div className={styles.field}>
            <label htmlFor={ids.key}>
              <Translate id="playground.key.label">API key</Translate>
            </label>
            <div className={styles.row}>
              <input
                id={ids.key}
                type={revealed ? 'text' : 'password'}
                value={apiKey.key}
                onChange={(e) => keyStore?.setKey(e.target.value)}
                autoComplete="off"
                spellCheck={false}
                placeholder="sk_…"
                data-testid="api-key"
              />
              <button
                type="button"
                className="button button--sm button--secondary"
                aria-pressed={revealed}
                onClick={() => setRevealed((r) => !r)}>
                {revealed ? (
                  <Translate id="playground.key.hide">Hide</Translate>
                ) : (
                  <Translate id="playground.key.reveal">Reveal</Translate>
                )}
              </button>
            </div>
          </div>
          <div className={styles.row}>
            <label className={styles.checkbox} htmlFor={ids.remember}>
              <input
                id={ids.remember}
                type="checkbox"
                checked={apiKey.remembered}
                onChange={(e) => keyStore?.setRemembered(e.target.checked)}
              />
              <Translate id="playground.key.remember">Remember on this device</Translate>
            </label>
            <button
              type="button"
              className="button button--sm button--link"
              onClick={() => keyStore?.forget()}
              disabled={!apiKey.key && !apiKey.remembered}>
              <Translate id="playground.key.forget">Forget the key</Translate>
            </button>
          </div>
          <p className={styles.help}>
            <Translate id="playground.key.help">
              Kept in this page's memory only, unless you ask to remember it. Snippets show it only while revealed.
            </Translate>
          </p>
        </fieldset>
      ) : (
        <p className={styles.hint}>
          <Translate id="playground.key.public">This operation is public: no API key is sent.</Translate>
        </p>
      )}

      {locations.map((loc) => (
        <fieldset key={loc} className={styles.group}>
          <legend>
            <LocationTitle location={loc} />
          </legend>
          {op.parameters
            .filter((p) => p.in === loc)
            .map((p) => (
              <ParameterInput
                key={p.name}
                param={p}
                value={values[loc][p.name] ?? ''}
                onChange={(v) => setValue(loc, p.name, v)}
              />
            ))}
        </fieldset>
      ))}

      {op.requestBody && (
        <div className={styles.field}>
          <label htmlFor={ids.body}>
            <Translate id="api.body.title">Request body</Translate> <code>{op.requestBody.mediaType}</code>
          </label>
          <textarea
            id={ids.body}
            className={styles.body}
            value={values.body}
            rows={Math.min(16, Math.max(4, values.body.split('\n').length))}
            spellCheck={false}
            aria-invalid={Boolean(bodyIssues.syntax) || bodyIssues.issues.length > 0}
            aria-describedby={`${ids.body}-issues`}
            onChange={(e) => {
              bodyEdited.current = true;
              setValues((v) => ({ ...v, body: e.target.value }));
            }}
            data-testid="body-editor"
          />
          <div id={`${ids.body}-issues`} aria-live="polite" data-testid="body-issues">
            {bodyIssues.syntax && (
              <p className={styles.invalid}>
                <Translate id="playground.body.syntax" values={{ error: bodyIssues.syntax }}>
                  {'Not valid JSON: {error}'}
                </Translate>
              </p>
            )}
            {bodyIssues.issues.length > 0 && (
              <ul className={styles.invalid}>
                {bodyIssues.issues.map((issue, i) => (
                  <li key={i}>
                    <code>{issue.path || '/'}</code> {issue.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}

      <div className={clsx(styles.row, styles.sendBar)}>
        {phase.state === 'sending' ? (
          <button type="button" className="button button--danger" onClick={() => phase.controller.abort()}>
            <Translate id="playground.cancel">Cancel</Translate>
          </button>
        ) : (
          <button type="submit" className="button button--primary" data-testid="send" disabled={!hydrated}>
            <Translate id="playground.send">Send</Translate>
          </button>
        )}
        <span className={styles.help}>
          <Translate id="playground.sendShortcut">Ctrl/⌘ + Enter</Translate>
        </span>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={copyLink}
          disabled={!hydrated}
          data-testid="copy-link">
          <Translate id="playground.share.copy">Copy link</Translate>
        </button>
        <label className={styles.timeout} htmlFor={ids.timeout}>
          <Translate id="playground.timeout">Timeout (s)</Translate>
          <input
            id={ids.timeout}
            type="number"
            min={1}
            max={300}
            value={settings.timeoutSeconds}
            onChange={(e) => updateSettings({ timeoutSeconds: clampTimeout(Number(e.target.value)) })}
            data-testid="timeout"
          />
        </label>
      </div>

      {sharedLink && (
        <div className={styles.field}>
          <label htmlFor={ids.link}>
            {sharedLink.copied ? (
              <Translate id="playground.share.copied">
                Link copied. It holds this request without your API key:
              </Translate>
            ) : (
              <Translate id="playground.share.manual">
                Copy this link to share the request (your API key is not in it):
              </Translate>
            )}
          </label>
          <input
            id={ids.link}
            type="url"
            readOnly
            value={sharedLink.url}
            onFocus={(e) => e.target.select()}
            data-testid="share-link"
          />
        </div>
      )}

      <div aria-live="polite" className={styles.result} data-testid="result">
        {phase.state === 'sending' && (
          <p>
            <Translate id="playground.sending">Sending…</Translate>
          </p>
        )}
        {phase.state === 'blocked' && (
          <p className={styles.invalid} role="alert" data-testid="blocked">
            {phase.message}
          </p>
        )}
        {phase.state === 'done' && phase.outcome.kind === 'failure' && (
          <p className={styles.invalid} role="alert" data-testid="failure" data-reason={phase.outcome.reason}>
            {failureMessage(phase.outcome, {
              url: phase.url,
              origin: window.location.origin,
              timeoutSeconds: settings.timeoutSeconds,
            })}
          </p>
        )}
        {phase.state === 'done' && phase.outcome.kind === 'response' && <ResponseView response={phase.outcome} />}
      </div>

      <Heading as="h3" id="code-samples">
        <Translate id="playground.snippets.title">Code</Translate>
      </Heading>
      <SnippetTabs request={snippetRequest} />
    </form>
  );
}
