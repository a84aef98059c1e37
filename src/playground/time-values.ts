/**
 * Times the API takes as Unix milliseconds (`startAt`, `endAt`, …), made enterable by a person: the playground shows
 * each as a date and time in the reader's time zone beside the raw number (which stays visible and editable), and
 * offers ranges ending now. Pure: the caller passes "now"; conversions use the runtime's local time zone.
 */
import type { OperationParameter } from '../openapi/types';

/** A parameter in Unix milliseconds: a number whose name says it is a point in time (`…At`), as Tianji names them. */
export function isUnixMs(param: Pick<OperationParameter, 'name' | 'schema'>): boolean {
  const type = (param.schema as { type?: unknown }).type;
  return (type === 'number' || type === 'integer') && /At$/.test(param.name);
}

const DAY = 86_400_000;
export const RANGE_PRESETS = { '24h': DAY, '7d': 7 * DAY, '30d': 30 * DAY } as const;
export type RangePreset = keyof typeof RANGE_PRESETS;

/** The range ending now (to the minute, so the values read well) that a preset stands for. */
export function presetRange(preset: RangePreset, now: number): { start: number; end: number } {
  const end = Math.floor(now / 60_000) * 60_000;
  return { start: end - RANGE_PRESETS[preset], end };
}

/** The pair of parameters a range preset fills: `startAt` and `endAt` of one location, both in Unix ms. */
export function rangePair(
  params: OperationParameter[],
): { start: OperationParameter; end: OperationParameter } | undefined {
  const start = params.find((p) => p.name === 'startAt' && isUnixMs(p));
  const end = params.find((p) => p.name === 'endAt' && isUnixMs(p) && p.in === start?.in);
  return start && end ? { start, end } : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of a `datetime-local` input for a raw value, or '' when the raw value is not a time in ms. */
export function toDateTimeLocal(raw: string): string {
  const ms = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(ms)) return '';
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The raw value (Unix ms, as text) for what a `datetime-local` input holds, local time; '' for nothing valid. */
export function fromDateTimeLocal(text: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!match) return '';
  const [y, mo, d, h, mi, s] = match.slice(1).map((n) => Number(n ?? 0));
  const ms = new Date(y, mo - 1, d, h, mi, s).getTime();
  return Number.isNaN(ms) ? '' : String(ms);
}
