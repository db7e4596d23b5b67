import { describe, expect, it } from 'vitest';
import { DEFAULT_MONTHLY_BUDGET, decidePollInterval, quotaPausedUntil } from '../../../shared/quota/call-budget';
import type { CallBudgetInput } from '../../../shared/quota/call-budget';
import { defaultSettings } from '../../../shared/settings/settings';

const UTC = { utcOffsetMinutes: 0 };
const MIN = 60_000;
const DEC_1 = Date.UTC(2026, 11, 1);

function input(overrides: Partial<CallBudgetInput>): CallBudgetInput {
  return {
    userIntervalMinutes: 5,
    monthlyBudget: 3000,
    callsThisMonth: 0,
    callsPerCycle: 1,
    now: Date.UTC(2026, 10, 1),
    zone: UTC,
    ...overrides,
  };
}

describe('decidePollInterval', () => {
  it('the default budget matches the settings default', () => {
    expect(defaultSettings().monthlyCallBudget).toBe(DEFAULT_MONTHLY_BUDGET);
  });

  it('keeps the user interval when the budget lasts the month', () => {
    // 29 days left, 2,500 calls left: one call every ~16.7 min would do, so 30 min stays 30 min.
    const decision = decidePollInterval(input({ userIntervalMinutes: 30, callsThisMonth: 500, now: Date.UTC(2026, 10, 2) }));
    expect(decision).toEqual({ kind: 'poll', intervalMs: 30 * MIN, stretched: false, remainingCalls: 2500 });
  });

  it('stretches the default 5 minutes so 3,000 calls last a 30-day month', () => {
    // November 1st 00:00: 30 days = 43,200 min over 3,000 calls → 14.4 min per call.
    const decision = decidePollInterval(input({}));
    expect(decision).toEqual({ kind: 'poll', intervalMs: 14.4 * MIN, stretched: true, remainingCalls: 3000 });
  });

  it('accounts for cycles that cost several calls', () => {
    const decision = decidePollInterval(input({ callsPerCycle: 2 }));
    expect(decision.kind === 'poll' && decision.intervalMs).toBe(28.8 * MIN);
  });

  it('late in the month with a healthy remainder, the user interval wins again', () => {
    // 10 hours left, 1,000 calls left: even 1-minute polling fits.
    const decision = decidePollInterval(input({ userIntervalMinutes: 1, callsThisMonth: 2000, now: DEC_1 - 10 * 60 * MIN }));
    expect(decision).toMatchObject({ kind: 'poll', intervalMs: MIN, stretched: false });
  });

  it('spreads the last few calls over the rest of the month', () => {
    const decision = decidePollInterval(input({ callsThisMonth: 2996, now: DEC_1 - 24 * 60 * MIN }));
    expect(decision).toMatchObject({ kind: 'poll', intervalMs: 6 * 60 * MIN, stretched: true, remainingCalls: 4 });
  });

  it('a spent budget pauses until the 1st of next month', () => {
    for (const callsThisMonth of [3000, 3500]) {
      expect(decidePollInterval(input({ callsThisMonth, now: Date.UTC(2026, 10, 20) }))).toEqual({
        kind: 'budget-spent',
        resumeAt: DEC_1,
        remainingCalls: 0,
      });
    }
    // One call left but a cycle costs two: no cycle fits.
    expect(decidePollInterval(input({ callsThisMonth: 2999, callsPerCycle: 2 })).kind).toBe('budget-spent');
  });

  it('treats a nonsense cycle cost as one call', () => {
    expect(decidePollInterval(input({ callsPerCycle: Number.NaN }))).toMatchObject({ intervalMs: 14.4 * MIN });
  });

  it('counts months in the given zone (Beijing time ends November 8 hours earlier)', () => {
    const decision = decidePollInterval(input({ callsThisMonth: 3000, zone: { utcOffsetMinutes: 480 } }));
    expect(decision).toEqual({ kind: 'budget-spent', resumeAt: DEC_1 - 8 * 60 * MIN, remainingCalls: 0 });
  });
});

describe('quotaPausedUntil', () => {
  it('is the 1st of next month, also across the year end', () => {
    expect(quotaPausedUntil(Date.UTC(2026, 10, 25, 9, 5), UTC)).toBe(DEC_1);
    expect(quotaPausedUntil(Date.UTC(2026, 11, 31, 23, 59), UTC)).toBe(Date.UTC(2027, 0, 1));
  });
});
