import { describe, expect, it } from 'vitest';
import { ENRICHMENT_SHARE } from '../../../shared/quota/enrichment-share';
import { decidePollInterval } from '../../../shared/quota/call-budget';
import { addExtraCalls, closeCycle, emptyExtraCallRate, EXTRA_RATE_WINDOW, extraCallsPerCycle } from '../../../shared/quota/extra-call-rate';

// The enrichment's calls (issue #11) come in bursts; the budget spreads them over the cycles.

describe('extra calls per cycle', () => {
  it('is the average over the recent cycles, the one under way included', () => {
    let rate = emptyExtraCallRate();
    expect(extraCallsPerCycle(rate)).toBe(0);
    rate = closeCycle(addExtraCalls(rate, 4)); // a new to-do: list + details
    for (let i = 0; i < 3; i++) rate = closeCycle(rate); // three quiet cycles
    expect(extraCallsPerCycle(rate)).toBe(1);
    rate = addExtraCalls(rate, 2); // a burst right now counts at once
    expect(extraCallsPerCycle(rate)).toBe(1.5);
  });

  it('forgets bursts older than the window', () => {
    let rate = closeCycle(addExtraCalls(emptyExtraCallRate(), 10));
    for (let i = 0; i < EXTRA_RATE_WINDOW; i++) rate = closeCycle(rate);
    expect(extraCallsPerCycle(rate)).toBe(0);
    expect(rate.cycles).toHaveLength(EXTRA_RATE_WINDOW);
  });

  it('ignores nonsense counts', () => {
    expect(addExtraCalls(emptyExtraCallRate(), Number.NaN)).toEqual(emptyExtraCallRate());
    expect(addExtraCalls(emptyExtraCallRate(), -3)).toEqual(emptyExtraCallRate());
  });
});

describe('the poll interval with enrichment calls', () => {
  const base = { userIntervalMinutes: 5, monthlyBudget: 3000, callsThisMonth: 0, callsPerCycle: 1, now: Date.UTC(2026, 10, 1), zone: { utcOffsetMinutes: 0 } };

  it('is stretched by what the enrichment costs per cycle', () => {
    const plain = decidePollInterval(base);
    const enriched = decidePollInterval({ ...base, extraCallsPerCycle: 0.2 });
    if (plain.kind !== 'poll' || enriched.kind !== 'poll') throw new Error('expected polling');
    // 30 days, 3,000 calls: 1 call a cycle → every 14.4 min; 1.2 a cycle → every 17.28 min.
    expect(plain.intervalMs).toBe(14.4 * 60_000);
    expect(enriched.intervalMs).toBe(1_036_800);
    expect(enriched.stretched).toBe(true);
  });

  it('is stretched by at most 1/(1-0.25) for the enrichment, however many calls it measured', () => {
    const plain = decidePollInterval(base);
    for (const extra of [1 / 3, 1, 4, 100]) {
      const enriched = decidePollInterval({ ...base, extraCallsPerCycle: extra });
      if (plain.kind !== 'poll' || enriched.kind !== 'poll') throw new Error('expected polling');
      // 1 + 1/3 calls a cycle → every 19.2 min, not 28.8 (1 extra) or 24 hours (100).
      expect(enriched.intervalMs).toBe(Math.ceil(19.2 * 60_000));
      expect(enriched.intervalMs / plain.intervalMs).toBeLessThanOrEqual(1 / (1 - ENRICHMENT_SHARE) + 1e-6);
    }
  });

  it('says the budget is spent when a cycle with its enrichment share no longer fits', () => {
    expect(decidePollInterval({ ...base, callsThisMonth: 2999 }).kind).toBe('poll');
    expect(decidePollInterval({ ...base, callsThisMonth: 2999, extraCallsPerCycle: 2 }).kind).toBe('budget-spent');
    // Two calls left: the poll's one fits beside a third of a call of enrichment.
    expect(decidePollInterval({ ...base, callsThisMonth: 2998, extraCallsPerCycle: 2 }).kind).toBe('poll');
  });

  it('treats a missing or broken figure as none', () => {
    expect(decidePollInterval({ ...base, extraCallsPerCycle: Number.NaN })).toEqual(decidePollInterval(base));
    expect(decidePollInterval({ ...base, extraCallsPerCycle: -5 })).toEqual(decidePollInterval(base));
  });
});
