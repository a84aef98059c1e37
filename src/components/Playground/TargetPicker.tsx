/** Where requests go: the in-browser mock (with its demo key and reset) or an instance at a URL the reader types. */
import React, { useId } from 'react';
import clsx from 'clsx';
import Translate from '@docusaurus/Translate';
import type { BaseUrlCheck, DestinationKind } from '../../request/destination';
import type { PlaygroundSettings } from '../../playground/settings';
import { DEMO_API_KEY } from '../../mock/auth';
import type { MockNotice } from './hooks/useMockWorker';
import type { UpdateSettings } from './hooks/useSettings';
import { baseUrlProblemMessage, mockNoticeMessage } from './messages';
import styles from './styles.module.css';

interface Props {
  /** Name of the radio group, unique on the page. */
  name: string;
  settings: PlaygroundSettings;
  updateSettings: UpdateSettings;
  instance: BaseUrlCheck;
  mock: { notice?: MockNotice; reset: () => void; startEarly: () => void };
  /** Absent on public operations, which have no key field to fill. */
  onUseDemoKey?: () => void;
}

export default function TargetPicker({ name, settings, updateSettings, instance, mock, onUseDemoKey }: Props) {
  const pick = (kind: DestinationKind) => {
    updateSettings({ target: kind });
    if (kind === 'mock') mock.startEarly();
  };
  return (
    <fieldset className={styles.group}>
      <legend>
        <Translate id="playground.target.legend">Send to</Translate>
      </legend>
      <div className={styles.segmented} role="radiogroup">
        {(['mock', 'instance'] as const).map((kind) => (
          <label key={kind} className={clsx(settings.target === kind && styles.active)}>
            <input
              type="radio"
              name={name}
              value={kind}
              checked={settings.target === kind}
              onChange={() => pick(kind)}
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
        <MockHint notice={mock.notice} onReset={mock.reset} onUseDemoKey={onUseDemoKey} />
      ) : (
        <InstanceUrl
          value={settings.instanceUrl}
          onChange={(instanceUrl) => updateSettings({ instanceUrl })}
          instance={instance}
        />
      )}
    </fieldset>
  );
}

function MockHint({
  notice,
  onReset,
  onUseDemoKey,
}: {
  notice?: MockNotice;
  onReset: () => void;
  onUseDemoKey?: () => void;
}) {
  return (
    <div className={styles.hint}>
      <p>
        <Translate id="playground.mock.hint">
          The mock runs in your browser and answers like a Tianji instance, with example data. Secured operations accept
          the demo key:
        </Translate>{' '}
        <code data-testid="demo-key">{DEMO_API_KEY}</code>
      </p>
      <div className={styles.row}>
        {onUseDemoKey && (
          <button type="button" className="button button--sm button--secondary" onClick={onUseDemoKey}>
            <Translate id="playground.mock.useDemoKey">Use the demo key</Translate>
          </button>
        )}
        <button type="button" className="button button--sm button--secondary" onClick={onReset}>
          <Translate id="playground.mock.reset">Reset mock data</Translate>
        </button>
      </div>
      {notice && <p role="status">{mockNoticeMessage(notice)}</p>}
    </div>
  );
}

function InstanceUrl({
  value,
  onChange,
  instance,
}: {
  value: string;
  onChange: (value: string) => void;
  instance: BaseUrlCheck;
}) {
  const id = useId();
  const invalid = !instance.ok && value !== '';
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        <Translate id="playground.baseUrl.label">Instance URL</Translate>
      </label>
      <input
        id={id}
        type="url"
        placeholder="https://tianji.example.com"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid}
        aria-describedby={`${id}-help`}
        spellCheck={false}
        autoComplete="url"
      />
      <p id={`${id}-help`} className={clsx(styles.help, invalid && styles.invalid)} data-testid="base-url-help">
        {instance.ok ? (
          <Translate id="playground.baseUrl.resolved" values={{ url: instance.baseUrl }}>
            {'Requests go to {url}'}
          </Translate>
        ) : value === '' ? (
          <Translate id="playground.baseUrl.help">The address you open Tianji at; /open is added for you.</Translate>
        ) : (
          baseUrlProblemMessage(instance.problem)
        )}
      </p>
    </div>
  );
}
