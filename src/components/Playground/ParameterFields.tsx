/** One fieldset per parameter location (path, query, header), one field per parameter. */
import React, { useId, useState } from 'react';
import Translate from '@docusaurus/Translate';
import { normalizeNumber } from '../../request/json-error';
import type { OperationParameter } from '../../openapi/types';
import type { PlaygroundValues } from '../../playground/initial-values';
import type { ParamIssue } from '../../playground/param-check';
import LocationTitle from '../ApiOperation/LocationTitle';
import type { SetParam } from './hooks/usePlaygroundValues';
import FieldIssue, { fieldIssueProps } from './FieldIssue';
import FieldSource from './FieldSource';
import { LocalTimeInput, RangePresets } from './TimeFields';
import { isUnixMs, rangePair } from '../../playground/time-values';
import styles from './styles.module.css';

const LOCATIONS = ['path', 'query', 'header'] as const;

export default function ParameterFields({
  parameters,
  values,
  onChange,
  issues = [],
}: {
  parameters: OperationParameter[];
  values: PlaygroundValues;
  onChange: SetParam;
  issues?: ParamIssue[];
}) {
  return LOCATIONS.filter((loc) => parameters.some((p) => p.in === loc)).map((loc) => {
    const range = rangePair(parameters.filter((p) => p.in === loc));
    return (
      <fieldset key={loc} className={styles.group}>
        <legend>
          <LocationTitle location={loc} />
        </legend>
        {range && (
          <RangePresets
            onPick={({ start, end }) => {
              onChange(loc, range.start.name, String(start));
              onChange(loc, range.end.name, String(end));
            }}
          />
        )}
        {parameters
          .filter((p) => p.in === loc)
          .map((p) => (
            <ParameterInput
              key={p.name}
              param={p}
              value={values[loc][p.name] ?? ''}
              onChange={(v) => onChange(loc, p.name, v)}
              issues={issues.filter((i) => i.in === loc && i.name === p.name)}
            />
          ))}
      </fieldset>
    );
  });
}

/** A select for enums and booleans, a text field otherwise; the browser's own validation stays off. */
function ParameterInput({
  param,
  value,
  onChange,
  issues,
}: {
  param: OperationParameter;
  value: string;
  onChange: (v: string) => void;
  issues: ParamIssue[];
}) {
  const id = useId();
  const schema = param.schema as { type?: string; enum?: unknown[] };
  const options = Array.isArray(schema.enum)
    ? schema.enum.map(String)
    : schema.type === 'boolean'
      ? ['true', 'false']
      : undefined;
  const numeric = schema.type === 'integer' || schema.type === 'number';
  // Digits typed with a Japanese or Chinese input method on arrive full-width: taken as the number they are, and said.
  const [normalized, setNormalized] = useState<string>();
  const change = (raw: string) => {
    const number = numeric ? normalizeNumber(raw) : { value: raw, changed: false };
    setNormalized(number.changed ? number.value : undefined);
    onChange(number.value);
  };
  const textInput = (
    <input
      id={id}
      type="text"
      value={value}
      required={param.required}
      aria-required={param.required}
      inputMode={numeric ? 'decimal' : undefined}
      onChange={(e) => change(e.target.value)}
      spellCheck={false}
      autoComplete="off"
      {...fieldIssueProps(id, issues)}
    />
  );
  return (
    <div className={styles.field}>
      <label htmlFor={id}>
        <code>{param.name}</code>
        {param.required && (
          <span className={styles.required} aria-hidden="true">
            *
          </span>
        )}
        <FieldSource param={param} />
      </label>
      {options ? (
        <select
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required={param.required}
          {...fieldIssueProps(id, issues)}>
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
      ) : isUnixMs(param) ? (
        <div className={styles.row}>
          {textInput}
          <LocalTimeInput name={param.name} value={value} onChange={onChange} />
        </div>
      ) : (
        textInput
      )}
      {normalized !== undefined && (
        <p className={styles.help} role="status" data-testid="number-normalized">
          <Translate id="playground.number.normalized" values={{ value: normalized }}>
            {'Full-width characters were changed to half-width: {value}.'}
          </Translate>
        </p>
      )}
      <FieldIssue id={id} issues={issues} />
    </div>
  );
}
