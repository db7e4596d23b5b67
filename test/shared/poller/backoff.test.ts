import { describe, expect, it } from 'vitest';
import { backoffDelay, jitteredInterval } from '../../../shared/poller/backoff';

describe('jitteredInterval', () => {
  it('stays within ±ratio of the interval for any random value', () => {
    for (const random of [0, 0.1, 0.5, 0.9, 0.999999]) {
      const delay = jitteredInterval(60_000, 0.1, () => random);
      expect(delay).toBeGreaterThanOrEqual(54_000);
      expect(delay).toBeLessThanOrEqual(66_000);
    }
    expect(jitteredInterval(60_000, 0.1, () => 0)).toBe(54_000);
    expect(jitteredInterval(60_000, 0.1, () => 0.5)).toBe(60_000);
  });

  it('treats a nonsense ratio as no jitter or full jitter, never negative', () => {
    expect(jitteredInterval(1_000, Number.NaN, () => 0)).toBe(1_000);
    expect(jitteredInterval(1_000, 5, () => 0)).toBe(0);
  });
});

describe('backoffDelay', () => {
  const options = { baseMs: 1_000, maxMs: 30_000 };
  it('doubles per failure up to the cap', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7, 100].map((n) => backoffDelay(n, options, 0.1, () => 0));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it('jitter only shortens, so the cap holds', () => {
    expect(backoffDelay(10, options, 0.1, () => 0.999999)).toBeGreaterThanOrEqual(27_000);
    expect(backoffDelay(10, options, 0.1, () => 0.999999)).toBeLessThanOrEqual(30_000);
  });
});
