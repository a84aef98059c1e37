// The bench's own page figure (bench/lib/throttled.ts): total blocking time (web-vitals gives the others).
import { describe, expect, it } from 'vitest';
import { totalBlockingTime } from './throttled';

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
