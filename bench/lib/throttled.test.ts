// The bench's page figures (bench/lib/throttled.ts): total blocking time and CLS as Chromium scores them.
import { describe, expect, it } from 'vitest';
import { cumulativeLayoutShift, totalBlockingTime } from './throttled';

describe('totalBlockingTime', () => {
  it('sums each long task past 50 ms, from first paint on', () => {
    expect(
      totalBlockingTime(
        [
          [100, 80],
          [500, 200],
          [900, 50],
        ],
        0,
      ),
    ).toBe(30 + 150);
    // A task that starts before first paint does not count.
    expect(
      totalBlockingTime(
        [
          [100, 300],
          [500, 120],
        ],
        400,
      ),
    ).toBe(70);
    expect(totalBlockingTime([], 10)).toBe(0);
  });
});

describe('cumulativeLayoutShift', () => {
  it('takes the largest session window: gaps under 1 s, at most 5 s long', () => {
    const shifts = [
      { t: 0, value: 0.05 },
      { t: 500, value: 0.05 }, // same window: 0.1
      { t: 2000, value: 0.08 }, // new window after a 1.5 s gap
      { t: 2900, value: 0.04 }, // 0.12
    ];
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.12);
    // A window closes after 5 s even without a gap.
    const steady = Array.from({ length: 12 }, (_, i) => ({ t: i * 900, value: 0.01 }));
    expect(cumulativeLayoutShift(steady)).toBeCloseTo(0.06);
    expect(cumulativeLayoutShift([])).toBe(0);
  });
});
