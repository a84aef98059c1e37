/**
 * Times in Unix milliseconds, for a person: a date-and-time field in the reader's time zone beside the raw number
 * (which stays visible and editable), and ranges ending now for a startAt/endAt pair. Rendered on the server too, with
 * the same size, and filled in once hydrated (the build's time zone is not the reader's).
 */
import React, { useId } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import {
  fromDateTimeLocal,
  presetRange,
  RANGE_PRESETS,
  toDateTimeLocal,
  type RangePreset,
} from '../../playground/time-values';
import { useHydrated } from './hooks/useHydrated';
import styles from './styles.module.css';

export function LocalTimeInput({
  name,
  value,
  onChange,
}: {
  name: string;
  value: string;
  onChange: (raw: string) => void;
}) {
  const hydrated = useHydrated();
  return (
    <input
      type="datetime-local"
      className={styles.localTime}
      value={hydrated ? toDateTimeLocal(value) : ''}
      disabled={!hydrated}
      onChange={(e) => onChange(fromDateTimeLocal(e.target.value))}
      aria-label={translate({ id: 'playground.time.local', message: '{name} in your local time' }, { name })}
      data-testid={`local-time-${name}`}
    />
  );
}

const PRESET_LABELS: Record<RangePreset, () => string> = {
  '24h': () => translate({ id: 'playground.time.last24h', message: 'Last 24 hours' }),
  '7d': () => translate({ id: 'playground.time.last7d', message: 'Last 7 days' }),
  '30d': () => translate({ id: 'playground.time.last30d', message: 'Last 30 days' }),
};

export function RangePresets({
  onPick,
  disabled = false,
}: {
  onPick: (range: { start: number; end: number }) => void;
  disabled?: boolean;
}) {
  const hydrated = useHydrated();
  const id = useId();
  return (
    <div className={styles.row} role="group" aria-labelledby={id}>
      <span id={id} className={styles.help}>
        <Translate id="playground.time.presets">Time range:</Translate>
      </span>
      {(Object.keys(RANGE_PRESETS) as RangePreset[]).map((preset) => (
        <button
          key={preset}
          type="button"
          className="button button--sm button--secondary"
          disabled={!hydrated || disabled}
          onClick={() => onPick(presetRange(preset, Date.now()))}
          data-testid={`range-${preset}`}>
          {PRESET_LABELS[preset]()}
        </button>
      ))}
    </div>
  );
}
