import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromDateTimeLocal, isUnixMs, presetRange, rangePair, toDateTimeLocal } from './time-values';
import type { OperationParameter } from '../openapi/types';

const param = (name: string, type: string, where: OperationParameter['in'] = 'query'): OperationParameter => ({
  name,
  in: where,
  required: true,
  schema: { type },
});

let tz: string | undefined;
beforeEach(() => {
  tz = process.env.TZ;
  process.env.TZ = 'Asia/Tokyo'; // UTC+9, no daylight saving: the conversions below are the reader's local time
});
afterEach(() => {
  process.env.TZ = tz;
});

describe('isUnixMs', () => {
  it('is a number named …At', () => {
    expect(isUnixMs(param('startAt', 'number'))).toBe(true);
    expect(isUnixMs(param('endAt', 'integer'))).toBe(true);
    expect(isUnixMs(param('startAt', 'string'))).toBe(false);
    expect(isUnixMs(param('limit', 'number'))).toBe(false);
  });
});

describe('presetRange', () => {
  it('ends now, to the minute, and starts the preset earlier', () => {
    const now = Date.UTC(2026, 11, 7, 18, 30, 42, 123);
    const end = Date.UTC(2026, 11, 7, 18, 30);
    expect(presetRange('24h', now)).toEqual({ start: end - 86_400_000, end });
    expect(presetRange('7d', now).start).toBe(end - 7 * 86_400_000);
    expect(presetRange('30d', now).start).toBe(end - 30 * 86_400_000);
  });
});

describe('rangePair', () => {
  it('finds startAt and endAt of one location', () => {
    const pair = rangePair([param('startAt', 'number'), param('endAt', 'number'), param('unit', 'string')]);
    expect(pair?.start.name).toBe('startAt');
    expect(pair?.end.name).toBe('endAt');
    expect(rangePair([param('startAt', 'number')])).toBeUndefined();
    expect(rangePair([param('startAt', 'number'), param('endAt', 'number', 'path')])).toBeUndefined();
  });
});

describe('local date and time', () => {
  it("shows a raw value in the reader's time zone, and reads it back", () => {
    const ms = Date.UTC(2026, 11, 31, 20, 5); // 2027-01-01 05:05 in Tokyo
    expect(toDateTimeLocal(String(ms))).toBe('2027-01-01T05:05');
    expect(fromDateTimeLocal('2027-01-01T05:05')).toBe(String(ms));
    expect(fromDateTimeLocal('2027-01-01T05:05:30')).toBe(String(ms + 30_000));
  });

  it('leaves what is not a time alone', () => {
    expect(toDateTimeLocal('')).toBe('');
    expect(toDateTimeLocal('soon')).toBe('');
    expect(toDateTimeLocal('1e400')).toBe('');
    expect(fromDateTimeLocal('')).toBe('');
    expect(fromDateTimeLocal('2027-13-01')).toBe('');
  });
});
