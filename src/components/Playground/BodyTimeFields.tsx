/**
 * The body's times in Unix milliseconds (`startAt`, `endAt`, …) for a person, as the parameters have them: the raw
 * number, editable, beside its date and time in the reader's time zone, and the range presets. Each edit rewrites the
 * body's JSON; while the body is not a JSON object the controls wait, and the text is left as the reader wrote it.
 */
import React, { useId, useMemo } from 'react';
import Translate from '@docusaurus/Translate';
import type { JsonSchema } from '../../openapi/types';
import { normalizeNumber } from '../../request/json-error';
import { bodyRangePair, bodyTimeFields, readBodyTimes, setBodyTimes } from '../../playground/body-times';
import { LocalTimeInput, RangePresets } from './TimeFields';
import styles from './styles.module.css';

interface Props {
  schema: JsonSchema;
  body: string;
  onChange: (body: string) => void;
}

export default function BodyTimeFields({ schema, body, onChange }: Props) {
  const id = useId();
  const fields = useMemo(() => bodyTimeFields(schema), [schema]);
  if (fields.length === 0) return null;
  const times = readBodyTimes(body, fields);
  const range = bodyRangePair(fields);
  const set = (values: Record<string, string>) => onChange(setBodyTimes(body, values));
  return (
    <fieldset className={styles.group} disabled={!times} data-testid="body-times">
      <legend>
        <Translate id="playground.time.body">Times in the body</Translate>
      </legend>
      {range && (
        <RangePresets
          disabled={!times}
          onPick={({ start, end }) => set({ [range.start]: String(start), [range.end]: String(end) })}
        />
      )}
      {fields.map((name) => (
        <div key={name} className={styles.field}>
          <label htmlFor={`${id}-${name}`}>
            <code>{name}</code>
          </label>
          <div className={styles.row}>
            <input
              id={`${id}-${name}`}
              type="text"
              inputMode="decimal"
              value={times?.[name] ?? ''}
              onChange={(e) => set({ [name]: normalizeNumber(e.target.value).value })}
              spellCheck={false}
              autoComplete="off"
              data-testid={`body-time-${name}`}
            />
            <LocalTimeInput
              name={name}
              value={times?.[name] ?? ''}
              // A cleared date field keeps the number: the body has no "empty" for a required time.
              onChange={(raw) => raw !== '' && set({ [name]: raw })}
            />
          </div>
        </div>
      ))}
    </fieldset>
  );
}
